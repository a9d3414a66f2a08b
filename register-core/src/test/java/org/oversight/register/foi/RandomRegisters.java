package org.oversight.register.foi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Random registers and requests for properties, from a seed. Overt records take even ids and covert
 * ones odd ids from the same namespace, so that covert records sort between overt ones.
 */
final class RandomRegisters {

  static final List<String> MAKERS =
      List.of(
          "Hikvision",
          "HikVision",
          "EZVIZ",
          "Hangzhou Hikvision Digital Technology Co., Ltd.",
          "Dahua",
          "Lorex",
          "Axis",
          "Hanwha",
          "IndigoVision",
          "DJI",
          "Acme Cameras",
          // look-alike spellings: a Cyrillic capital EN, a Cyrillic small A, a dotless i
          "\u041Dikvision",
          "D\u0430hua",
          "h\u0131kvision");

  /** Recorded only, never asked about: placeholders for "not known". */
  static final List<String> PLACEHOLDERS = List.of("N/A", "Unknown", "-", "TBC");

  private static final List<Capability> CAPABILITIES =
      List.of(
          Capability.RECORDING,
          Capability.LIVE_VIEW,
          Capability.NIGHT_VISION,
          Capability.NUMBER_PLATE_RECOGNITION,
          Capability.LIVE_FACIAL_RECOGNITION,
          Capability.RETROSPECTIVE_FACIAL_RECOGNITION,
          Capability.CROWD_MONITORING,
          Capability.of("X-WEAPON-DETECTION"));

  private static final List<String> TEXTS =
      List.of(
          "A list of all products your force owns or operates",
          "Do you use facial recognition?",
          "Advanced CCTV products",
          "Cameras in the town centre",
          "Covert equipment");

  private RandomRegisters() {}

  /** The overt part: assets, the DPIAs and contracts they refer to, and a few unreferenced. */
  record Part(List<Asset> assets, List<Dpia> dpias, List<Contract> contracts) {
    Part plus(Part other) {
      List<Asset> a = new ArrayList<>(assets);
      a.addAll(other.assets);
      List<Dpia> d = new ArrayList<>(dpias);
      d.addAll(other.dpias);
      List<Contract> c = new ArrayList<>(contracts);
      c.addAll(other.contracts);
      return new Part(a, d, c);
    }
  }

  static Part overt(Random random) {
    return part(random, Deployment.OVERT, List.of(), List.of());
  }

  /** A covert part, whose assets may also refer to the overt part's DPIAs and contracts. */
  static Part covert(Random random, Part overt) {
    return part(
        random,
        Deployment.COVERT,
        overt.dpias().stream().map(Dpia::id).toList(),
        overt.contracts().stream().map(Contract::id).toList());
  }

