package org.oversight.register.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterJson;

/** The example registers in the repository's {@code examples/} folder, and where tests write. */
final class Examples {
  private Examples() {}

  static Path folder() {
    return Path.of(System.getProperty("report.examples", "../examples"));
  }

  static AssetRegister essex() {
    return read("essex-2021/register.json");
  }

  static AssetRegister council() {
    return read("council-2024/register.json");
  }

  static AssetRegister read(String name) {
    try {
      return RegisterJson.standard().read(folder().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A folder under target/ for the artefacts a test leaves to look at. */
  static Path artefacts(String name) {
    Path dir = Path.of("target", name);
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
