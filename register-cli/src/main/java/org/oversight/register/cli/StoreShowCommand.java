package org.oversight.register.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.store.RegisterStore;
import org.oversight.register.store.Revision;
import org.oversight.register.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register store show REV --out FILE}. */
@Command(
    name = "show",
    header = "Writes the register a revision recorded to a file.",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the register as a revision recorded it to a file (canonical JSON, atomically): the",
      "owner's full copy, as the register file itself is. REV is a number or 'latest'.",
      "Exit 0 written, 1 no such revision or cannot write, 2 bad usage."
    })
final class StoreShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin StoreOptions store = new StoreOptions();

  @Parameters(index = "0", paramLabel = "REV", converter = Revisions.class, description = "which")
  long revision;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write it")
  Path out = Path.of("");

  @Override
  public Integer call() {
    var location = store.location();
    try (RegisterStore opened = RegisterStore.open(location)) {
      long number = revision == Revisions.LATEST ? opened.latestRevision() : revision;
      Revision read = opened.revision(number).orElse(null);
      if (read == null) {
        spec.commandLine()
            .getErr()
            .println(
                spec.qualifiedName()
                    + ": "
                    + Printable.of(location.toString())
                    + ": has no revision "
                    + (revision == Revisions.LATEST ? "yet" : number)
                    + " (the latest is "
                    + opened.latestRevision()
                    + ")");
        return RegisterCli.BAD_INPUT;
      }
      try {
        RegisterJson.standard().write(read.register(), out);
      } catch (IOException e) {
        spec.commandLine().getErr().println(Printable.of(out.toString()) + ": cannot write");
        return RegisterCli.BAD_INPUT;
      }
      spec.commandLine()
          .getOut()
          .println(
              Printable.of(out.toString())
                  + ": revision "
                  + read.number()
                  + " recorded at "
                  + read.recordedAt()
                  + " ("
                  + StoreLogCommand.counts(read.info())
                  + ")");
      return RegisterCli.OK;
    } catch (StoreException e) {
      return StoreCommand.failed(spec, e);
    }
  }
}
