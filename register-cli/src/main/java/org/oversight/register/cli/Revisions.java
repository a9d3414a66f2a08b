package org.oversight.register.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A revision on the command line: a number from 1, or {@code latest} (as 0). */
final class Revisions implements ITypeConverter<Long> {
  static final long LATEST = 0;

  @Override
  public Long convert(String value) {
    if (value.equals("latest")) {
      return LATEST;
    }
    try {
      long number = Long.parseLong(value);
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // described below
    }
    throw new TypeConversionException(
        Printable.quoted(value) + " is not a revision (a number from 1, or latest)");
  }
}
