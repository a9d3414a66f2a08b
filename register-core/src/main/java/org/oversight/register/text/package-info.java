/**
 * Text that is safe to show: {@link org.oversight.register.text.Printable} turns any value into one
 * line with no control, line-breaking or bidirectional-formatting character in it, and into a CSV
 * cell that a spreadsheet will not run as a formula. Use it wherever a value from a register or a
 * request is printed: tables, CSV, reports, error messages, letters.
 */
@NullMarked
package org.oversight.register.text;

import org.jspecify.annotations.NullMarked;
