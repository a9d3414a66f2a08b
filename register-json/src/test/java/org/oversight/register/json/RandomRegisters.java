package org.oversight.register.json;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
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
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.ResidualRisk;

/**
 * Valid random registers from a seed. Private to this module's tests: the testkit depends on
 * register-json, so these tests cannot use it.
 */
final class RandomRegisters {
  private static final String[] TEXTS = {
    "Axis Communications",
    "Hikvision",
    "EZVIZ",
    "Motorola Solutions",
    "Café \"Zoë\" / 北京",
    "back\\slash",
    "tab\there",
    "line\nbreak",
    "Chelmsford town centre",
    "a",
    "ÅÄÖ 🎥 camera",
  };
  private static final AssetCategory[] CATEGORIES = AssetCategory.values();
  private static final AssetStatus[] STATUSES = AssetStatus.values();
  private static final String[] CURRENCIES = {"GBP", "EUR", "USD", "JPY"};

  private RandomRegisters() {}

  static RegisterContents generate(long seed, int maxAssets) {
    Random random = new Random(seed);
    LocalDate asAt = date(random);
    List<Dpia> dpias = new ArrayList<>();
    int dpiaCount = random.nextInt(4);
    for (int i = 0; i < dpiaCount; i++) {
      DpiaStatus status = pick(random, DpiaStatus.values());
      dpias.add(
          Dpia.TYPE
              .newValues()
              .set(Dpia.ID, "DPIA-" + i)
              .set(Dpia.TITLE, text(random))
              .set(Dpia.VERSION, maybe(random, "v" + random.nextInt(10) + "." + random.nextInt(10)))
              .set(Dpia.STATUS, status)
              .set(
                  Dpia.COMPLETED_ON,
                  status == DpiaStatus.DRAFT && random.nextBoolean() ? null : date(random))
              .set(Dpia.REVIEW_DUE, random.nextBoolean() ? date(random) : null)
              .set(Dpia.OWNER, maybe(random, "J. Smith"))
              .set(Dpia.OWNER_ROLE, maybe(random, "Data Protection Officer"))
              .set(
                  Dpia.RESIDUAL_RISK,
                  random.nextBoolean() ? pick(random, ResidualRisk.values()) : null)
              .set(Dpia.ICO_CONSULTED, random.nextBoolean())
              .set(Dpia.URL, maybe(random, "https://example.org/dpia/" + i + ".pdf"))
              .build());
    }
    List<Contract> contracts = new ArrayList<>();
    int contractCount = random.nextInt(4);
    for (int i = 0; i < contractCount; i++) {
      LocalDate start = random.nextBoolean() ? date(random) : null;
      LocalDate end =
          random.nextBoolean()
              ? (start == null ? date(random) : start.plusDays(random.nextInt(2000)))
              : null;
      Money value =
          random.nextBoolean()
              ? new Money(
                  BigDecimal.valueOf(random.nextInt(100_000_000), random.nextInt(3)),
                  Currency.getInstance(pick(random, CURRENCIES)))
              : null;
      contracts.add(
          new Contract(
              "C-" + i,
              maybe(random, "ESX/" + i),
              text(random),
              maybe(random, text(random)),
              start,
              end,
              value,
              maybe(random, "Bluelight"),
              maybe(random, "http://example.org/c/" + i)));
    }
    List<Asset> assets = new ArrayList<>();
    int assetCount = random.nextInt(maxAssets + 1);
    for (int i = 0; i < assetCount; i++) {
      assets.add(asset(random, "A-" + (assetCount - i), dpias, contracts));
    }
    Organisation organisation =
        random.nextBoolean()
            ? Organisation.named(random.nextBoolean() ? "Essex Police" : text(random))
            : new Organisation(
                text(random),
                pick(random, OrganisationKind.values()),
                pick(random, Nation.values()),
                new FoiContact(
                    maybe(random, "PO Box 2, Chelmsford, CM2 6DN"),
                    "foi@example.org",
                    maybe(random, "https://example.org/foi")),
                null,
                maybe(random, text(random)));
    return new RegisterContents(organisation, asAt, assets, dpias, contracts);
  }

  static Asset asset(Random random, String id, List<Dpia> dpias, List<Contract> contracts) {
    Deployment deployment = random.nextInt(5) == 0 ? Deployment.COVERT : Deployment.OVERT;
    AssetStatus status = pick(random, STATUSES);
    LocalDate from = status == AssetStatus.PLANNED && random.nextBoolean() ? null : date(random);
    LocalDate until = null;
    if (status == AssetStatus.DECOMMISSIONED || (from != null && random.nextInt(4) == 0)) {
      until = from == null ? date(random) : from.plusDays(random.nextInt(3000));
    }
    List<Capability> capabilities = new ArrayList<>();
    for (Capability capability : Capability.standardValues()) {
      if (random.nextInt(6) == 0) {
        capabilities.add(capability);
      }
    }
    if (random.nextInt(10) == 0) {
      capabilities.add(Capability.of("X-WEAPON-DETECTION"));
    }
    boolean owned = random.nextBoolean();
    List<String> dpiaIds = new ArrayList<>();
    for (Dpia dpia : dpias) {
      if (random.nextBoolean()) {
        dpiaIds.add(dpia.id());
      }
    }
    List<String> contractIds = new ArrayList<>();
    for (Contract contract : contracts) {
      if (random.nextBoolean()) {
        contractIds.add(contract.id());
      }
    }
    return Asset.TYPE
        .newValues()
        .set(Asset.ID, AssetId.of(id))
        .set(Asset.DESCRIPTION, maybe(random, text(random)))
        .set(Asset.MANUFACTURER, maybe(random, text(random)))
        .set(Asset.BRAND, maybe(random, text(random)))
        .set(Asset.MODEL, maybe(random, "M-" + random.nextInt(100)))
        .set(Asset.CATEGORY, pick(random, CATEGORIES))
        .set(Asset.CAPABILITIES, ImmutableSortedSet.copyOf(capabilities))
        .set(Asset.DEPLOYMENT, deployment)
        .set(Asset.OWNED, owned)
        .set(Asset.OPERATED, !owned || random.nextBoolean())
        .set(Asset.STATUS, status)
        .set(Asset.IN_SERVICE_FROM, from)
        .set(Asset.IN_SERVICE_UNTIL, until)
        .set(Asset.QUANTITY, 1 + random.nextInt(random.nextBoolean() ? 2 : 10_000_000))
        .set(Asset.SITE, maybe(random, text(random)))
        .set(Asset.AREA, maybe(random, "Ward " + random.nextInt(20)))
        .set(
            Asset.LOCATION,
            random.nextBoolean()
                ? null
                : Location.of(
                    BigDecimal.valueOf(490_000_000 + random.nextInt(120_000_000), 7),
                    BigDecimal.valueOf(-90_000_000 + random.nextInt(110_000_000), 7)))
        .set(Asset.DPIA_IDS, dpiaIds)
        .set(Asset.CONTRACT_IDS, contractIds)
        .set(
            Asset.AUTHORISATION_REF,
            deployment == Deployment.COVERT
                ? maybe(random, "RIPA/2021/" + random.nextInt(999))
                : null)
        .set(Asset.NOTES, maybe(random, text(random)))
        .build();
  }

  private static LocalDate date(Random random) {
    return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 40));
  }

  private static String text(Random random) {
    return pick(random, TEXTS);
  }

  private static String maybe(Random random, String value) {
    return random.nextBoolean() ? value : null;
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
