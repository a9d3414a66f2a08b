package org.oversight.register.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code register} command: {@code validate}, {@code query}, {@code foi}, {@code check} and
 * {@code schema}.
 *
 * <p>Exit codes: 0 success; 1 bad input data or an unreadable file; 2 bad command-line usage.
 * Problems in input files go to standard error one per line as {@code FILE:LINE:COLUMN:
 * JSON-POINTER: message}; never a stack trace.
 */
@Command(
    name = "register",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Reads, checks and queries a register of surveillance technology, and drafts answers to",
      "Freedom of Information requests from it."
    },
    subcommands = {
      ValidateCommand.class,
      QueryCommand.class,
      FoiCommand.class,
      CheckCommand.class,
      SchemaCommand.class,
      MigrateCommand.class,
      ReportCommand.class
    })
public final class RegisterCli implements Callable<Integer> {

  /** Exit code: success. */
  public static final int OK = 0;

  /** Exit code: bad input data or an unreadable file. */
  public static final int BAD_INPUT = 1;

  /** Exit code: bad command-line usage. */
  public static final int USAGE = 2;

  // Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Creates the command. */
  public RegisterCli() {
    this.spec = CommandLine.Model.CommandSpec.create();
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Output is UTF-8 whatever the platform default: register data is Unicode.
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs the command line in process, writing to the given streams.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // Hibernate Validator announces its version through java.util.logging at INFO: keep the
    // command's standard error for problems only.
    VALIDATOR_LOG.setLevel(Level.WARNING);
    CommandLine commandLine = new CommandLine(new RegisterCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (ex, arguments) -> {
          CommandLine failed = ex.getCommandLine();
          failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
          failed
              .getErr()
              .println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more.");
          return USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, failed, parseResult) -> {
          // A bug, not bad input: say so in one line rather than a stack trace.
          failed.getErr().println("register: internal error: " + ex);
          return BAD_INPUT;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("register: a command is required (validate, query, foi, check, schema)");
    err.println("Try 'register --help' for more.");
    return USAGE;
  }
}
