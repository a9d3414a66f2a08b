/**
 * Spreadsheet import ({@link org.oversight.register.imports.SpreadsheetImport} through an {@link
 * org.oversight.register.imports.ImportMapping}), merging into an existing register ({@link
 * org.oversight.register.imports.RegisterMerge}) and export as CSV or JSON Lines ({@link
 * org.oversight.register.imports.AssetExport}).
 */
@NullMarked
package org.oversight.register.imports;

import org.jspecify.annotations.NullMarked;
