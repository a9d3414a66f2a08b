package org.oversight.register.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.json.FoiJson;
import org.oversight.register.model.Capability;
import org.oversight.register.testkit.Assets;
import org.oversight.register.testkit.SampleRegisters;

/**
 * An internal review months later asks what was held when the request came in: answering from the
 * register as recorded then reproduces the original letter, byte for byte, whatever was committed
 * since.
 */
class FoiReplayTest {
  @TempDir Path temp;

  @Test
  void theLetterFromTheRegisterAsRecordedAtReceiptIsTheOriginalByteForByte() throws Exception {
    FoiRequest request = FoiJson.readRequest(Path.of("../examples/essex-2021/request.json"));
    AssetRegister atReceipt = SampleRegisters.essex2021();
    String original = letter(atReceipt, request);
    Instant received = Instant.parse("2021-09-06T09:12:00Z");
    StoreLocation location = StoreLocation.directory(temp.resolve("store"));
    try (RegisterStore store = RegisterStore.init(location)) {
      store.commit(0, atReceipt, "steward", "register as at receipt", received.minusSeconds(3600));
      // Later: an overt Hikvision ANPR camera is bought, which the Essex request asks about.
      AssetRegister later =
          atReceipt.withAsset(
              Assets.anprCamera("CAM-2022-01")
                  .manufacturer("Hikvision")
                  .capabilities(Capability.RECORDING, Capability.NUMBER_PLATE_RECOGNITION)
                  .build());
      store.commit(1, later, "steward", "new ANPR camera", received.plusSeconds(86_400 * 30));
      assertThat(letter(later, request)).isNotEqualTo(original);
    }

    try (RecordedRegisters recorded = RecordedRegisters.open(location)) {
      AssetRegister then = recorded.asRecordedAt(received).orElseThrow();

      assertThat(letter(then, request)).isEqualTo(original);
    }
  }

  private static String letter(AssetRegister register, FoiRequest request) {
    return FoiRenderer.plainText(
        FoiResponder.standard().respond(OvertRegister.of(register), request));
  }
}
