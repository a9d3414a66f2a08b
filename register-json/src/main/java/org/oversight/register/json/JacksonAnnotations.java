package org.oversight.register.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.security.CodeSource;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.jspecify.annotations.Nullable;

/**
 * Checks, before Jackson 3's data binding is first used, that the {@code jackson-annotations} jar
 * on the path is one it can run with. Jackson 3 kept the 2.x annotations; a Jackson 2 host (Spring
 * Boot 3, ...) may bring an older jar, and data binding would then fail deep inside with {@code
 * NoClassDefFoundError: com/fasterxml/jackson/annotation/JsonSerializeAs}. Reading and writing
 * registers never need it: they use the streaming API alone.
 */
final class JacksonAnnotations {
  /** The oldest jackson-annotations the Jackson 3 in use runs with. */
  static final String NEEDED = "2.21";

  /** A type that jackson-annotations has had since 2.21 and Jackson 3's data binding uses. */
  private static final String SINCE_NEEDED = "com.fasterxml.jackson.annotation.JsonSerializeAs";

  /** A type every jackson-annotations has, to find the jar that is there. */
  private static final String ANY = "com.fasterxml.jackson.annotation.JsonInclude";

  private JacksonAnnotations() {}

  /**
   * Returns normally if data binding can run.
   *
   * @throws IllegalStateException saying which version was found and which is needed, if not
   */
  static void require() {
    ClassLoader loader = JacksonAnnotations.class.getClassLoader();
    try {
      Class.forName(SINCE_NEEDED, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(message(foundVersion(loader)));
    }
  }

  /** The one sentence: what was found, what is needed, and how to get it. */
  static String message(Optional<String> found) {
    return "Jackson 3 data binding (RegisterJsonModule) needs"
        + " com.fasterxml.jackson.core:jackson-annotations "
        + NEEDED
        + " or newer, but "
        + found.map(v -> "version " + v + " is").orElse("an older version or none is")
        + " on the path: import org.oversight:register-bom, which manages it, or declare"
        + " jackson-annotations "
        + NEEDED
        + " or newer yourself.";
  }

  /** The version of the jackson-annotations jar found, if it says. */
  static Optional<String> foundVersion(@Nullable ClassLoader loader) {
    Class<?> any;
    try {
      any = Class.forName(ANY, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
    ModuleDescriptor module = any.getModule().getDescriptor();
    if (module != null && module.rawVersion().isPresent()) {
      return module.rawVersion();
    }
    String implementation = any.getPackage().getImplementationVersion();
    if (implementation != null) {
      return Optional.of(implementation);
    }
    return manifestVersion(any);
  }

  private static Optional<String> manifestVersion(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null) {
      return Optional.empty();
    }
    try (InputStream in = location.openStream();
        JarInputStream jar = new JarInputStream(in)) {
      Manifest manifest = jar.getManifest();
      if (manifest == null) {
        return Optional.empty();
      }
      String version = manifest.getMainAttributes().getValue("Bundle-Version");
      return Optional.ofNullable(version);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
