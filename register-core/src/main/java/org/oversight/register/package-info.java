/**
 * The register and its questions: {@link org.oversight.register.AssetRegister}, an immutable,
 * indexed snapshot of what an organisation holds, and {@link org.oversight.register.AssetQuery},
 * which reads as the question asked of it.
 */
@NullMarked
package org.oversight.register;

import org.jspecify.annotations.NullMarked;
