package org.oversight.register.internal.refdata;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.oversight.register.refdata.DataVersion;
import org.oversight.register.refdata.ReferenceDataException;
import org.oversight.register.validation.Problem;

/**
 * Loads the reference data shipped in the jar (the vendor directory, the restriction lists, the
 * look-alike letter table): reads the resource once, checks its {@code @format}, {@code @version}
 * and {@code @date} headers, and hands the lines to the parser. A broken shipped file is a bug in
 * the release, reported as an {@link IllegalStateException} whose message lists every problem as
 * {@code RESOURCE:LINE: message}.
 *
 * @param <T> what the data parses to
 * @param version the data's version from its headers
 * @param data the parsed data
 */
public record ShippedData<T>(DataVersion version, T data) {

  /**
   * Checks the components.
   *
   * @param version the data's version from its headers
   * @param data the parsed data
   */
  public ShippedData {
    requireNonNull(version, "version");
    requireNonNull(data, "data");
  }

  /**
   * Loads a resource that sits beside a class.
   *
   * @param <T> what the data parses to
   * @param owner the class the resource sits beside (in the same package)
   * @param resource the resource's name, for example {@code vendors-v1.txt}
   * @param format the format its {@code @format} header must name
   * @param parser turns the lines into data, recording problems on the lines or throwing {@link
   *     ReferenceDataException}
   * @return the version and data, never null
   * @throws IllegalStateException if the resource is missing or has any problem
   */
  public static <T> ShippedData<T> load(
      Class<?> owner, String resource, String format, Function<ReferenceLines, T> parser) {
    ReferenceLines lines;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the jar");
      }
      lines = ReferenceLines.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    lines.expectFormat(format);
    DataVersion version = lines.requireVersion(format);
    T data;
    try {
      data = parser.apply(lines);
    } catch (ReferenceDataException e) {
      throw broken(resource, e.problems());
    }
    if (version == null || !lines.problems().isEmpty()) {
      throw broken(resource, lines.problems());
    }
    return new ShippedData<>(version, data);
  }

  private static IllegalStateException broken(String resource, java.util.List<Problem> problems) {
    StringBuilder message =
        new StringBuilder("the shipped reference data ").append(resource).append(" is broken:");
    for (Problem problem : problems) {
      message.append('\n').append(problem);
    }
    return new IllegalStateException(message.toString());
  }
}