  private static Part part(
      Random random,
      Deployment deployment,
      List<String> sharedDpias,
      List<String> sharedContracts) {
    int parity = deployment == Deployment.OVERT ? 0 : 1;
    List<Dpia> dpias = new ArrayList<>();
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      dpias.add(dpia(random, "D-" + (i * 2 + parity)));
    }
    List<Contract> contracts = new ArrayList<>();
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      contracts.add(contract(random, "C-" + (i * 2 + parity)));
    }
    List<String> dpiaIds = new ArrayList<>(sharedDpias);
    dpias.forEach(d -> dpiaIds.add(d.id()));
    List<String> contractIds = new ArrayList<>(sharedContracts);
    contracts.forEach(c -> contractIds.add(c.id()));
    List<Asset> assets = new ArrayList<>();
    for (int i = 0, n = random.nextInt(9); i < n; i++) {
      assets.add(
          asset(
              random,
              "A-" + (i * 2 + parity),
              deployment,
              some(random, dpiaIds),
              some(random, contractIds)));
    }
    return new Part(assets, dpias, contracts);
  }

  private static Asset asset(
      Random random,
      String id,
      Deployment deployment,
      List<String> dpiaIds,
      List<String> contractIds) {
    AssetStatus status = pick(random, List.of(AssetStatus.values()));
    LocalDate from = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(6 * 365));
    boolean owned = random.nextBoolean();
    Asset.Builder builder =
        Asset.builder(id)
            .description(random.nextInt(3) == 0 ? null : "Asset " + id)
            .manufacturer(random.nextInt(5) == 0 ? null : recordedName(random))
            .brand(random.nextInt(3) == 0 ? recordedName(random) : null)
            .model(random.nextBoolean() ? "M-" + random.nextInt(100) : null)
            .category(pick(random, List.of(AssetCategory.values())))
            .capabilities(some(random, CAPABILITIES))
            .deployment(deployment)
            .owned(owned)
            .operated(!owned || random.nextBoolean())
            .status(status)
            .inServiceFrom(status == AssetStatus.PLANNED ? null : from)
            .inServiceUntil(
                status == AssetStatus.DECOMMISSIONED ? from.plusDays(random.nextInt(900)) : null)
            .quantity(1 + random.nextInt(20))
            .site(random.nextBoolean() ? "Site " + random.nextInt(10) : null)
            .dpiaIds(dpiaIds)
            .contractIds(contractIds)
            .notes(random.nextBoolean() ? "note " + random.nextInt(1000) : null);
    if (deployment == Deployment.COVERT && random.nextBoolean()) {
      builder.authorisationRef("RIPA-" + random.nextInt(10_000));
    }
    return builder.build();
  }

  private static Dpia dpia(Random random, String id) {
    DpiaStatus status = pick(random, List.of(DpiaStatus.values()));
    return Dpia.builder(id, "DPIA " + id, status)
        .version(random.nextBoolean() ? "1." + random.nextInt(9) : null)
        .completedOn(
            status == DpiaStatus.DRAFT
                ? null
                : LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1000)))
        .owner(random.nextBoolean() ? "Owner " + random.nextInt(50) : null)
        .icoConsulted(random.nextBoolean())
        .build();
  }

  private static Contract contract(Random random, String id) {
    return Contract.builder(id, "Supplier " + random.nextInt(20))
        .title(random.nextBoolean() ? "Contract " + id : null)
        .value(random.nextBoolean() ? Money.of(random.nextInt(1_000_000) + ".00", "GBP") : null)
        .publishedUrl(random.nextInt(3) == 0 ? "https://example.org/" + id : null)
        .build();
  }

  private static String recordedName(Random random) {
    return random.nextInt(8) == 0 ? pick(random, PLACEHOLDERS) : pick(random, MAKERS);
  }

  static FoiRequest request(Random random) {
    List<FoiQuestion> questions = new ArrayList<>();
    List<String> assetIds = new ArrayList<>();
    for (int i = 1, n = 1 + random.nextInt(3); i <= n; i++) {
      AssetCriteria criteria =
          new AssetCriteria(
              random.nextBoolean() ? pick(random, MAKERS) : null,
              java.util.Set.copyOf(random.nextInt(3) == 0 ? some(random, CAPABILITIES) : List.of()),
              java.util.Set.copyOf(
                  random.nextInt(3) == 0
                      ? some(random, List.of(AssetCategory.values()))
                      : List.of()),
              random.nextInt(3) == 0 ? Boolean.valueOf(random.nextBoolean()) : null,
              pick(random, List.of(Relationship.values())));
      questions.add(
          new AssetsQuestion(
              Integer.toString(i), pick(random, TEXTS), criteria, random.nextInt(4) == 0));
      assetIds.add(Integer.toString(i));
    }
    if (random.nextBoolean()) {
      questions.add(
          FoiQuestion.dpiasFor(
              "d", "DPIAs for these", nonEmpty(random, assetIds).toArray(String[]::new)));
    }
    if (random.nextBoolean()) {
      questions.add(
          new ContractsQuestion(
              "c",
              "Contracts for these",
              nonEmpty(random, assetIds),
              random.nextBoolean(),
              random.nextInt(4) == 0));
    }
    return new FoiRequest(
        "REF-" + random.nextInt(1000),
        LocalDate.of(2019, 1, 1).plusDays(random.nextInt(5 * 365)),
        random.nextInt(3) == 0 ? null : pick(random, List.of(Regime.values())),
        questions);
  }

  /**
   * Any kind of organisation (or an unknown one), of any nation (or none), with or without
   * contacts.
   */
  static org.oversight.register.model.Organisation organisation(Random random) {
    org.oversight.register.model.OrganisationKind[] kinds =
        org.oversight.register.model.OrganisationKind.values();
    org.oversight.register.model.Nation[] nations = org.oversight.register.model.Nation.values();
    int kind = random.nextInt(kinds.length + 1);
    int nation = random.nextInt(nations.length + 1);
    return new org.oversight.register.model.Organisation(
        "Random Authority",
        kind == kinds.length ? null : kinds[kind],
        nation == nations.length ? null : nations[nation],
        random.nextBoolean()
            ? org.oversight.register.model.FoiContact.ofEmail("foi@example.gov.uk")
            : null,
        null,
        random.nextBoolean() ? "Contracts are published on Contracts Finder." : null);
  }

  static DisclosurePolicy policy(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> DisclosurePolicy.standard();
      case 1 ->
          DisclosurePolicy.builder()
              .ncnd(
                  NcndPolicy.builder()
                      .bundle(org.oversight.register.model.OrganisationKind.POLICE_FORCE, List.of())
                      .build())
              .disclose(Contract.VALUE)
              .build();
      default ->
          DisclosurePolicy.builder()
              .pointToPublishedContracts(false)
              .withhold(
                  q -> Boolean.FALSE.equals(q.criteria().advanced()), Exemption.LAW_ENFORCEMENT)
              .build();
    };
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static <T> List<T> some(Random random, List<T> from) {
    List<T> chosen = new ArrayList<>();
    for (T item : from) {
      if (random.nextInt(3) == 0) {
        chosen.add(item);
      }
    }
    return chosen;
  }

  private static <T> List<T> nonEmpty(Random random, List<T> from) {
    List<T> chosen = some(random, from);
    return chosen.isEmpty() ? List.of(pick(random, from)) : chosen;
  }
}
