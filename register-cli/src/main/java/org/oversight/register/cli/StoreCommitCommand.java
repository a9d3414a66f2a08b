package org.oversight.register.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.store.RegisterStore;
import org.oversight.register.store.RevisionInfo;
import org.oversight.register.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register store commit FILE --author A --reason R [--at INSTANT] [--parent REV]}. */
@Command(
    name = "commit",
    header = "Records a register file as the store's next revision.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Records a register file as the store's next revision: only the records that changed are",
      "written. The commit is made on the latest revision, or on --parent: if another commit came",
      "first it is refused as a conflict and nothing is changed.",
      "The instant recorded is --at, else now (this command's only clock read).",
      "Exit 0 recorded, 1 an invalid file, a conflict or a store that cannot be used, 2 bad usage."
    })
final class StoreCommitCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin StoreOptions store = new StoreOptions();

  @Parameters(index = "0", paramLabel = "FILE", description = "the register file (JSON)")
  Path file = Path.of("");

  @Option(names = "--author", required = true, paramLabel = "A", description = "who made it")
  String author = "";

  @Option(names = "--reason", required = true, paramLabel = "R", description = "why")
  String reason = "";

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "when, such as 2024-06-01T09:00:00Z; default now")
  @Nullable Instant at;

  @Option(
      names = "--parent",
      paramLabel = "REV",
      description = "the revision the file was made from; default the latest")
  @Nullable Long parent;

  @Override
  public Integer call() {
    if (author.isBlank() || reason.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--author and --reason must not be blank");
    }
    if (author.length() > RegisterStore.MAX_AUTHOR_LENGTH
        || reason.length() > RegisterStore.MAX_REASON_LENGTH
        || author.contains("\n")) {
      throw new ParameterException(
          spec.commandLine(),
          "--author is one line of at most "
              + RegisterStore.MAX_AUTHOR_LENGTH
              + " characters, --reason at most "
              + RegisterStore.MAX_REASON_LENGTH);
    }
    if (parent != null && parent < 0) {
      throw new ParameterException(spec.commandLine(), "--parent must be 0 or more");
    }
    var location = store.location();
    Optional<AssetRegister> register = Inputs.register(file, spec.commandLine().getErr());
    if (register.isEmpty()) {
      return RegisterCli.BAD_INPUT;
    }
    // The CLI's clock read: the library never reads one.
    Instant recordedAt = at != null ? at : Instant.now();
    try (RegisterStore opened = RegisterStore.open(location)) {
      long on = parent != null ? parent : opened.latestRevision();
      RevisionInfo info = opened.commit(on, register.get(), author, reason, recordedAt);
      spec.commandLine()
          .getOut()
          .println(
              Printable.of(location.toString())
                  + ": revision "
                  + info.number()
                  + " recorded at "
                  + info.recordedAt()
                  + " ("
                  + StoreLogCommand.counts(info)
                  + ")");
      return RegisterCli.OK;
    } catch (StoreException e) {
      return StoreCommand.failed(spec, e);
    }
  }
}
