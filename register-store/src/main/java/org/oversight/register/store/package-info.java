/**
 * A register that keeps its history: {@link org.oversight.register.store.RegisterStore} stores
 * every revision of a register by change, in H2 or PostgreSQL, and answers what the register held
 * at any revision or instant, who changed an asset and why, and what changed between two revisions,
 * field by field.
 */
@NullMarked
package org.oversight.register.store;

import org.jspecify.annotations.NullMarked;
