package org.oversight.register.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An instant on the command line: {@code 2021-09-06T09:12:00Z} or with an offset, {@code +01:00}.
 */
final class InstantConverter implements ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          Printable.quoted(value)
              + " is not an instant (yyyy-MM-ddTHH:mm:ssZ or with an offset such as +01:00)");
    }
  }
}
