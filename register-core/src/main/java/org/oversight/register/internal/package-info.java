/**
 * Implementation details: constraint validators and the register's indexes. Not exported; not API.
 */
@NullMarked
package org.oversight.register.internal;

import org.jspecify.annotations.NullMarked;
