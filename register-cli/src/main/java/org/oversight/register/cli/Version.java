package org.oversight.register.cli;

import picocli.CommandLine;

/** The version shown by {@code --version}: the jar's implementation version. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"register " + (version == null ? "(development)" : version)};
  }
}
