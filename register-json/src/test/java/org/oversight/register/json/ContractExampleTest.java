package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Capability;
import org.oversight.register.model.RegisterContents;

class ContractExampleTest {
  static String resource(String name) {
    try (InputStream in = ContractExampleTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void contractExampleReadsAndValidates() throws Exception {
    AssetRegister register = RegisterJson.standard().parse(resource("contract-example.json"));

    assertThat(register.organisation().name()).isEqualTo("Essex Police");
    assertThat(register.organisation().isNameOnly()).isTrue();
    assertThat(register.asAt()).isEqualTo(LocalDate.of(2021, 9, 6));
    Asset camera = register.assets().get(0);
    assertThat(camera.quantity()).isEqualTo(12);
    assertThat(camera.capabilities())
        .containsExactly(Capability.RECORDING, Capability.LIVE_VIEW, Capability.PAN_TILT_ZOOM);
    assertThat(register.contracts().get(0).value().amount()).isEqualTo(new BigDecimal("125000.00"));
    assertThat(register.dpias().get(0).icoConsulted()).isFalse();
  }

  @Test
  void contractExampleIsWrittenAsSchemaVersion2() throws Exception {
    String v1 = resource("contract-example.json");

    String written = RegisterJson.standard().writeString(RegisterJson.standard().parse(v1));

    assertThat(written).isEqualTo(resource("contract-example-v2.json"));
    assertThat(written)
        .contains(
            "\"schemaVersion\": 2", "\"organisation\": {\n    \"name\": \"Essex Police\"\n  }");
  }

  @Test
  void schemaVersion2WritesBackByteIdentically() throws Exception {
    String document = resource("contract-example-v2.json");

    AssetRegister register = RegisterJson.standard().parse(document);
    RegisterContents contents = RegisterJson.standard().parseContents(document);

    assertThat(RegisterJson.standard().writeString(register)).isEqualTo(document);
    assertThat(RegisterJson.standard().writeString(contents)).isEqualTo(document);
  }
}
