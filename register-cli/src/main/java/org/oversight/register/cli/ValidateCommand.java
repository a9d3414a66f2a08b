package org.oversight.register.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.oversight.register.AssetRegister;
import org.oversight.register.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register validate FILE}. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Checks a register file against every rule of the format.",
    description = {
      "Prints 'FILE: valid (N assets, N DPIAs, N contracts; as at DATE)', or every problem on"
          + " standard error as FILE:LINE:COLUMN: JSON-POINTER: message.",
      "Exit 0 valid, 1 invalid or unreadable, 2 bad usage."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "FILE", description = "the register file (JSON)")
  Path file = Path.of("");

  @Override
  public Integer call() {
    Optional<AssetRegister> register = Inputs.register(file, spec.commandLine().getErr());
    if (register.isEmpty()) {
      return RegisterCli.BAD_INPUT;
    }
    AssetRegister r = register.get();
    String summary =
        file
            + ": valid ("
            + r.assets().size()
            + " assets, "
            + r.dpias().size()
            + " DPIAs, "
            + r.contracts().size()
            + " contracts; as at "
            + r.asAt()
            + ")";
    spec.commandLine().getOut().println(Printable.line(summary));
    return RegisterCli.OK;
  }
}
