/** The line-based reader of reference data files. Not exported; not API. */
@NullMarked
package org.oversight.register.internal.refdata;

import org.jspecify.annotations.NullMarked;
