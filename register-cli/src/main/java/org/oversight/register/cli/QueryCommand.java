package org.oversight.register.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetQuery;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;
import org.oversight.register.vendor.VendorGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register query FILE [options]}. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Lists the assets that answer a question, in id order.",
    description = {
      "This is the owner's view: covert assets are included unless --overt is given. Options"
          + " combine with AND; a repeated --capability or --category means any of them."
          + " Authorisation references and notes are never printed.",
      "Exit 0 on success (even with no match), 1 for a bad or unreadable file, 2 for bad usage."
    })
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "FILE", description = "the register file (JSON)")
  Path file = Path.of("");

  @Option(
      names = "--manufacturer",
      paramLabel = "NAME",
      description = "a vendor or corporate group, matched by group, brand and spelling")
  @Nullable String manufacturer;

  @Option(
      names = "--capability",
      paramLabel = "CODE",
      description = "a capability code, e.g. LIVE_FACIAL_RECOGNITION or X-WEAPON-DETECTION")
  List<String> capabilities = new ArrayList<>();

  @Option(
      names = "--category",
      paramLabel = "CODE",
      description = "a category code: ${COMPLETION-CANDIDATES}")
  List<AssetCategory> categories = new ArrayList<>();

  @Option(names = "--advanced", description = "only advanced CCTV (beyond recording and storing)")
  boolean advanced;

  @Option(names = "--owned", description = "only assets the organisation owns")
  boolean owned;

  @Option(names = "--operated", description = "only assets the organisation operates")
  boolean operated;

  @Option(names = "--overt", description = "only overt assets")
  boolean overt;

  @Option(names = "--covert", description = "only covert assets")
  boolean covert;

  @Option(
      names = "--as-at",
      paramLabel = "DATE",
      description = "only assets in service on DATE (yyyy-MM-dd)")
  @Nullable LocalDate asAt;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv")
  OutputFormat format = OutputFormat.table;

  @Override
  public Integer call() {
    List<Capability> wanted = new ArrayList<>();
    for (String code : capabilities) {
      if (!Capability.isValidCode(code)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--capability: \"" + code + "\" is not a capability code");
      }
      wanted.add(Capability.of(code));
    }
    if (overt && covert) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--overt and --covert cannot be given together");
    }
    Optional<AssetRegister> register = Inputs.register(file, spec.commandLine().getErr());
    if (register.isEmpty()) {
      return RegisterCli.BAD_INPUT;
    }
    AssetQuery query = register.get().query();
    if (manufacturer != null) {
      VendorGroup vendor;
      try {
        vendor = register.get().vendors().vendorNamed(manufacturer);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--manufacturer: " + e.getMessage());
      }
      if (!register.get().vendors().isListed(vendor)) {
        // Still a good question (the name is matched as written), but a misspelt "Hikvison"
        // should not pass for a vendor the register lacks.
        spec.commandLine()
            .getErr()
            .println(
                "register query: "
                    + Printable.quoted(manufacturer)
                    + " is not in the vendor directory: only assets recorded under that name"
                    + " match, not its brands or group");
      }
      query.manufacturer(manufacturer);
    }
    if (!wanted.isEmpty()) {
      query.capability(wanted);
    }
    if (!categories.isEmpty()) {
      query.category(categories);
    }
    if (advanced) {
      query.advanced();
    }
    if (owned) {
      query.owned();
    }
    if (operated) {
      query.operated();
    }
    if (overt) {
      query.overt();
    }
    if (covert) {
      query.covert();
    }
    if (asAt != null) {
      query.inServiceOn(asAt);
    }
    AssetTable.print(query.list(), format, spec.commandLine().getOut());
    return RegisterCli.OK;
  }
}
