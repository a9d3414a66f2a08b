/** The register's testkit module. */
@NullMarked
package org.oversight.register.testkit;

import org.jspecify.annotations.NullMarked;
