package org.oversight.register.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.oversight.register.store.ChangeKind;
import org.oversight.register.store.FieldChange;
import org.oversight.register.store.RecordChange;
import org.oversight.register.store.RegisterDiff;
import org.oversight.register.store.RegisterStore;
import org.oversight.register.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register store diff REV REV}. */
@Command(
    name = "diff",
    header = "Prints what changed from one revision to another, field by field.",
    mixinStandardHelpOptions = true,
    description = {
      "Prints what changed from one revision to another, field by field: the organisation, then",
      "each asset, DPIA and contract added, removed or changed. Confidential fields (an",
      "authorisation reference, notes) are said to have changed, never shown.",
      "Exit 0, 1 no such revision or a store that cannot be used, 2 bad usage."
    })
final class StoreDiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin StoreOptions store = new StoreOptions();

  @Parameters(index = "0", paramLabel = "REV", converter = Revisions.class, description = "from")
  long from;

  @Parameters(index = "1", paramLabel = "REV", converter = Revisions.class, description = "to")
  long to;

  @Override
  public Integer call() {
    var location = store.location();
    PrintWriter out = spec.commandLine().getOut();
    try (RegisterStore opened = RegisterStore.open(location)) {
      long latest = opened.latestRevision();
      RegisterDiff diff =
          opened.diff(
              from == Revisions.LATEST ? latest : from, to == Revisions.LATEST ? latest : to);
      for (FieldChange field : diff.registerChanges()) {
        out.println(change(field));
      }
      for (RecordChange<?> record : diff.recordChanges()) {
        String name = record.type().name() + " " + Printable.of(record.id());
        if (record.kind() != ChangeKind.CHANGED) {
          out.println(name + ": " + record.kind().name().toLowerCase(java.util.Locale.ROOT));
          continue;
        }
        for (FieldChange field : record.fields()) {
          out.println(name + ": " + change(field));
        }
      }
      if (diff.isEmpty()) {
        out.println("no changes");
      }
      out.flush();
      return RegisterCli.OK;
    } catch (StoreException e) {
      return StoreCommand.failed(spec, e);
    }
  }

  private static String change(FieldChange field) {
    if (field.confidential()) {
      return field.path() + ": changed (confidential, not shown)";
    }
    return field.path() + ": " + value(field.beforeText()) + " -> " + value(field.afterText());
  }

  private static String value(Optional<String> text) {
    return text.map(Printable::quoted).orElse("(none)");
  }
}
