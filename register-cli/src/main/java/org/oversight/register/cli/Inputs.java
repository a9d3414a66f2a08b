package org.oversight.register.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterFormatException;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.text.Printable;
import org.oversight.register.validation.Problem;

/**
 * Reads input files, reporting every problem on standard error as FILE:LINE:COLUMN: POINTER:
 * message, each problem one printable line ({@link Printable#line}), the file name included.
 */
final class Inputs {
  private Inputs() {}

  /** Reads a register, or reports why not and returns empty. */
  static Optional<AssetRegister> register(Path file, PrintWriter err) {
    try {
      return Optional.of(RegisterJson.standard().read(file));
    } catch (RegisterFormatException e) {
      report(file, e, err);
    } catch (IOException e) {
      unreadable(file, e, err);
    }
    return Optional.empty();
  }

  static void report(Path file, RegisterFormatException e, PrintWriter err) {
    for (Problem problem : e.problems()) {
      // Problem.toString escapes the file name, pointer and message: one problem, one line.
      err.println(problem.inSource(file.toString()));
    }
  }

  static void unreadable(Path file, IOException e, PrintWriter err) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
      why = "is a directory";
    } else if (e instanceof FileSystemException failed && failed.getReason() != null) {
      // the system's reason, such as "Not a directory" for a path through a file (file.json/x)
      why = failed.getReason().toLowerCase(java.util.Locale.ROOT);
    } else {
      why =
          e.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT);
    }
    err.println(Printable.line(file + ": cannot read: " + why));
  }
}
