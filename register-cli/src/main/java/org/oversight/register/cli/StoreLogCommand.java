package org.oversight.register.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.ValueType;
import org.oversight.register.store.AssetChange;
import org.oversight.register.store.ChangeKind;
import org.oversight.register.store.FieldChange;
import org.oversight.register.store.RegisterStore;
import org.oversight.register.store.RevisionInfo;
import org.oversight.register.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code register store log [--asset ID]}. */
@Command(
    name = "log",
    header = "Lists a store's revisions, newest first, or the changes to one asset.",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the revisions, newest first: number, instant, author, size and reason; with --asset,",
      "every change to one asset (added, the fields changed, removed) with author and reason.",
      "This is the owner's audit trail: reasons may speak of covert assets.",
      "Exit 0, 1 a store that cannot be used, 2 bad usage."
    })
final class StoreLogCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--asset", paramLabel = "ID", description = "one asset's history")
  @Nullable String asset;

  @Override
  public Integer call() {
    AssetId id = null;
    if (asset != null) {
      if (!ValueType.Identifier.isIdentifier(asset)) {
        throw new ParameterException(
            spec.commandLine(),
            "--asset "
                + Printable.quoted(asset)
                + " is not an asset id (1-64 of A-Z a-z 0-9 . _ : -)");
      }
      id = new AssetId(asset);
    }
    var location = store.location();
    PrintWriter out = spec.commandLine().getOut();
    try (RegisterStore opened = RegisterStore.open(location)) {
      if (id == null) {
        List<RevisionInfo> log = opened.log();
        for (int i = log.size() - 1; i >= 0; i--) {
          RevisionInfo info = log.get(i);
          out.println(line(info, counts(info)));
        }
        if (log.isEmpty()) {
          out.println(Printable.of(location.toString()) + ": no revision yet");
        }
      } else {
        List<AssetChange> history = opened.history(id);
        for (int i = history.size() - 1; i >= 0; i--) {
          AssetChange change = history.get(i);
          out.println(line(change.revision(), what(change)));
        }
        if (history.isEmpty()) {
          out.println(Printable.of(id.value()) + ": no revision holds this asset");
        }
      }
      out.flush();
      return RegisterCli.OK;
    } catch (StoreException e) {
      return StoreCommand.failed(spec, e);
    }
  }

  private static String line(RevisionInfo info, String what) {
    return "revision "
        + info.number()
        + "  "
        + info.recordedAt()
        + "  "
        + Printable.of(info.author())
        + "  "
        + what
        + "  "
        + Printable.of(info.reason());
  }

  private static String what(AssetChange change) {
    if (change.kind() != ChangeKind.CHANGED) {
      return change.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
    return "changed " + String.join(", ", change.fields().stream().map(FieldChange::path).toList());
  }

  static String counts(RevisionInfo info) {
    return info.assets()
        + (info.assets() == 1 ? " asset, " : " assets, ")
        + info.dpias()
        + (info.dpias() == 1 ? " DPIA, " : " DPIAs, ")
        + info.contracts()
        + (info.contracts() == 1 ? " contract" : " contracts")
        + "; as at "
        + info.asAt();
  }
}
