package org.oversight.register.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.imports.AssetExport;
import org.oversight.register.model.Asset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register export FILE --format csv|jsonl [--overt] [--out OUT]}. */
@Command(
    name = "export",
    header = "Exports a register's assets as CSV rows or JSON lines.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a register's assets, one CSV row or one JSON line each, to OUT or standard output.",
      "This is the owner's view (covert assets included) unless --overt gives the public view.",
      "Authorisation references and notes are never written. CSV columns are the asset's fields",
      "(nested ones dotted: location.latitude), formula-safe; JSON Lines adds organisation,",
      "vendorGroup and vendorsOfConcern for engines such as DuckDB (docs/national-view.md).",
      "Exit 0 written, 1 a bad or unreadable register or a failed write, 2 bad usage."
    })
final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format {
    csv,
    jsonl
  }

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "FILE", description = "the register file (JSON)")
  Path file = Path.of("");

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or jsonl")
  Format format = Format.csv;

  @Option(names = "--overt", description = "only overt assets: the public view")
  boolean overt;

  @Option(
      names = "--out",
      paramLabel = "OUT",
      description = "the file to write (replaced when complete); standard output if not given")
  @Nullable Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<AssetRegister> read = Inputs.register(file, err);
    if (read.isEmpty()) {
      return RegisterCli.BAD_INPUT;
    }
    AssetRegister register = read.get();
    List<Asset> assets = overt ? OvertRegister.of(register).assets() : register.assets();
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      try {
        write(register, assets, stdout);
      } catch (IOException e) {
        err.println("standard output: cannot write");
        return RegisterCli.BAD_INPUT;
      }
      if (stdout.checkError()) {
        err.println("standard output: cannot write");
        return RegisterCli.BAD_INPUT;
      }
      return RegisterCli.OK;
    }
    Path target = out.toAbsolutePath();
    Path directory = target.getParent();
    if (directory == null) {
      err.println(Printable.of(out + ": cannot write: is a directory (nothing was changed)"));
      return RegisterCli.BAD_INPUT;
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
      try (Writer writer =
          new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), 1 << 16)) {
        write(register, assets, writer);
      }
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temporary = null;
    } catch (IOException e) {
      err.println(Printable.of(out + ": cannot write (nothing was changed)"));
      return RegisterCli.BAD_INPUT;
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          err.println(Printable.of(temporary + ": cannot remove the unfinished file"));
        }
      }
    }
    return RegisterCli.OK;
  }

  private void write(AssetRegister register, List<Asset> assets, Writer writer) throws IOException {
    if (format == Format.csv) {
      AssetExport.csv(assets, writer);
    } else {
      AssetExport.jsonLines(register, assets, writer);
    }
  }
}
