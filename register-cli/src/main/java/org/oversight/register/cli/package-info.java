/** The register's cli module. */
@NullMarked
package org.oversight.register.cli;

import org.jspecify.annotations.NullMarked;
