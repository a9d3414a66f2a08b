/**
 * UK bank holidays and working days, computed from the rules of each part of the UK and the one-off
 * days proclaimed since 1995. Nothing here reads the clock: callers pass dates in.
 */
@NullMarked
package org.oversight.register.calendar;

import org.jspecify.annotations.NullMarked;
