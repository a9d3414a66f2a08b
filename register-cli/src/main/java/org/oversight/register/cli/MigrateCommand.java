package org.oversight.register.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.oversight.register.json.RegisterFormatException;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.model.RegisterContents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register migrate FILE [--kind KIND --nation NATION]}. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    header = "Rewrites a schemaVersion 1 register as schemaVersion 2, keeping a backup.",
    description = {
      "The file is replaced atomically; the backup is FILE.v1.bak beside it, and an existing"
          + " backup is never overwritten. Schema version 1 names the organisation only: --kind"
          + " and --nation say what it is, and decide the FOI regime and the"
          + " neither-confirm-nor-deny exemptions its letters use.",
      "Exit 0 migrated or already version 2, 1 unreadable or invalid, 2 bad usage."
    })
final class MigrateCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "FILE", description = "the register file (JSON)")
  Path file = Path.of("");

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "POLICE_FORCE, LOCAL_AUTHORITY or OTHER_PUBLIC_AUTHORITY")
  @Nullable OrganisationKind kind;

  @Option(
      names = "--nation",
      paramLabel = "NATION",
      description = "ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND")
  @Nullable Nation nation;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RegisterJson.Document document;
    try {
      document = RegisterJson.standard().readDocument(file);
    } catch (RegisterFormatException e) {
      Inputs.report(file, e, err);
      return RegisterCli.BAD_INPUT;
    } catch (IOException e) {
      Inputs.unreadable(file, e, err);
      return RegisterCli.BAD_INPUT;
    }
    if (document.schemaVersion() >= 2) {
      out.println(
          Printable.of(
              file + ": already schemaVersion " + document.schemaVersion() + "; not changed"));
      return RegisterCli.OK;
    }
    RegisterContents contents = document.contents();
    Organisation organisation = contents.organisation().withKindAndNation(kind, nation);
    Path backup = file.resolveSibling(file.getFileName() + ".v1.bak");
    try {
      Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      err.println(
          Printable.of(
              backup + ": a backup already exists; move it away first (nothing was changed)"));
      return RegisterCli.BAD_INPUT;
    } catch (IOException e) {
      err.println(Printable.of(backup + ": cannot write the backup (nothing was changed)"));
      return RegisterCli.BAD_INPUT;
    }
    try {
      RegisterJson.standard().write(contents.withOrganisation(organisation), file);
    } catch (IOException e) {
      err.println(
          Printable.of(
              file + ": cannot write (the file is as it was; the backup is " + backup + ")"));
      return RegisterCli.BAD_INPUT;
    }
    out.println(Printable.of(file + ": migrated to schemaVersion 2; the original is " + backup));
    if (kind == null || nation == null) {
      out.println(
          Printable.of(
              file
                  + ": the organisation's kind or nation is unknown: FOI letters will say what"
                  + " they assumed (give --kind and --nation)"));
    }
    if (organisation.foiContact() == null) {
      out.println(
          Printable.of(
              file
                  + ": add organisation.foiContact (postalAddress, email or url) for FOI letters"));
    }
    return RegisterCli.OK;
  }
}
