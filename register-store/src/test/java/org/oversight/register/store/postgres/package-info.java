/**
 * A real PostgreSQL server for tests, shared with register-cli's tests through the test jar (its
 * own package, so that it is not split from the store's module).
 */
@NullMarked
package org.oversight.register.store.postgres;

import org.jspecify.annotations.NullMarked;
