package org.oversight.register.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.oversight.register.AdvancedCctvPolicy;
import org.oversight.register.AssetCount;
import org.oversight.register.AssetQuery;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;

/**
 * Issue 2's property: every index-backed {@link AssetQuery} answers exactly what a brute-force scan
 * over {@code register.assets()} answers, on many seeded random registers of several sizes.
 */
class IndexedQueryAgreesWithScanTest {

  private static final List<String> NAMES =
      List.of(
          "Hikvision",
          "HikVision",
          "HIKVISION",
          "hikvision",
          "Hangzhou Hikvision Digital Technology Co., Ltd.",
          "Hikvision Digital Technology",
          "EZVIZ",
          "Dahua",
          "Dahua Technology",
          "Zhejiang Dahua Technology Co., Ltd.",
          "Lorex",
          "IndigoVision",
          "Axis",
          "Axis Communications",
          "Motorola Solutions",
          "Avigilon",
          "Kestrel Optics",
          "Kestrel Optics Ltd",
          "No Such Vendor",
          "NEC");

  private static final AdvancedCctvPolicy FACES_ONLY =
      AdvancedCctvPolicy.of(
          new java.util.HashSet<>(Capability.standardValues()),
          EnumSet.of(AssetCategory.FACIAL_RECOGNITION_SYSTEM));

  /** One narrowing of a question, and the same narrowing as a scan. */
  private record Clause(
      String text,
      Consumer<AssetQuery> apply,
      BiPredicate<Asset, LocalDate> scan,
      LocalDate inServiceOn) {}

  @Test
  void everyIndexedQueryAgreesWithAScanOnSmallAndMediumRegisters() {
    qt().withExamples(120)
        .forAll(arbitrary().pick(0, 1, 10, 100, 1000), longs().all(), longs().all())
        .checkAssert(
            (size, registerSeed, querySeed) ->
                checkAgreement(
                    RegisterGenerator.seeded(registerSeed).register(size), querySeed, 30));
  }

