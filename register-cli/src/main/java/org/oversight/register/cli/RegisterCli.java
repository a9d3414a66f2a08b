package org.oversight.register.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code register} command. */
@Command(
    name = "register",
    mixinStandardHelpOptions = true,
    version = "register 0.1.0",
    description = "Reads, checks and queries a surveillance-technology register.")
public final class RegisterCli implements Runnable {

  /** Creates the command. */
  public RegisterCli() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new RegisterCli()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
