package org.oversight.register.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.RegisterContents;

/**
 * Lets the JSON reader, which has already checked every record with the register's validator as it
 * read it (and ids and references at the end), build a register without validating the whole
 * register a second time. Exported to {@code org.oversight.register.json} only; not API.
 *
 * <p>The register class installs the builder when it is initialised. Types are left open here so
 * that this package does not depend on the register's package (no package cycle).
 */
public final class PrevalidatedBuild {
  private static volatile @Nullable Function<RegisterContents, ?> builder;

  private PrevalidatedBuild() {}

  /**
   * Installs the builder; called once by the register class.
   *
   * @param build builds a register, with the standard directory and policy, from valid contents
   * @throws IllegalStateException if a builder is already installed
   */
  public static synchronized void install(Function<RegisterContents, ?> build) {
    if (builder != null) {
      throw new IllegalStateException("already installed");
    }
    builder = requireNonNull(build, "build");
  }

  /**
   * Builds a register from contents the caller has validated with the standard validator.
   *
   * @param contents valid contents
   * @param type the register class
   * @param <T> the register type
   * @return the register, never null
   */
  public static <T> T build(RegisterContents contents, Class<T> type) {
    try {
      // Initialising the register class installs the builder.
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    Function<RegisterContents, ?> build = builder;
    if (build == null) {
      throw new IllegalStateException(type + " installed no builder");
    }
    return type.cast(build.apply(contents));
  }
}
