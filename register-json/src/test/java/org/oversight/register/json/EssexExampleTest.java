package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Nation;
import org.oversight.register.model.OrganisationKind;

class EssexExampleTest {
  static final Path EXAMPLE = Path.of("../examples/essex-2021/register.json");

  @Test
  void essexExampleReadsAndValidates() throws Exception {
    AssetRegister register = RegisterJson.standard().read(EXAMPLE);

    assertThat(register.organisation().name()).isEqualTo("Essex Police");
    assertThat(register.organisation().kind()).isEqualTo(OrganisationKind.POLICE_FORCE);
    assertThat(register.organisation().nation()).isEqualTo(Nation.ENGLAND);
    assertThat(register.organisation().foiContact()).isNotNull();
    assertThat(register.asAt()).isEqualTo(LocalDate.of(2021, 9, 6));
    assertThat(register.assets())
        .extracting(Asset::category)
        .contains(
            AssetCategory.FIXED_CAMERA,
            AssetCategory.BODY_WORN_CAMERA,
            AssetCategory.FACIAL_RECOGNITION_SYSTEM);
    assertThat(register.assets())
        .filteredOn(Asset::isCovert)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.authorisationRef()).isNotBlank());
    assertThat(register.assets())
        .filteredOn(a -> a.hasCapability(Capability.LIVE_FACIAL_RECOGNITION))
        .allMatch(Asset::isCovert);
    assertThat(register.dpias()).isNotEmpty();
    assertThat(register.contracts()).anySatisfy(c -> assertThat(c.value()).isNotNull());
  }

  @Test
  void essexExampleIsInCanonicalForm() throws Exception {
    String document = Files.readString(EXAMPLE);

    assertThat(RegisterJson.standard().writeString(RegisterJson.standard().parseContents(document)))
        .isEqualTo(document);
  }
}
