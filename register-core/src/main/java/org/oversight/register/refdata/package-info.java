/**
 * Versioned reference data shipped with the library and supplied by users (the vendor directory,
 * the restriction lists): its version and date, and the located problems of a bad file.
 */
@NullMarked
package org.oversight.register.refdata;

import org.jspecify.annotations.NullMarked;
