package org.oversight.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.Location;
import org.oversight.register.model.Money;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;

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
  private static final String[] EMAILS = {"foi@essex.police.uk", "no-at-sign", "a@b", "x y@z.org"};
  private static final String[] LATITUDES = {"51.7356", "-90", "89.1234567"};
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
    return random.nextInt(6) == 0 ? pick(random, values) : otherwise;
  }

  /** Mostly absent or plain, sometimes any of the awkward texts: valid and invalid records mix. */
  private static String nullableText(SplittableRandom random) {
    int roll = random.nextInt(16);
    return roll == 0 ? pick(random, TEXTS) : roll < 8 ? null : "Hikvision";
  }

  static Asset randomAsset(SplittableRandom random) {
    List<Capability> capabilities = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      capabilities.add(Capability.of(pick(random, CAPABILITIES)));
    }
    Deployment deployment = random.nextBoolean() ? Deployment.OVERT : Deployment.COVERT;
    AssetStatus status = pick(random, AssetStatus.values());
    // Values, not the builder: the builder refuses invalid values, and these must reach validation.
    return Asset.TYPE
        .newValues()
        .set(Asset.ID, AssetId.of(maybe(random, IDS, "CAM-0001")))
        .set(Asset.DESCRIPTION, nullableText(random))
        .set(Asset.MANUFACTURER, nullableText(random))
        .set(Asset.BRAND, nullableText(random))
        .set(Asset.MODEL, nullableText(random))
        .set(Asset.SITE, nullableText(random))
        .set(Asset.AREA, nullableText(random))
        .set(
            Asset.LOCATION,
            random.nextInt(3) == 0 ? Location.of(pick(random, LATITUDES), "0.5") : null)
        .set(Asset.NOTES, nullableText(random))
        .set(
            Asset.AUTHORISATION_REF, random.nextInt(4) == 0 ? maybe(random, TEXTS, "RIPA/1") : null)
        .set(Asset.CATEGORY, pick(random, AssetCategory.values()))
        .set(Asset.CAPABILITIES, ImmutableSortedSet.copyOf(capabilities))
        .set(Asset.DEPLOYMENT, deployment)
        .set(Asset.OWNED, random.nextInt(8) != 0)
        .set(Asset.OPERATED, random.nextInt(4) != 0)
        .set(Asset.STATUS, status)
        .set(Asset.IN_SERVICE_FROM, random.nextInt(5) == 0 ? null : pick(random, DATES))
        .set(Asset.IN_SERVICE_UNTIL, random.nextInt(2) == 0 ? null : pick(random, DATES))
        .set(Asset.QUANTITY, maybe(random, new Integer[] {1, 0, -1, 5, 10_000_000, 10_000_001}, 1))
        .set(Asset.DPIA_IDS, random.nextInt(3) == 0 ? List.of(pick(random, IDS)) : List.of())
        .set(
            Asset.CONTRACT_IDS,
            random.nextInt(3) == 0 ? List.of(pick(random, IDS), pick(random, IDS)) : List.of())
        .build();
  }

  static Dpia randomDpia(SplittableRandom random) {
    return Dpia.TYPE
        .newValues()
        .set(Dpia.ID, maybe(random, IDS, "DPIA-1"))
        .set(Dpia.TITLE, maybe(random, TEXTS, "Title"))
        .set(Dpia.STATUS, pick(random, DpiaStatus.values()))
        .set(Dpia.VERSION, nullableText(random))
        .set(Dpia.OWNER, nullableText(random))
        .set(Dpia.OWNER_ROLE, nullableText(random))
        .set(Dpia.COMPLETED_ON, random.nextBoolean() ? null : pick(random, DATES))
        .set(Dpia.URL, random.nextBoolean() ? null : pick(random, URLS))
        .build();
  }

  static Contract randomContract(SplittableRandom random) {
    return Contract.TYPE
        .newValues()
        .set(Contract.ID, maybe(random, IDS, "C-1"))
        .set(Contract.SUPPLIER, maybe(random, TEXTS, "Supplier Ltd"))
        .set(Contract.REFERENCE, nullableText(random))
        .set(Contract.TITLE, nullableText(random))
        .set(Contract.PROCUREMENT_ROUTE, nullableText(random))
        .set(Contract.START_DATE, random.nextBoolean() ? null : pick(random, DATES))
        .set(Contract.END_DATE, random.nextBoolean() ? null : pick(random, DATES))
        .set(
            Contract.VALUE,
            random.nextBoolean()
                ? null
                : new Money(
                    new BigDecimal(
                        pick(
                            random, new String[] {"0", "1.00", "-0.01", "125000.00", "1.1234567"})),
                    Currency.getInstance("GBP")))
        .set(Contract.PUBLISHED_URL, random.nextBoolean() ? null : pick(random, URLS))
        .build();
  }

  static Organisation randomOrganisation(SplittableRandom random) {
    FoiContact contact =
        random.nextInt(3) == 0
            ? null
            : new FoiContact(
                nullableText(random),
                random.nextBoolean() ? null : pick(random, EMAILS),
                random.nextBoolean() ? null : pick(random, URLS));
    return new Organisation(
        maybe(random, TEXTS, "Essex Police"),
        random.nextBoolean() ? null : pick(random, OrganisationKind.values()),
        random.nextBoolean() ? null : pick(random, Nation.values()),
        contact,
        null,
        nullableText(random));
  }

  @Test
  void fastPathGivesHibernateValidatorsVerdictOnAssets() {
    qt().withExamples(3000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Asset asset = randomAsset(new SplittableRandom(seed));
              boolean hvValid = RegisterValidator.hibernateProblems(asset).isEmpty();
              assertThat(Asset.TYPE.isValid(asset)).as("%s", asset).isEqualTo(hvValid);
            });
  }

  @Test
  void fastPathGivesHibernateValidatorsVerdictOnOtherRecords() {
    qt().withExamples(2000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              Dpia dpia = randomDpia(random);
              Contract contract = randomContract(random);
              Organisation organisation = randomOrganisation(random);
              assertThat(Dpia.TYPE.isValid(dpia))
                  .as("%s", dpia)
                  .isEqualTo(RegisterValidator.hibernateProblems(dpia).isEmpty());
              assertThat(Contract.TYPE.isValid(contract))
                  .as("%s", contract)
                  .isEqualTo(RegisterValidator.hibernateProblems(contract).isEmpty());
              assertThat(Organisation.TYPE.isValid(organisation))
                  .isEqualTo(RegisterValidator.hibernateProblems(organisation).isEmpty());
            });
  }

  @Test
  void randomRecordsAreSometimesValidAndSometimesNot() {
    int valid = 0;
    for (long seed = 0; seed < 500; seed++) {
      valid += Asset.TYPE.isValid(randomAsset(new SplittableRandom(seed))) ? 1 : 0;
    }
    assertThat(valid).isBetween(10, 490);
  }
}
