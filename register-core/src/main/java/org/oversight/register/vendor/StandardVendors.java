package org.oversight.register.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.oversight.register.internal.refdata.ReferenceLines;
import org.oversight.register.refdata.DataVersion;
import org.oversight.register.refdata.ReferenceDataException;

/** The directory shipped with the library, read once from {@value #RESOURCE}. */
final class StandardVendors {
  static final String RESOURCE = "vendors-v1.txt";
  static final DataVersion VERSION;
  static final VendorDirectory DIRECTORY;

  static {
    VERSION = readVersion();
    DIRECTORY = read(reader -> VendorDirectory.parse(reader, RESOURCE));
  }

  private StandardVendors() {}

  private static DataVersion readVersion() {
    return read(
        reader -> {
          ReferenceLines lines = ReferenceLines.read(reader, RESOURCE);
          DataVersion version = lines.requireVersion(VendorDirectory.FORMAT);
          if (version == null) {
            throw new IllegalStateException(
                "the shipped vendor data is broken: " + lines.problems());
          }
          return version;
        });
  }

  private interface ReaderFunction<T> {
    T apply(Reader reader);
  }

  private static <T> T read(ReaderFunction<T> function) {
    try (InputStream in = StandardVendors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      return function.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReferenceDataException e) {
      throw new IllegalStateException("the shipped vendor data is broken: " + e.getMessage(), e);
    }
  }
}
