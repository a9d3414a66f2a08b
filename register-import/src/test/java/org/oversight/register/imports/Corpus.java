package org.oversight.register.imports;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The test corpus of spreadsheets and mappings in the test resources. */
final class Corpus {
  private Corpus() {}

  static Path file(String name) {
    try {
      var url = Corpus.class.getResource(name);
      if (url == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ImportMapping mapping(String name) throws IOException {
    return ImportMapping.read(file(name));
  }

  /** The directory of the test resources' sources, for golden files written on request. */
  static Path sourceDirectory() {
    return Path.of("src/test/resources/org/oversight/register/imports");
  }
}
