package org.oversight.register.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Dpia;
import org.oversight.register.testkit.Dpias;
import org.oversight.register.testkit.RegisterGenerator;

/** The report's figures agree with the register's own queries. */
class TransparencyReportTest {

  @Test
  void figuresAgreeWithTheRegistersQueriesOnRandomRegisters() {
    for (long seed = 1; seed <= 40; seed++) {
      AssetRegister register = RegisterGenerator.seeded(seed).register((int) (seed * 5));
      OvertRegister overt = OvertRegister.of(register);
      LocalDate date = register.asAt().minusDays(seed * 20);
      TransparencyReport report = TransparencyReport.of(overt, date);

      long units = overt.query().inServiceOn(date).count().units();
      assertThat(report.totalUnits()).isEqualTo(units);
      report
          .categories()
          .forEach(
              c ->
                  assertThat(c.units())
                      .isEqualTo(
                          overt.query().inServiceOn(date).category(c.category()).count().units()));
      assertThat(report.unknownManufacturerUnits())
          .isEqualTo(overt.query().manufacturerUnknown().inServiceOn(date).count().units());
      assertThat(
              report.vendors().stream().mapToLong(TransparencyReport.VendorFigure::units).sum()
                  + report.unknownManufacturerUnits())
          .isEqualTo(units);
      report
          .overTime()
          .forEach(
              p ->
                  assertThat(p.units())
                      .isEqualTo(overt.query().inServiceOn(p.date()).count().units()));
      assertThat(report.overTime().get(report.overTime().size() - 1).date()).isEqualTo(date);
      assertThat(report.overTime()).hasSizeLessThanOrEqualTo(TransparencyReport.MAX_SERVICE_POINTS);
      assertThat(report.listedUnits()).isBetween(0L, units);
      assertThat(report.dpiaCoveredUnits()).isBetween(0L, units);
    }
  }

  @Test
  void aDpiaIsCurrentWhenApprovedCompletedAndNotPastReview() {
    Dpia dpia =
        Dpias.approved("D-1")
            .completedOn(LocalDate.of(2020, 1, 1))
            .reviewDue(LocalDate.of(2022, 1, 1))
            .build();

    assertThat(TransparencyReport.isCurrent(dpia, LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(TransparencyReport.isCurrent(dpia, LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(TransparencyReport.isCurrent(dpia, LocalDate.of(2022, 1, 1))).isTrue();
    assertThat(TransparencyReport.isCurrent(dpia, LocalDate.of(2022, 1, 2))).isFalse();
    assertThat(TransparencyReport.isCurrent(Dpias.draft("D-2").build(), LocalDate.of(2022, 1, 1)))
        .isFalse();
  }

  @Test
  void theCouncilExampleCountsItsLocatedCamerasAndItsUnknownMaker() {
    AssetRegister register = Examples.council();
    TransparencyReport report = TransparencyReport.of(OvertRegister.of(register), register.asAt());

    List<Asset> located = report.located();
    assertThat(located).hasSize(15);
    assertThat(located.stream().mapToLong(Asset::quantity).sum()).isEqualTo(29);
    assertThat(report.totalUnits()).isEqualTo(73);
    assertThat(report.unknownManufacturerUnits()).isEqualTo(2);
    assertThat(report.vendors().get(0).group().name()).isEqualTo("Motorola Solutions");
    assertThat(report.lists()).extracting(l -> l.list().id()).contains("UK-WMS-2022-11-24");
  }
}
