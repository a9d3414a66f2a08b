package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetQuery;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Organisation;

/**
 * The overt view is derived from the whole register (its index restricted, nothing validated
 * again); it must answer every question exactly as a register built afresh from the overt records
 * alone. QuickTheories, fixed seed (pom).
 */
class OvertRegisterTest {

  private static final LocalDate AS_AT = LocalDate.of(2024, 1, 1);

  /** Questions whose answers use every kind of set the index keeps. */
  private static final List<Function<AssetQuery, AssetQuery>> QUESTIONS =
      List.of(
          q -> q,
          q -> q.manufacturer("Hikvision"),
          q -> q.manufacturer("Dahua").ownedOrOperated(),
          q -> q.manufacturerUnknown(),
          q -> q.capability(Capability.LIVE_FACIAL_RECOGNITION, Capability.NIGHT_VISION),
          q -> q.capability(Capability.RECORDING).inServiceOn(AS_AT),
          q -> q.category(AssetCategory.values()).owned(),
          q -> q.status(AssetStatus.IN_SERVICE).operated(),
          q -> q.advanced(),
          q -> q.overt(),
          q -> q.inServiceOn(AS_AT),
          q -> q.inServiceOn(LocalDate.of(2019, 6, 1)).ownedOrOperated(),
          q -> q.inServiceOn(LocalDate.of(2030, 1, 1)).advanced());

  @Test
  void theDerivedViewAnswersAsARegisterBuiltFromTheOvertRecords() {
    qt().withExamples(200)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (overtSeed, covertSeed) -> {
              Random random = new Random(overtSeed);
              RandomRegisters.Part overt = RandomRegisters.overt(random);
              Organisation organisation = RandomRegisters.organisation(random);
              RandomRegisters.Part covert = RandomRegisters.covert(new Random(covertSeed), overt);
              AssetRegister whole = register(organisation, overt.plus(covert));
              AssetRegister fresh = register(organisation, referencedOnly(overt));

              AssetRegister derived = whole.overtOnly();

              assertThat(derived).isEqualTo(fresh);
              assertThat(derived.overtOnly()).isSameAs(derived);
              assertThat(whole.overtOnly()).isSameAs(derived);
              assertThat(OvertRegister.of(whole)).isEqualTo(OvertRegister.of(fresh));
              for (Function<AssetQuery, AssetQuery> question : QUESTIONS) {
                assertThat(question.apply(derived.query()).list())
                    .isEqualTo(question.apply(fresh.query()).list());
                assertThat(question.apply(derived.query()).count())
                    .isEqualTo(question.apply(fresh.query()).count());
              }
            });
  }

  @Test
  void aRegisterWithNothingOvertHasAnEmptyView() {
    RandomRegisters.Part covert =
        RandomRegisters.covert(
            new Random(8), new RandomRegisters.Part(List.of(), List.of(), List.of()));
    AssetRegister onlyCovert = register(Organisation.named("Test Police"), covert);

    AssetRegister derived = onlyCovert.overtOnly();

    assertThat(derived.assets()).isEmpty();
    assertThat(derived.dpias()).isEmpty();
    assertThat(derived.contracts()).isEmpty();
    assertThat(derived.query().count().entries()).isZero();
    assertThat(derived.query().inServiceOn(AS_AT).list()).isEmpty();
  }

  /** The part's assets with only the DPIAs and contracts they refer to. */
  private static RandomRegisters.Part referencedOnly(RandomRegisters.Part part) {
    Set<String> dpiaIds = new HashSet<>();
    Set<String> contractIds = new HashSet<>();
    for (Asset asset : part.assets()) {
      dpiaIds.addAll(asset.dpiaIds());
      contractIds.addAll(asset.contractIds());
    }
    return new RandomRegisters.Part(
        part.assets(),
        part.dpias().stream().filter(d -> dpiaIds.contains(d.id())).toList(),
        part.contracts().stream().filter(c -> contractIds.contains(c.id())).toList());
  }

  private static AssetRegister register(Organisation organisation, RandomRegisters.Part part) {
    return AssetRegister.of(organisation, AS_AT, part.assets(), part.dpias(), part.contracts());
  }
}
