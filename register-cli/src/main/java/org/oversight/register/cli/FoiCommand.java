package org.oversight.register.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
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

/** {@code register foi FILE REQUEST [--format text|markdown|json]}. */
@Command(
    name = "foi",
    mixinStandardHelpOptions = true,
    header = "Drafts the response to an FOI request from the overt part of the register.",
    description = {
      "Covert assets, and the DPIAs and contracts only they use, cannot change a byte of the"
          + " response. Assets count when in service on the date the request was received; the"
          + " data is 'correct as at' that date; the due date is the 20th UK working day after it.",
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

  @Override
  public Integer call() {
    Optional<AssetRegister> register = Inputs.register(file, spec.commandLine().getErr());
    FoiRequest foiRequest;
    try {
      foiRequest = FoiJson.readRequest(request);
    } catch (RegisterFormatException e) {
      Inputs.report(request, e, spec.commandLine().getErr());
      return RegisterCli.BAD_INPUT;
    } catch (IOException e) {
      Inputs.unreadable(request, e, spec.commandLine().getErr());
      return RegisterCli.BAD_INPUT;
    }
    if (register.isEmpty()) {
      return RegisterCli.BAD_INPUT;
    }
    FoiResponse response =
        FoiResponder.standard().respond(OvertRegister.of(register.get()), foiRequest);
    String rendered =
        switch (format) {
          case text -> FoiRenderer.plainText(response);
          case markdown -> FoiRenderer.markdown(response);
          case json -> FoiJson.writeResponse(response);
        };
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return RegisterCli.OK;
  }
}
