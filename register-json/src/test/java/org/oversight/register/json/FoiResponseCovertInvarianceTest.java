package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.AssetCriteria;
import org.oversight.register.foi.AssetsQuestion;
import org.oversight.register.foi.ContractsQuestion;
import org.oversight.register.foi.DpiasQuestion;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.foi.Regime;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.model.RegisterContents;

/**
 * The contract's invariant for the JSON response: covert assets change no byte of it, for every
 * organisation kind and regime (the text and Markdown letters are held to it in register-core's
 * CovertInvarianceTest). QuickTheories, fixed seed.
 */
class FoiResponseCovertInvarianceTest {
  private static final List<String> MAKERS = List.of("Hikvision", "Axis", "Dahua", "EZVIZ");

  @Test
  void covertAssetsChangeNoByteOfTheJsonResponse() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              RegisterContents contents = RandomRegisters.generate(seed, 30);
              OrganisationKind[] kinds = OrganisationKind.values();
              int kind = random.nextInt(kinds.length + 1);
              Organisation organisation =
                  new Organisation(
                      "Random Authority",
                      kind == kinds.length ? null : kinds[kind],
                      random.nextBoolean() ? Nation.SCOTLAND : Nation.ENGLAND,
                      null,
                      null,
                      null);
              AssetRegister whole = AssetRegister.of(contents.withOrganisation(organisation));
              AssetRegister overtOnly = whole;
              for (Asset asset : whole.assets()) {
                if (asset.deployment() == Deployment.COVERT) {
                  overtOnly = overtOnly.withoutAsset(asset.id());
                }
              }
              FoiRequest request = request(random);

              assertThat(json(whole, request)).isEqualTo(json(overtOnly, request));
            });
  }

  private static String json(AssetRegister register, FoiRequest request) {
    return FoiJson.writeResponse(
        FoiResponder.standard()
            .respond(OvertRegister.of(register), request, request.receivedOn().plusDays(3)));
  }

  private static FoiRequest request(Random random) {
    AssetCriteria criteria = AssetCriteria.ANY;
    if (random.nextBoolean()) {
      criteria = criteria.withManufacturer(MAKERS.get(random.nextInt(MAKERS.size())));
    }
    if (random.nextInt(3) == 0) {
      criteria = criteria.withAdvanced(random.nextBoolean());
    }
    return new FoiRequest(
        "R-" + random.nextInt(100),
        LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2000)),
        random.nextInt(3) == 0 ? null : (random.nextBoolean() ? Regime.FOIA : Regime.FOISA),
        null,
        List.of(
            new AssetsQuestion("1", "Equipment", criteria, random.nextInt(4) == 0),
            new DpiasQuestion("2", "Their DPIAs", List.of("1"), false),
            new ContractsQuestion(
                "3", "Their contracts", List.of("1"), random.nextBoolean(), false)));
  }
}
