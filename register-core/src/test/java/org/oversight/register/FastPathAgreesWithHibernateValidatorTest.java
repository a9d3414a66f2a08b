package org.oversight.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oversight.register.internal.FastChecks;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.Money;

/**
 * The fast path must give Hibernate Validator's verdict on every record: a record it passes has no
 * problem, and a record it fails has at least one.
 */
class FastPathAgreesWithHibernateValidatorTest {
  private static final String[] TEXTS = {
    "Hikvision",
    "x",
    " lead",
    "trail ",
    "\tTab",
    "",
    "  ",
    "in ner",
    "d".repeat(501),
    "n".repeat(2001)
  };
  private static final String[] IDS = {
    "CAM-1", "a.b_c:d-9", "", "has space", "A".repeat(64), "A".repeat(65), "é"
  };
  private static final String[] CAPABILITIES = {
    "RECORDING", "LIVE_FACIAL_RECOGNITION", "X-WEAPON", "X-", "X-lower", "RECORDINGS", "X-A1-B"
  };
  private static final String[] URLS = {
    "https://x.org/a", "http://x", "ftp://x.org", "/rel", "no url", "https://"
  };
  private static final LocalDate[] DATES = {
    LocalDate.of(2019, 4, 1),
    LocalDate.of(2018, 1, 1),
    LocalDate.of(2021, 9, 6),
    LocalDate.of(10000, 1, 1),
    LocalDate.of(0, 6, 1)
  };

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T maybe(SplittableRandom random, T[] values, T otherwise) {
    return random.nextInt(3) == 0 ? pick(random, values) : otherwise;
  }

  private static String nullableText(SplittableRandom random) {
    return random.nextInt(3) == 0 ? pick(random, TEXTS) : null;
  }

  static Asset randomAsset(SplittableRandom random) {
    List<Capability> capabilities = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      capabilities.add(Capability.of(pick(random, CAPABILITIES)));
    }
    Deployment deployment = random.nextBoolean() ? Deployment.OVERT : Deployment.COVERT;
    AssetStatus status = pick(random, AssetStatus.values());
    return Asset.builder(maybe(random, IDS, "CAM-0001"))
        .description(nullableText(random))
        .manufacturer(nullableText(random))
        .brand(nullableText(random))
        .model(nullableText(random))
        .site(nullableText(random))
        .notes(nullableText(random))
        .authorisationRef(random.nextInt(4) == 0 ? maybe(random, TEXTS, "RIPA/1") : null)
        .category(pick(random, AssetCategory.values()))
        .capabilities(capabilities)
        .deployment(deployment)
        .owned(random.nextInt(4) != 0)
        .operated(random.nextInt(4) != 0)
        .status(status)
        .inServiceFrom(random.nextInt(5) == 0 ? null : pick(random, DATES))
        .inServiceUntil(random.nextInt(2) == 0 ? null : pick(random, DATES))
        .quantity(pick(random, new Integer[] {1, 0, -1, 5, 10_000_000, 10_000_001}))
        .dpiaIds(random.nextInt(3) == 0 ? List.of(pick(random, IDS)) : List.of())
        .contractIds(random.nextInt(3) == 0 ? List.of(pick(random, IDS)) : List.of())
        .build();
  }

  static Dpia randomDpia(SplittableRandom random) {
    return Dpia.builder(
            maybe(random, IDS, "DPIA-1"),
            maybe(random, TEXTS, "Title"),
            pick(random, DpiaStatus.values()))
        .version(nullableText(random))
        .owner(nullableText(random))
        .completedOn(random.nextBoolean() ? null : LocalDate.of(2019, 1, 1))
        .url(random.nextBoolean() ? null : pick(random, URLS))
        .build();
  }

  static Contract randomContract(SplittableRandom random) {
    return Contract.builder(maybe(random, IDS, "C-1"), maybe(random, TEXTS, "Supplier Ltd"))
        .reference(nullableText(random))
        .title(nullableText(random))
        .procurementRoute(nullableText(random))
        .startDate(random.nextBoolean() ? null : pick(random, DATES))
        .endDate(random.nextBoolean() ? null : pick(random, DATES))
        .value(
            random.nextBoolean()
                ? null
                : new Money(
                    new BigDecimal(pick(random, new String[] {"0", "1.00", "-0.01", "125000.00"})),
                    Currency.getInstance("GBP")))
        .publishedUrl(random.nextBoolean() ? null : pick(random, URLS))
        .build();
  }

  @Test
  void the_fast_path_gives_hibernate_validators_verdict_on_assets() {
    qt().withExamples(3000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Asset asset = randomAsset(new SplittableRandom(seed));
              boolean hvValid = RegisterValidator.standard().hibernateProblems(asset).isEmpty();
              assertThat(FastChecks.isValid(asset)).as("%s", asset).isEqualTo(hvValid);
            });
  }

  @Test
  void the_fast_path_gives_hibernate_validators_verdict_on_dpias_and_contracts() {
    qt().withExamples(2000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              Dpia dpia = randomDpia(random);
              Contract contract = randomContract(random);
              boolean dpiaValid = RegisterValidator.standard().hibernateProblems(dpia).isEmpty();
              boolean contractValid =
                  RegisterValidator.standard().hibernateProblems(contract).isEmpty();
              assertThat(FastChecks.isValid(dpia)).as("%s", dpia).isEqualTo(dpiaValid);
              assertThat(FastChecks.isValid(contract)).as("%s", contract).isEqualTo(contractValid);
            });
  }
}