  @Test
  void everyIndexedQueryAgreesWithAScanOnLargeRegisters() {
    qt().withExamples(3)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (registerSeed, querySeed) ->
                checkAgreement(
                    RegisterGenerator.seeded(registerSeed).register(10_000), querySeed, 25));
  }

  @Test
  void hikvisionQuestionOfTheIssueAgreesWithAScan() {
    LocalDate day = LocalDate.of(2021, 9, 6);
    for (long seed = 0; seed < 20; seed++) {
      AssetRegister register = RegisterGenerator.seeded(seed).register(500, day);
      List<Asset> indexed =
          register.query().manufacturer("Hikvision").ownedOrOperated().inServiceOn(day).list();
      List<Asset> scanned =
          register.assets().stream()
              .filter(a -> (a.owned() || a.operated()) && a.isInServiceOn(day))
              .filter(a -> matchesVendor(register, a, "Hikvision", day))
              .toList();
      assertThat(indexed).as("seed %s", seed).isEqualTo(scanned).isNotEmpty();
    }
  }

  private static void checkAgreement(AssetRegister register, long querySeed, int combinations) {
    SplittableRandom random = new SplittableRandom(querySeed);
    List<Clause> single = clauses(register, random);
    // Every clause alone, then random combinations of up to four.
    for (Clause clause : single) {
      check(register, List.of(clause));
    }
    for (int i = 0; i < combinations; i++) {
      int n = 1 + random.nextInt(4);
      List<Clause> chosen = new ArrayList<>();
      boolean dated = false;
      while (chosen.size() < n) {
        Clause clause = single.get(random.nextInt(single.size()));
        if (clause.inServiceOn() != null) {
          if (dated) {
            continue; // a query takes one in-service date
          }
          dated = true;
        }
        chosen.add(clause);
      }
      check(register, chosen);
    }
  }

  private static void check(AssetRegister register, List<Clause> clauses) {
    AssetQuery query = register.query();
    LocalDate vendorDate = register.asAt();
    for (Clause clause : clauses) {
      clause.apply().accept(query);
      if (clause.inServiceOn() != null) {
        vendorDate = clause.inServiceOn();
      }
    }
    LocalDate date = vendorDate;
    List<Asset> scanned =
        register.assets().stream()
            .filter(a -> clauses.stream().allMatch(c -> c.scan().test(a, date)))
            .toList();
    long units = scanned.stream().mapToLong(Asset::quantity).sum();
    String question = register + " asked " + clauses.stream().map(Clause::text).toList();
    assertThat(query.list()).as(question).isEqualTo(scanned);
    assertThat(query.count()).as(question).isEqualTo(new AssetCount(scanned.size(), units));
    assertThat(query.exists()).as(question).isEqualTo(!scanned.isEmpty());
    assertThat(query.matches()).as(question).extracting(m -> m.asset()).isEqualTo(scanned);
  }

  private static List<Clause> clauses(AssetRegister register, SplittableRandom random) {
    List<Clause> clauses = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(NAMES);
    List<Asset> assets = register.assets();
    for (int i = 0; i < Math.min(12, assets.size()); i++) {
      Asset asset = assets.get(random.nextInt(assets.size()));
      if (asset.manufacturer() != null) {
        names.add(asset.manufacturer());
      }
      if (asset.brand() != null) {
        names.add(asset.brand());
      }
    }
    for (String name : names) {
      clauses.add(
          new Clause(
              "manufacturer(" + name + ")",
              q -> q.manufacturer(name),
              (a, date) -> matchesVendor(register, a, name, date),
              null));
    }
    clauses.add(
        new Clause(
            "manufacturerUnknown()",
            AssetQuery::manufacturerUnknown,
            (a, date) -> register.vendors().resolve(a.manufacturer(), a.brand(), date).isUnknown(),
            null));
    List<Capability> capabilities = new ArrayList<>(Capability.standardValues());
    capabilities.add(Capability.of("X-WEAPON-DETECTION"));
    capabilities.add(Capability.of("X-NOT-USED"));
    for (Capability capability : capabilities) {
      clauses.add(
          new Clause(
              "capability(" + capability + ")",
              q -> q.capability(capability),
              (a, date) -> a.hasCapability(capability),
              null));
    }
    for (int i = 0; i < 3; i++) {
      List<Capability> anyOf = new ArrayList<>();
      for (int j = 0; j < 2 + random.nextInt(3); j++) {
        anyOf.add(capabilities.get(random.nextInt(capabilities.size())));
      }
      clauses.add(
          new Clause(
              "capability" + anyOf,
              q -> q.capability(anyOf),
              (a, date) -> anyOf.stream().anyMatch(a::hasCapability),
              null));
    }
    for (AssetCategory category : AssetCategory.values()) {
      clauses.add(
          new Clause(
              "category(" + category + ")",
              q -> q.category(category),
              (a, date) -> a.category() == category,
              null));
    }
    List<AssetCategory> someCategories =
        List.of(AssetCategory.ANPR_CAMERA, AssetCategory.DRONE, AssetCategory.OTHER);
    clauses.add(
        new Clause(
            "category" + someCategories,
            q -> q.category(someCategories),
            (a, date) -> someCategories.contains(a.category()),
            null));
    for (AssetStatus status : AssetStatus.values()) {
      clauses.add(
          new Clause(
              "status(" + status + ")",
              q -> q.status(status),
              (a, date) -> a.status() == status,
              null));
    }
    clauses.add(
        new Clause(
            "status(PLANNED, DECOMMISSIONED)",
            q -> q.status(AssetStatus.PLANNED, AssetStatus.DECOMMISSIONED),
            (a, date) -> a.status() != AssetStatus.IN_SERVICE,
            null));
    clauses.add(
        new Clause(
            "advanced()",
            AssetQuery::advanced,
            (a, date) -> register.advancedPolicy().isAdvanced(a),
            null));
    clauses.add(
        new Clause(
            "advanced(faces only)",
            q -> q.advanced(FACES_ONLY),
            (a, date) -> FACES_ONLY.isAdvanced(a),
            null));
    clauses.add(
        new Clause(
            "overt()", AssetQuery::overt, (a, date) -> a.deployment() == Deployment.OVERT, null));
    clauses.add(new Clause("covert()", AssetQuery::covert, (a, date) -> a.isCovert(), null));
    clauses.add(new Clause("owned()", AssetQuery::owned, (a, date) -> a.owned(), null));
    clauses.add(new Clause("operated()", AssetQuery::operated, (a, date) -> a.operated(), null));
    clauses.add(
        new Clause(
            "ownedOrOperated()",
            AssetQuery::ownedOrOperated,
            (a, date) -> a.owned() || a.operated(),
            null));
    clauses.add(
        new Clause(
            "where(quantity > 1)",
            q -> q.where(a -> a.quantity() > 1),
            (a, date) -> a.quantity() > 1,
            null));
    for (LocalDate day : days(register, random)) {
      clauses.add(
          new Clause(
              "inServiceOn(" + day + ")",
              q -> q.inServiceOn(day),
              (a, date) -> a.isInServiceOn(day),
              day));
    }
    return clauses;
  }

  private static List<LocalDate> days(AssetRegister register, SplittableRandom random) {
    LocalDate asAt = register.asAt();
    List<LocalDate> days =
        new ArrayList<>(
            List.of(
                asAt,
                asAt.minusYears(16),
                asAt.plusYears(4),
                LocalDate.of(1960, 1, 1),
                LocalDate.of(2017, 12, 31),
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 1, 1)));
    for (int i = 0; i < 4; i++) {
      days.add(asAt.minusDays(random.nextInt(16 * 365)).plusDays(random.nextInt(4 * 365)));
    }
    List<Asset> assets = register.assets();
    for (int i = 0; i < Math.min(4, assets.size()); i++) {
      Asset asset = assets.get(random.nextInt(assets.size()));
      for (LocalDate edge : new LocalDate[] {asset.inServiceFrom(), asset.inServiceUntil()}) {
        if (edge != null) {
          days.add(edge.minusDays(1));
          days.add(edge);
          days.add(edge.plusDays(1));
        }
      }
    }
    return days;
  }

  private static boolean matchesVendor(
      AssetRegister register, Asset asset, String name, LocalDate date) {
    return register
        .vendors()
        .matches(asset.manufacturer(), asset.brand(), register.vendors().vendorNamed(name), date);
  }
}
