package org.oversight.register.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.testkit.RegisterGenerator;

/**
 * The contract's invariant for the public report: adding, removing or changing covert assets (and
 * anything only they refer to) changes no byte of the page, whatever the options and the day.
 */
class CovertInvarianceTest {
  private static final String COVERT = "COVERT-";

  @Test
  void covertRecordsChangeNoByteOfThePage() {
    qt().withFixedSeed(20_241_117L)
        .withExamples(150)
        .forAll(longs().all(), longs().all(), longs().all(), integers().between(-800, 800))
        .checkAssert(
            (overtSeed, covertSeed, otherCovertSeed, daysAndLocations) -> {
              int days = daysAndLocations / 2;
              boolean publishLocations = daysAndLocations % 2 == 0;
              RegisterContents base =
                  RegisterGenerator.seeded(overtSeed).contents(1 + Math.floorMod(overtSeed, 40));
              RegisterContents overt = overtOnly(base);
              ReportOptions options =
                  publishLocations
                      ? ReportOptions.builder().publishLocations().build()
                      : ReportOptions.standard();
              LocalDate date = base.asAt().plusDays(days);

              byte[] expected = page(overt, date, options);
              assertThat(page(base, date, options)).isEqualTo(expected);
              assertThat(page(withCovert(overt, covertSeed), date, options)).isEqualTo(expected);
              assertThat(page(withCovert(base, otherCovertSeed), date, options))
                  .isEqualTo(expected);
              assertThat(new String(expected, StandardCharsets.UTF_8)).doesNotContain(COVERT);
            });
  }

  private static byte[] page(RegisterContents contents, LocalDate date, ReportOptions options) {
    return ReportHtml.bytes(
        TransparencyReport.of(OvertRegister.of(AssetRegister.of(contents)), date, options));
  }

  /** The same register without its covert assets (their DPIAs and contracts stay, unreferenced). */
  private static RegisterContents overtOnly(RegisterContents contents) {
    return new RegisterContents(
        contents.organisation(),
        contents.asAt(),
        contents.assets().stream().filter(a -> a.deployment() == Deployment.OVERT).toList(),
        contents.dpias(),
        contents.contracts());
  }

  /**
   * Adds another generated register's assets, all made covert, with DPIAs and contracts of their
   * own, and links to the overt DPIAs and contracts too.
   */
  private static RegisterContents withCovert(RegisterContents contents, long seed) {
    RegisterContents other =
        RegisterGenerator.seeded(seed).contents(1 + Math.floorMod(seed, 30), contents.asAt());
    List<Asset> assets = new ArrayList<>(contents.assets());
    List<Dpia> dpias = new ArrayList<>(contents.dpias());
    List<Contract> contracts = new ArrayList<>(contents.contracts());
    other.dpias().forEach(d -> dpias.add(d.toBuilder().id(COVERT + d.id()).build()));
    other.contracts().forEach(c -> contracts.add(c.toBuilder().id(COVERT + c.id()).build()));
    for (Asset asset : other.assets()) {
      List<String> dpiaIds = new ArrayList<>();
      asset.dpiaIds().forEach(id -> dpiaIds.add(COVERT + id));
      contents.dpias().stream().findFirst().ifPresent(d -> dpiaIds.add(d.id()));
      List<String> contractIds = new ArrayList<>();
      asset.contractIds().forEach(id -> contractIds.add(COVERT + id));
      contents.contracts().stream().findFirst().ifPresent(c -> contractIds.add(c.id()));
      assets.add(
          asset.toBuilder()
              .id(COVERT + asset.id().value())
              .deployment(Deployment.COVERT)
              .dpiaIds(dpiaIds)
              .contractIds(contractIds)
              .build());
    }
    return new RegisterContents(contents.organisation(), contents.asAt(), assets, dpias, contracts);
  }
}
