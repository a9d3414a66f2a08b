package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Money;
import org.oversight.register.model.RegisterContents;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module writes and reads records exactly as the register format does. */
class RegisterJsonModuleTest {
  private static final String ASSET =
      "{\"id\": \"CAM-1\", \"category\": \"FIXED_CAMERA\", \"capabilities\": [], \"deployment\": \"OVERT\", \"owned\":"
          + " true, \"operated\": true, \"status\": \"PLANNED\", \"quantity\": 2}";

  private final JsonMapper mapper =
      JsonMapper.builder().addModule(new RegisterJsonModule()).build();

  @Test
  void aRecordIsWrittenAndReadAsTheFormatWritesIt() throws Exception {
    Asset asset = RegisterJson.standard().parseRecord(Asset.TYPE, ASSET);

    String written = mapper.writeValueAsString(asset);

    assertThat(written).isEqualTo(ASSET);
    assertThat(mapper.readValue(written, Asset.class)).isEqualTo(asset);
    assertThat(mapper.writeValueAsString(Money.of("12.50", "EUR")))
        .isEqualTo("{\"amount\": \"12.50\", \"currency\": \"EUR\"}");
  }

  @Test
  void aRecordThatBreaksItsRulesDoesNotRead() {
    String bad = ASSET.replace("\"quantity\": 2", "\"quantity\": 0, \"colour\": \"red\"");

    assertThatThrownBy(() -> mapper.readValue(bad, Asset.class))
        .hasMessageContaining("/quantity: must be at least 1")
        .hasMessageContaining("/colour: unknown field \"colour\"");
    assertThatThrownBy(() -> mapper.readValue("{\"id\": \"CAM-1\"}", Asset.class))
        .hasMessageContaining("missing required field \"category\"");
  }

  @Test
  void aRegisterIsWrittenAsItsWholeDocument() throws Exception {
    RegisterContents contents = RandomRegisters.generate(31, 3);
    String document = RegisterJson.standard().writeString(contents);

    assertThat(mapper.writeValueAsString(contents)).isEqualTo(document.stripTrailing());
    assertThat(mapper.writeValueAsString(AssetRegister.of(contents)))
        .isEqualTo(RegisterJson.standard().writeString(AssetRegister.of(contents)).stripTrailing());
  }
}
