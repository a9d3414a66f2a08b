/**
 * Checking a register's data: the constraints on the model, and {@link
 * org.oversight.register.RegisterValidator}, which checks a whole register and reports every {@link
 * org.oversight.register.validation.Problem} in one pass.
 */
@NullMarked
package org.oversight.register.validation;

import org.jspecify.annotations.NullMarked;
