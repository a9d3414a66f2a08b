/** The register's json module. */
@NullMarked
package org.oversight.register.json;

import org.jspecify.annotations.NullMarked;
