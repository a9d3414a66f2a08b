package org.oversight.register.cli;

import java.util.concurrent.Callable;
import org.oversight.register.json.RegisterJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code register schema}. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    header = "Prints the JSON Schema (draft 2020-12) of the register document, version 1.")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(RegisterJson.schema());
    spec.commandLine().getOut().flush();
    return RegisterCli.OK;
  }
}
