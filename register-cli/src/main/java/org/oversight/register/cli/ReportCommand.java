package org.oversight.register.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.report.ReportHtml;
import org.oversight.register.report.ReportOptions;
import org.oversight.register.report.TransparencyReport;
import org.oversight.register.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register report FILE --html OUT [--on DATE] [--publish-locations]}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "Writes the public transparency report: one self-contained HTML page.",
    description = {
      "The page is built from the overt part of the register only (covert records change no byte"
          + " of it). It shows units in service by kind and by manufacturer group, units from"
          + " vendors on restriction lists, units in service over time, DPIA coverage, DPIAs and"
          + " contracts with their published links, and the organisation's contact for questions"
          + " and FOI requests. Fields an FOI answer would withhold are left out (contract values,"
          + " DPIA owners' names, sites, locations); --publish-locations draws the map of located"
          + " cameras. The page has no script and loads nothing.",
      "Exit 0 written, 1 for a bad or unreadable register or an unwritable OUT, 2 for bad usage."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "FILE", description = "the register file (JSON)")
  Path file = Path.of("");

  @Option(
      names = "--html",
      required = true,
      paramLabel = "OUT",
      description = "the HTML file to write (replaced atomically)")
  Path html = Path.of("");

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "the day the figures are for (yyyy-MM-dd); default: the register's as-at date")
  @Nullable LocalDate on;

  @Option(
      names = "--publish-locations",
      description = "show where located cameras are, on a map and in a table (withheld by default)")
  boolean publishLocations;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<AssetRegister> register = Inputs.register(file, err);
    if (register.isEmpty()) {
      return RegisterCli.BAD_INPUT;
    }
    LocalDate date = on != null ? on : register.get().asAt();
    ReportOptions.Builder options = ReportOptions.builder();
    if (publishLocations) {
      options.publishLocations();
    }
    TransparencyReport report =
        TransparencyReport.of(OvertRegister.of(register.get()), date, options.build());
    try {
      write(html, ReportHtml.bytes(report));
    } catch (IOException e) {
      err.println(Printable.line(html + ": cannot write: " + reason(e)));
      return RegisterCli.BAD_INPUT;
    }
    out.println(
        Printable.line(
            html
                + ": transparency report on "
                + date
                + " ("
                + report.totalUnits()
                + (report.totalUnits() == 1 ? " unit" : " units")
                + " in service"
                + (publishLocations ? ", locations published" : "")
                + ")"));
    return RegisterCli.OK;
  }

  /**
   * Writes the page atomically: a temporary file beside the target, forced to disk, then moved over
   * it, so that a reader never sees half a page. The page is public, so it is readable by all.
   */
  private static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || Files.isDirectory(absolute)) {
      throw new IOException("is a directory");
    }
    Path temporary =
        Files.createTempFile(dir, "." + absolute.getFileName() + ".oversight-tmp-", "");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message != null && message.equals("is a directory") ? message : "input/output error";
  }
}
