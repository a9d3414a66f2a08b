package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Organisation;

/**
 * The contract's invariant: for any register and any request, adding, removing or changing covert
 * assets (and anything only they reference) changes no byte of any rendering: the text letter, the
 * Markdown letter and the officer's workings, NCND paragraph included, for every organisation kind
 * (and an unknown kind), every nation and every regime. QuickTheories, fixed seed (pom).
 */
class CovertInvarianceTest {

  @Test
  void covertRecordsChangeNoByteOfAnyRendering() {
    qt().withExamples(300)
        .forAll(longs().all(), longs().all(), longs().all())
        .checkAssert(
            (overtSeed, covertSeed, otherCovertSeed) -> {
              Random random = new Random(overtSeed);
              RandomRegisters.Part overt = RandomRegisters.overt(random);
              FoiRequest request = RandomRegisters.request(random);
              FoiResponder responder = FoiResponder.of(RandomRegisters.policy(random));
              Organisation organisation = RandomRegisters.organisation(random);
              RandomRegisters.Part covert = RandomRegisters.covert(new Random(covertSeed), overt);
              RandomRegisters.Part otherCovert =
                  RandomRegisters.covert(new Random(otherCovertSeed), overt);

              List<String> expected = render(responder, register(organisation, overt), request);
              assertThat(render(responder, register(organisation, overt.plus(covert)), request))
                  .isEqualTo(expected);
              assertThat(
                      render(responder, register(organisation, overt.plus(otherCovert)), request))
                  .isEqualTo(expected);
              for (String rendering : expected) {
                assertThat(rendering).doesNotContain("RIPA-");
              }
            });
  }

  @Test
  void changingOneCovertAssetToMatchTheQuestionChangesNothing() {
    qt().withExamples(200)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (overtSeed, covertSeed) -> {
              Random random = new Random(overtSeed);
              RandomRegisters.Part overt = RandomRegisters.overt(random);
              FoiRequest request = RandomRegisters.request(random);
              FoiResponder responder = FoiResponder.standard();
              Organisation organisation = RandomRegisters.organisation(random);
              RandomRegisters.Part covert = RandomRegisters.covert(new Random(covertSeed), overt);
              AssetRegister before = register(organisation, overt.plus(covert));
              AssetRegister after = before;
              for (Asset asset : covert.assets()) {
                // Make every covert asset an in-service Hikvision facial recognition system.
                after =
                    after.withAsset(
                        asset.toBuilder()
                            .manufacturer("Hikvision")
                            .category(
                                org.oversight.register.model.AssetCategory
                                    .FACIAL_RECOGNITION_SYSTEM)
                            .status(org.oversight.register.model.AssetStatus.IN_SERVICE)
                            .inServiceFrom(java.time.LocalDate.of(2000, 1, 1))
                            .inServiceUntil(null)
                            .build());
              }
              assertThat(render(responder, after, request))
                  .isEqualTo(render(responder, before, request));
            });
  }

  private static AssetRegister register(Organisation organisation, RandomRegisters.Part part) {
    return AssetRegister.of(
        organisation,
        java.time.LocalDate.of(2024, 1, 1),
        part.assets(),
        part.dpias(),
        part.contracts());
  }

  private static List<String> render(
      FoiResponder responder, AssetRegister register, FoiRequest request) {
    FoiResponse response =
        responder.respond(OvertRegister.of(register), request, request.receivedOn().plusDays(9));
    return List.of(
        FoiRenderer.plainText(response),
        FoiRenderer.markdown(response),
        FoiRenderer.standard().workings(response),
        String.join("\n", FoiRenderer.standard().warnings(response)));
  }
}
