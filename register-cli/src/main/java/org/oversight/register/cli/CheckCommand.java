package org.oversight.register.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.compliance.ComplianceReport;
import org.oversight.register.compliance.SurveySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register check FILE}. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Prints the register's compliance findings, and with --survey the survey summary.",
    description = {
      "Findings: advanced assets without an approved DPIA, DPIA reviews overdue, DPIAs in draft"
          + " for assets in service, contracts ended while their assets are in service,"
          + " restricted vendors (US NDAA s889, FCC Covered List, UK statement of 24 Nov 2022),"
          + " unknown manufacturers, and covert assets without an authorisation reference. Each"
          + " overt finding names the Surveillance Camera Code principle it concerns.",
      "Findings are information, not failure: exit 0 unless the file is bad (1) or usage is (2)."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "FILE", description = "the register file (JSON)")
  Path file = Path.of("");

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "the date to check as at (yyyy-MM-dd); default: the register's as-at date")
  @Nullable LocalDate on;

  @Option(
      names = "--survey",
      description = "also print the survey summary (units by category and manufacturer group)")
  boolean survey;

  @Override
  public Integer call() {
    Optional<AssetRegister> register = Inputs.register(file, spec.commandLine().getErr());
    if (register.isEmpty()) {
      return RegisterCli.BAD_INPUT;
    }
    LocalDate date = on != null ? on : register.get().asAt();
    spec.commandLine().getOut().print(ComplianceReport.of(register.get(), date).toText());
    if (survey) {
      spec.commandLine().getOut().println();
      spec.commandLine().getOut().print(SurveySummary.of(register.get(), date).toText());
    }
    spec.commandLine().getOut().flush();
    return RegisterCli.OK;
  }
}
