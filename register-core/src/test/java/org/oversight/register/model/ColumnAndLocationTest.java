package org.oversight.register.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Flat columns from a record's description (confidential fields such as notes left out), and
 * positions kept exactly to seven decimals.
 */
class ColumnAndLocationTest {

  @Test
  void assetColumnsAreItsFieldsInOrderWithNestedFieldsDottedAndNothingConfidential() {
    List<Column<Asset>> columns = Column.of(Asset.TYPE);

    assertThat(columns.stream().map(Column::name).collect(Collectors.joining(" ")))
        .isEqualTo(
            "id description manufacturer brand model category capabilities deployment owned"
                + " operated status inServiceFrom inServiceUntil expectedInService quantity site area"
                + " location.latitude location.longitude dpiaIds contractIds");
    Column<Asset> latitude =
        columns.stream()
            .filter(c -> c.name().equals("location.latitude"))
            .findFirst()
            .orElseThrow();
    assertThat(latitude.path()).containsExactly(Asset.LOCATION, Location.LATITUDE);
    assertThat(latitude.field()).isEqualTo(Location.LATITUDE);
    assertThat(latitude.label()).isNotBlank();
    assertThat(latitude.toString()).contains("location.latitude");

    Asset asset =
        Asset.builder("CAM-1")
            .category(AssetCategory.FIXED_CAMERA)
            .capabilities(Capability.RECORDING, Capability.LIVE_VIEW)
            .deployment(Deployment.OVERT)
            .owned(true)
            .operated(false)
            .status(AssetStatus.IN_SERVICE)
            .inServiceFrom(LocalDate.of(2020, 1, 1))
            .location(Location.of("51.7356", "0.4685"))
            .build();
    assertThat(columns.stream().map(c -> String.valueOf(c.text(asset))).toList())
        .containsExactly(
            "CAM-1",
            "null",
            "null",
            "null",
            "null",
            "FIXED_CAMERA",
            "RECORDING;LIVE_VIEW",
            "OVERT",
            "true",
            "false",
            "IN_SERVICE",
            "2020-01-01",
            "null",
            "null",
            "1",
            "null",
            "null",
            "51.7356",
            "0.4685",
            "",
            "");
    Asset nowhere = asset.toBuilder().location(null).build();
    assertThat(latitude.text(nowhere)).isNull();
  }

  @Test
  void aLocationKeepsSevenDecimalsExactlyAndNeverPrintsItself() {
    Location here = Location.of("51.1234567", "-0.1000000");

    assertThat(here.latitude()).isEqualTo(new BigDecimal("51.1234567"));
    assertThat(here.longitude()).isEqualTo(new BigDecimal("-0.1"));
    assertThat(Location.of("52", "1").latitude()).isEqualTo(new BigDecimal("52"));
    assertThat(Location.of("52", "1").latitude().scale()).isZero();
    assertThat(here.latitudeDegrees()).isEqualTo(51.1234567);
    assertThat(here.longitudeDegrees()).isEqualTo(-0.1);
    assertThat(here).hasToString("Location[<withheld>]");
    assertThat(here)
        .isEqualTo(Location.of("51.12345670", "-0.1"))
        .hasSameHashCodeAs(Location.of("51.12345670", "-0.1"))
        .isNotEqualTo(Location.of("51.1234568", "-0.1"))
        .isNotEqualTo(Location.of("51.1234567", "-0.1000001"))
        .isNotEqualTo("51.1234567,-0.1");
    int latitudeE7 = here.latitude().movePointRight(7).intValueExact();
    assertThat(here.hashCode()).isEqualTo(latitudeE7 * 31 + -1000000);
    assertThat(Location.TYPE.text(here)).isEqualTo("51.1234567,-0.1");
    assertThatThrownBy(() -> Location.of("90.1", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latitude must be between -90 and 90 degrees");
    assertThatThrownBy(() -> Location.of("0", "180.00000001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("longitude must be between -180 and 180 degrees");
    assertThat(Location.of("-90", "180").longitude()).isEqualTo(new BigDecimal("180"));
  }
}
