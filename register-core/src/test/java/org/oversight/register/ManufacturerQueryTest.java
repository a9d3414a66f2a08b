package org.oversight.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Deployment;

class ManufacturerQueryTest {
  private static final LocalDate AS_AT = LocalDate.of(2021, 9, 6);

  private static Asset camera(String id, @Nullable String manufacturer, @Nullable String brand) {
    return Asset.builder(id)
        .manufacturer(manufacturer)
        .brand(brand)
        .category(AssetCategory.FIXED_CAMERA)
        .deployment(Deployment.OVERT)
        .owned(true)
        .status(AssetStatus.IN_SERVICE)
        .inServiceFrom(LocalDate.of(2019, 1, 1))
        .build();
  }

  private final AssetRegister register =
      AssetRegister.of(
          "Test Police",
          AS_AT,
          List.of(
              camera("CAM-1", "Hikvision", null),
              camera("CAM-2", null, "EZVIZ"),
              camera("CAM-3", "HikVision", null),
              camera("CAM-4", "Hangzhou Hikvision Digital Technology Co., Ltd.", null),
              camera("CAM-5", "Hik Vision", null),
              camera("CAM-6", "Hikvison", null),
              camera("CAM-7", "Axis Communications", "Axis"),
              camera("CAM-8", null, null),
              camera("CAM-9", null, "Lorex")),
          List.of(),
          List.of());

  @Test
  void hikvisionFindsBrandOnlyAndMisspelledAssetsAndSaysWhy() {
    Map<String, List<String>> reasons =
        register.query().manufacturer("Hikvision").matches().stream()
            .collect(Collectors.toMap(m -> m.asset().id().value(), AssetMatch::reasons));

    assertThat(reasons).containsOnlyKeys("CAM-1", "CAM-2", "CAM-3", "CAM-4", "CAM-5", "CAM-6");
    assertThat(reasons.get("CAM-1")).containsExactly("manufacturer \"Hikvision\" is Hikvision");
    assertThat(reasons.get("CAM-2"))
        .singleElement()
        .asString()
        .startsWith("brand \"EZVIZ\" is EZVIZ, part of Hikvision on 2021-09-06 (source: ");
    assertThat(reasons.get("CAM-6"))
        .containsExactly("manufacturer \"Hikvison\" is Hikvision (a listed alias)");
    assertThat(reasons.get("CAM-4"))
        .containsExactly(
            "manufacturer \"Hangzhou Hikvision Digital Technology Co., Ltd.\" is Hikvision (a"
                + " listed alias)");
  }

  @Test
  void unknownManufacturerIsNeverSilentlyNotHikvision() {
    assertThat(register.query().manufacturer("Hikvision").ids())
        .extracting(id -> id.value())
        .doesNotContain("CAM-8");
    assertThat(register.query().manufacturerUnknown().ids())
        .extracting(id -> id.value())
        .containsExactly("CAM-8");
  }

  @Test
  void dahuaFindsLorexOnlyWhileDahuaOwnedIt() {
    assertThat(register.query().manufacturer("Dahua").inServiceOn(AS_AT).ids())
        .extracting(id -> id.value())
        .containsExactly("CAM-9");
    assertThat(register.query().manufacturer("Dahua").inServiceOn(LocalDate.of(2025, 1, 1)).ids())
        .isEmpty();
  }

  @Test
  void canonFindsAxisThroughItsGroup() {
    assertThat(register.query().manufacturer("Canon").matches())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.asset().id().value()).isEqualTo("CAM-7");
              assertThat(m.reasons()).singleElement().asString().contains("part of Canon");
            });
  }
}
