package org.oversight.register.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.json.FoiJson;
import org.oversight.register.json.RegisterFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code register foi FILE REQUEST [--format text|markdown|json] [--on DATE] [--workings]
 * [--templates DIR]}. Each step (read the inputs, choose the register view, answer, render) is its
 * own method, so that a new option (such as answering from a stored register as recorded at an
 * instant) changes one step.
 */
@Command(
    name = "foi",
    mixinStandardHelpOptions = true,
    header = "Drafts the response to an FOI request from the overt part of the register.",
    description = {
      "Covert assets, and the DPIAs and contracts only they use, cannot change a byte of the"
          + " response. Assets count when in service on the date the request was received; the"
          + " due date is the 20th working day after it (FOISA: Scottish bank holidays only)."
          + " Warnings for the officer, never for the requester, go to standard error.",
      "Exit 0 on success, 1 for a bad or unreadable file, 2 for bad usage."
    })
final class FoiCommand implements Callable<Integer> {
  /** How the response is printed. */
  enum Format {
    text,
    markdown,
    json
  }

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "FILE", description = "the register file (JSON)")
  Path file = Path.of("");

  @Parameters(index = "1", paramLabel = "REQUEST", description = "the FOI request file (JSON)")
  Path request = Path.of("");

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (a letter, the default), markdown or json")
  Format format = Format.text;

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "the date of the response, yyyy-MM-dd (default: today)")
  @Nullable LocalDate on;

  @Option(
      names = "--workings",
      description = "append the officer's workings (why each asset was listed) to a text letter")
  boolean workings;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "the organisation's own letter templates (see docs/foi.md)")
  @Nullable Path templates;

  // register-store (issue 16): with --as-recorded-at, FILE names a store and the register is the
  // one it recorded at that instant.
  @Option(
      names = "--as-recorded-at",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = {
        "answer from the register a store recorded at this instant (such as the request's",
        "receipt); FILE is then the store: a directory or a jdbc:postgresql: URL"
      })
  java.time.@Nullable Instant asRecordedAt;

  /** The clock, read only for the default of --on: today's date in the UK. */
  Clock clock = Clock.system(ZoneId.of("Europe/London"));

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (templates != null && !Files.isDirectory(templates)) {
      err.println(Printable.of(templates + ": not a directory of templates"));
      return RegisterCli.BAD_INPUT;
    }
    Optional<AssetRegister> register =
        asRecordedAt == null
            ? Inputs.register(file, err)
            : FoiAsRecorded.register(spec, asRecordedAt, err);
    Optional<FoiRequest> foiRequest = request(err);
    if (register.isEmpty() || foiRequest.isEmpty()) {
      return RegisterCli.BAD_INPUT;
    }
    FoiRenderer renderer =
        templates == null ? FoiRenderer.standard() : FoiRenderer.withTemplates(templates);
    LocalDate respondedOn = on != null ? on : LocalDate.now(clock);
    FoiResponse response =
        FoiResponder.standard().respond(view(register.get()), foiRequest.get(), respondedOn);
    PrintWriter out = spec.commandLine().getOut();
    try {
      for (String warning : renderer.warnings(response)) {
        err.println(Printable.of("warning: " + warning));
      }
      err.flush();
      // Written as it is rendered: a letter listing a quarter of a million records is never held
      // whole. An organisation's templates are compiled before the first character is written.
      render(response, renderer, out);
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println(Printable.of((templates == null ? "" : templates + ": ") + e.getMessage()));
      return RegisterCli.BAD_INPUT;
    } catch (IOException e) {
      // A PrintWriter does not throw; its failure is reported by RegisterCli (checkError).
      throw new UncheckedIOException(e);
    }
    out.flush();
    return RegisterCli.OK;
  }

  private Optional<FoiRequest> request(PrintWriter err) {
    try {
      return Optional.of(FoiJson.readRequest(request));
    } catch (RegisterFormatException e) {
      Inputs.report(request, e, err);
    } catch (IOException e) {
      Inputs.unreadable(request, e, err);
    }
    return Optional.empty();
  }

  /** The public view the answer is computed from. */
  private static OvertRegister view(AssetRegister register) {
    return OvertRegister.of(register);
  }

  private void render(FoiResponse response, FoiRenderer renderer, Writer out) throws IOException {
    switch (format) {
      case text -> {
        renderer.letter(response, FoiRenderer.Format.TEXT, out);
        if (workings) {
          renderer.workings(response, out);
        }
      }
      case markdown -> renderer.letter(response, FoiRenderer.Format.MARKDOWN, out);
      case json -> FoiJson.writeResponse(response, renderer, out);
    }
  }
}
