/**
 * QuickTheories generators of valid registers and their parts. QuickTheories is an optional
 * dependency of the testkit: add {@code org.quicktheories:quicktheories} to your own test
 * dependencies to use this package.
 */
@NullMarked
package org.oversight.register.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;
