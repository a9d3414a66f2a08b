package org.oversight.register.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.oversight.register.imports.ImportMapping;
import org.oversight.register.imports.InvalidMappingException;
import org.oversight.register.imports.InvalidSpreadsheetException;
import org.oversight.register.imports.ProblemReport;
import org.oversight.register.imports.RegisterMerge;
import org.oversight.register.imports.SpreadsheetImport;
import org.oversight.register.json.RegisterFormatException;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code register import SOURCE --mapping MAP --out FILE [--into FILE] [--report CSV] [--diff]}.
 */
@Command(
    name = "import",
    header = "Imports a spreadsheet (CSV or XLSX) into a register through a mapping.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Imports a spreadsheet (CSV, or XLSX by its name) into a register through a mapping",
      "(mappingVersion 1: columns, defaults, values; see docs/import.md). Every problem is",
      "printed, as SOURCE:ROW:COLUMN: field: message (the header is row 1, COLUMN its header);",
      "then nothing is written. With --into, the rows are merged by id into an existing register",
      "and what was added, changed and removed is printed (--diff: field by field).",
      "Exit 0 imported, 1 a problem in the spreadsheet, the mapping or a file, 2 bad usage."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "SOURCE", description = "the spreadsheet: .csv or .xlsx")
  Path source = Path.of("");

  @Option(
      names = "--mapping",
      required = true,
      paramLabel = "MAP",
      description = "the mapping (JSON, mappingVersion 1)")
  Path mapping = Path.of("");

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "the register to write (replaced atomically; may be the --into file)")
  Path out = Path.of("");

  @Option(
      names = "--into",
      paramLabel = "FILE",
      description = "an existing register to merge the rows into, by id")
  @Nullable Path into;

  @Option(
      names = "--report",
      paramLabel = "CSV",
      description = "also write the problems as CSV (source,row,column,field,message)")
  @Nullable Path report;

  @Option(names = "--diff", description = "with --into: print every changed field")
  boolean diff;

  @Override
  public Integer call() {
    // POI logs through the Log4j API; with no Log4j provider on the class path, Log4j's status
    // logger prints an ERROR line saying so. The command's standard error is for problems only.
    if (System.getProperty("log4j2.statusLoggerLevel") == null) {
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImportMapping map;
    try {
      map = ImportMapping.read(mapping);
    } catch (InvalidMappingException e) {
      for (Problem problem : e.problems()) {
        err.println(problem);
      }
      return RegisterCli.BAD_INPUT;
    } catch (IOException e) {
      Inputs.unreadable(mapping, e, err);
      return RegisterCli.BAD_INPUT;
    }
    RegisterContents existing = null;
    if (into != null) {
      try {
        existing = RegisterJson.standard().readContents(into);
      } catch (RegisterFormatException e) {
        Inputs.report(into, e, err);
        return RegisterCli.BAD_INPUT;
      } catch (IOException e) {
        Inputs.unreadable(into, e, err);
        return RegisterCli.BAD_INPUT;
      }
    }
    SpreadsheetImport importer = SpreadsheetImport.of(map);
    RegisterContents contents;
    RegisterMerge merge = null;
    try {
      if (existing != null) {
        merge = importer.readInto(source, existing);
        contents = merge.contents();
      } else {
        contents = importer.read(source);
      }
    } catch (InvalidSpreadsheetException e) {
      e.lines().forEach(err::println);
      err.println(
          source
              + ": "
              + e.problems().size()
              + (e.problems().size() == 1 ? " problem" : " problems")
              + "; nothing was written");
      writeReport(e, err);
      return RegisterCli.BAD_INPUT;
    } catch (IOException e) {
      Inputs.unreadable(source, e, err);
      return RegisterCli.BAD_INPUT;
    }
    if (report != null && !writeReport(null, err)) {
      return RegisterCli.BAD_INPUT;
    }
    try {
      RegisterJson.standard().write(contents, out);
    } catch (IOException e) {
      err.println(Printable.of(out + ": cannot write (nothing was changed)"));
      return RegisterCli.BAD_INPUT;
    }
    if (merge != null) {
      stdout.println(
          Printable.of(
              source + " into " + into + ": " + merge.summary().get(0) + "; wrote " + out));
      List<String> lines = diff ? merge.diff() : merge.summary().subList(1, merge.summary().size());
      lines.forEach(line -> stdout.println(Printable.of("  " + line)));
    } else {
      stdout.println(
          Printable.of(
              source + ": imported " + contents.assets().size() + " assets; wrote " + out));
    }
    return RegisterCli.OK;
  }

  /** Writes the report, if asked for; false when it cannot be written (said on standard error). */
  private boolean writeReport(@Nullable InvalidSpreadsheetException e, PrintWriter err) {
    if (report == null) {
      return true;
    }
    try (Writer writer = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
      ProblemReport.write(e, writer);
      return true;
    } catch (IOException failure) {
      err.println(Printable.of(report + ": cannot write the report"));
      return false;
    }
  }
}
