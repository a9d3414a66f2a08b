package org.oversight.register.cli;

import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oversight.register.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

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
    description =
        "Reads, checks and queries a register of surveillance technology, and drafts answers to"
            + " Freedom of Information requests from it.")
public final class RegisterCli implements Callable<Integer> {

  /** Exit code: success. */
  public static final int OK = 0;

  /** Exit code: bad input data or an unreadable file. */
  public static final int BAD_INPUT = 1;

  /** Exit code: bad command-line usage. */
  public static final int USAGE = 2;

  /** Help is wrapped at this many columns, whatever the terminal. */
  static final int HELP_WIDTH = 100;

  /**
   * The subcommands, in the order help lists them. Made only when needed: building a command from
   * its annotations is most of picocli's start-up, so {@code register validate} makes only {@code
   * validate}.
   */
  private static final List<Map.Entry<String, Supplier<Callable<Integer>>>> SUBCOMMANDS =
      List.of(
          Map.entry("validate", ValidateCommand::new),
          Map.entry("validate-request", ValidateRequestCommand::new),
          Map.entry("query", QueryCommand::new),
          Map.entry("foi", FoiCommand::new),
          Map.entry("check", CheckCommand::new),
          Map.entry("schema", SchemaCommand::new),
          Map.entry("migrate", MigrateCommand::new),
          Map.entry("import", ImportCommand::new),
          Map.entry("export", ExportCommand::new),
          Map.entry("store", StoreCommand::new),
          Map.entry("report", ReportCommand::new),
          Map.entry("train", TrainCommand::new));

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  // Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  // Flyway (the store's schema migrations) reports each step through java.util.logging at INFO.
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

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
    // Output is UTF-8 whatever the platform default: register data is Unicode. Standard output is
    // written directly (not through System.out, which hides failures) so that a failed write can
    // be reported.
    StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
            stdout::failure));
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
    return run(args, out, err, () -> "");
  }

  /**
   * Runs the command line; if writing to {@code out} failed, says so (with {@code outFailure}'s
   * reason when it knows one) and exits 1.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<String> outFailure) {
    // Hibernate Validator announces its version through java.util.logging at INFO: keep the
    // command's standard error for problems only.
    VALIDATOR_LOG.setLevel(Level.WARNING);
    FLYWAY_LOG.setLevel(Level.SEVERE);
    CommandLine commandLine = new CommandLine(new RegisterCli());
    String first = args.length > 0 ? args[0] : "";
    boolean named = SUBCOMMANDS.stream().anyMatch(sub -> sub.getKey().equals(first));
    for (Map.Entry<String, Supplier<Callable<Integer>>> sub : SUBCOMMANDS) {
      if (!named || sub.getKey().equals(first)) {
        commandLine.addSubcommand(sub.getKey(), sub.getValue().get());
      }
    }
    // Settings below reach the subcommands added above.
    commandLine.setOut(out);
    commandLine.setErr(err);
    // Arguments are taken as given: "@FILE" is a file name, never a file of arguments to expand
    // (which would print the lines of any readable file in an error message).
    commandLine.setExpandAtFiles(false);
    commandLine.setUsageHelpWidth(HELP_WIDTH);
    // "Usage: register foi ..." first, then the one-line summary (the header, which the command
    // list of `register --help` shows too), then the details.
    List<String> sections = new ArrayList<>(commandLine.getHelpSectionKeys());
    sections.removeAll(List.of(SECTION_KEY_HEADER_HEADING, SECTION_KEY_HEADER));
    sections.addAll(
        sections.indexOf(SECTION_KEY_SYNOPSIS) + 1,
        List.of(SECTION_KEY_HEADER_HEADING, SECTION_KEY_HEADER));
    commandLine.setHelpSectionKeys(sections);
    commandLine.registerConverter(LocalDate.class, RegisterCli::date);
    commandLine.setParameterExceptionHandler(
        (ex, arguments) -> {
          CommandLine failed = ex.getCommandLine();
          String message = ex.getMessage();
          if (ex.getCause() instanceof TypeConversionException conversion
              && ex.getArgSpec() instanceof OptionSpec option) {
            // "--as-at: 2021-13-01 is not a date (yyyy-MM-dd)", not picocli's longer wording.
            message = option.longestName() + ": " + conversion.getMessage();
          }
          // The message repeats what was typed: one printable line, whatever the arguments hold.
          failed
              .getErr()
              .println(Printable.line(failed.getCommandSpec().qualifiedName() + ": " + message));
          failed
              .getErr()
              .println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more.");
          return USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, failed, parseResult) -> {
          // A bug, not bad input: say so in one line rather than a stack trace.
          failed.getErr().println(Printable.line("register: internal error: " + ex));
          return BAD_INPUT;
        });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // The register and its answer are unreachable once the command has unwound: there is room
      // to say what happened in one line instead of a stack trace.
      err.println(
          "register: out of memory: give Java a larger heap, such as java -Xmx2g -jar register.jar"
              + " (the README says how much a register of N assets needs)");
      code = BAD_INPUT;
    }
    out.flush();
    if (out.checkError()) {
      String why = outFailure.get();
      err.println("register: cannot write to standard output" + (why.isEmpty() ? "" : ": " + why));
      code = BAD_INPUT;
    }
    err.flush();
    return code;
  }

  /** Every date option: a real date written yyyy-MM-dd, years 1 to 9999. */
  static LocalDate date(String text) {
    try {
      LocalDate date = LocalDate.parse(text, DATE);
      if (date.getYear() >= 1) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // said below
    }
    throw new TypeConversionException(text + " is not a date (yyyy-MM-dd)");
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "register: a command is required (validate, query, foi, check, schema, migrate, import,"
            + " export, store, report)");
    err.println("Try 'register --help' for more.");
    return USAGE;
  }
}
