package org.oversight.register.json;

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
import org.oversight.register.model.Money;
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
          new Dpia(
              "DPIA-" + i,
              text(random),
              maybe(random, "v" + random.nextInt(10) + "." + random.nextInt(10)),
              status,
              status == DpiaStatus.DRAFT && random.nextBoolean() ? null : date(random),
              random.nextBoolean() ? date(random) : null,
              maybe(random, "J. Smith"),
              random.nextBoolean() ? pick(random, ResidualRisk.values()) : null,
              random.nextBoolean(),
              maybe(random, "https://example.org/dpia/" + i + ".pdf")));
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
    return new RegisterContents(
        random.nextBoolean() ? "Essex Police" : text(random), asAt, assets, dpias, contracts);
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
    return new Asset(
        AssetId.of(id),
        maybe(random, text(random)),
        maybe(random, text(random)),
        maybe(random, text(random)),
        maybe(random, "M-" + random.nextInt(100)),
        pick(random, CATEGORIES),
        new java.util.TreeSet<>(capabilities),
        deployment,
        owned,
        !owned || random.nextBoolean(),
        status,
        from,
        until,
        1 + random.nextInt(random.nextBoolean() ? 2 : 10_000_000),
        maybe(random, text(random)),
        dpiaIds,
        contractIds,
        deployment == Deployment.COVERT ? maybe(random, "RIPA/2021/" + random.nextInt(999)) : null,
        maybe(random, text(random)));
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
