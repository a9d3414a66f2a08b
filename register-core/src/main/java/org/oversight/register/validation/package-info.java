/**
 * Problems with input and the exceptions that carry them: every "invalid input" case (a register,
 * an FOI request, reference data) reports {@link org.oversight.register.validation.Problem}s
 * through an {@link org.oversight.register.validation.InvalidInputException}. {@link
 * org.oversight.register.RegisterValidator} checks a whole register in one pass against the record
 * descriptions of {@code org.oversight.register.model}.
 */
@NullMarked
package org.oversight.register.validation;

import org.jspecify.annotations.NullMarked;
