package org.oversight.register.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.oversight.register.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code register store init|commit|log|show|diff}: the register's history in a database. */
@Command(
    name = "store",
    header = "Keeps every revision of a register, with who changed it, when and why.",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps every revision of a register, with who changed it, when and why: in a directory",
      "(embedded H2, nothing to install) or a PostgreSQL database (a jdbc:postgresql: URL).",
      "Exit 0 on success, 1 for bad input or a store that cannot be used, 2 for bad usage."
    },
    subcommands = {
      StoreInitCommand.class,
      StoreCommitCommand.class,
      StoreLogCommand.class,
      StoreShowCommand.class,
      StoreDiffCommand.class
    })
final class StoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("register store: a command is required (init, commit, log, show, diff)");
    err.println("Try 'register store --help' for more.");
    return RegisterCli.USAGE;
  }

  /** Reports a store that cannot be used, on one line; exit 1. */
  static int failed(CommandSpec spec, StoreException e) {
    spec.commandLine()
        .getErr()
        .println(spec.qualifiedName() + ": " + Printable.of(String.valueOf(e.getMessage())));
    return RegisterCli.BAD_INPUT;
  }
}
