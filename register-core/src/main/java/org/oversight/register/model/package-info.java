/**
 * The surveillance-technology register's data model: assets, DPIAs, contracts and their values.
 *
 * <p>Every type here is immutable and thread-safe. Constructors reject {@code null} where a value
 * is required and copy collections; the domain rules (identifier form, lengths, lifecycle dates,
 * cross-references) are checked by {@link org.oversight.register.RegisterValidator}, which reports
 * every problem in one pass. An {@link org.oversight.register.AssetRegister} only ever holds data
 * that passed it.
 */
@NullMarked
package org.oversight.register.model;

import org.jspecify.annotations.NullMarked;
