/**
 * The register's own Jakarta Validation constraint annotations, placed on the model's components.
 * They name no implementation: {@link org.oversight.register.RegisterValidator} binds each to its
 * validator. Kept apart from the validator so that the model depends on them without a package
 * cycle.
 */
@NullMarked
package org.oversight.register.validation.constraints;

import org.jspecify.annotations.NullMarked;
