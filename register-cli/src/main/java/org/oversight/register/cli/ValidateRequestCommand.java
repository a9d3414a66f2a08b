package org.oversight.register.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oversight.register.foi.FoiQuestion;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.QuestionKind;
import org.oversight.register.json.FoiJson;
import org.oversight.register.json.RegisterFormatException;
import org.oversight.register.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register validate-request REQUEST}. */
@Command(
    name = "validate-request",
    mixinStandardHelpOptions = true,
    header = "Checks an FOI request file on its own, without a register.",
    description = {
      "Prints 'REQUEST: valid (N questions: N computed, N answered by the officer; received on"
          + " DATE)', or every problem on standard error as FILE:LINE:COLUMN: JSON-POINTER:"
          + " message.",
      "Exit 0 valid, 1 invalid or unreadable, 2 bad usage."
    })
final class ValidateRequestCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "REQUEST", description = "the FOI request file (JSON)")
  Path request = Path.of("");

  @Override
  public Integer call() {
    FoiRequest read;
    try {
      read = FoiJson.readRequest(request);
    } catch (RegisterFormatException e) {
      Inputs.report(request, e, spec.commandLine().getErr());
      return RegisterCli.BAD_INPUT;
    } catch (IOException e) {
      Inputs.unreadable(request, e, spec.commandLine().getErr());
      return RegisterCli.BAD_INPUT;
    }
    long officer =
        read.questions().stream()
            .map(FoiQuestion::kind)
            .filter(QuestionKind.OFFICER::equals)
            .count();
    int total = read.questions().size();
    String summary =
        request
            + ": valid ("
            + total
            + (total == 1 ? " question: " : " questions: ")
            + (total - officer)
            + " computed, "
            + officer
            + " answered by the officer; received on "
            + read.receivedOn()
            + ")";
    spec.commandLine().getOut().println(Printable.line(summary));
    return RegisterCli.OK;
  }
}
