/**
 * Vendors: who made a product, which corporate group that maker belongs to on a given date, and why
 * a product matches a question about a manufacturer.
 */
@NullMarked
package org.oversight.register.vendor;

import org.jspecify.annotations.NullMarked;
