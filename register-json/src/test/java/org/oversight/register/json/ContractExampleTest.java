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
    AssetRegister register = RegisterJson.standard().read(resource("contract-example.json"));

    assertThat(register.organisation()).isEqualTo("Essex Police");
    assertThat(register.asAt()).isEqualTo(LocalDate.of(2021, 9, 6));
    Asset camera = register.assets().get(0);
    assertThat(camera.quantity()).isEqualTo(12);
    assertThat(camera.capabilities())
        .containsExactly(Capability.RECORDING, Capability.LIVE_VIEW, Capability.PAN_TILT_ZOOM);
    assertThat(register.contracts().get(0).value().amount()).isEqualTo(new BigDecimal("125000.00"));
    assertThat(register.dpias().get(0).icoConsulted()).isFalse();
  }

  @Test
  void contractExampleWritesBackByteIdentically() throws Exception {
    String document = resource("contract-example.json");

    AssetRegister register = RegisterJson.standard().read(document);
    RegisterContents contents = RegisterJson.standard().readContents(document);

    assertThat(RegisterJson.standard().writeString(register)).isEqualTo(document);
    assertThat(RegisterJson.standard().writeString(contents)).isEqualTo(document);
  }
}
