package org.oversight.register.testkit;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.Field;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.Location;
import org.oversight.register.model.Money;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.ResidualRisk;
import org.oversight.register.model.ValueType;
import org.oversight.register.model.Values;

/**
 * Generates valid, realistic registers, assets, DPIAs and contracts from a source of randomness:
 * the same seed gives the same data on every machine and every Java version (the source is a {@link
 * SplittableRandom}, whose algorithm is specified, and the generator draws from it in a fixed
 * order, never through hash-ordered collections or floating-point library functions that may differ
 * between platforms).
 *
 * <pre>{@code
 * AssetRegister register = RegisterGenerator.seeded(42).register(1_000);
 * }</pre>
 *
 * <p>Distributions (documented in {@code docs/testkit.md}): many manufacturers with a long tail and
 * spelling variants ("HikVision", "Hangzhou Hikvision Digital Technology Co., Ltd."), brands that
 * differ from manufacturers (EZVIZ, Lorex, IndigoVision), mostly recording-only capabilities with
 * about 1% facial recognition, about 5% covert assets (most with an authorisation reference), most
 * assets in service and some planned or decommissioned, quantity mostly 1. Edge cases on purpose:
 * unknown manufacturers, brand-only products, custom {@code X-} capabilities, quantities of 1 and
 * 10,000,000, empty registers, DPIAs and contracts shared by many assets.
 *
 * <p>Generation is fast (a million assets in a few seconds): values are shared between assets and a
 * register is validated once, when it is built. Not thread-safe: give each thread its own
 * generator.
 */
public final class RegisterGenerator {
  private static final long FIRST_AS_AT = LocalDate.of(2017, 1, 1).toEpochDay();
  private static final long LAST_AS_AT = LocalDate.of(2025, 12, 31).toEpochDay();
  private static final long FIRST_CACHED_DAY = LocalDate.of(1990, 1, 1).toEpochDay();
  private static final LocalDate[] DAYS = days(FIRST_CACHED_DAY, LocalDate.of(2049, 12, 31));
  private static final int YEAR = 365;
  private static final List<String> VERSIONS = List.of("1.0", "1.1", "2.0", "2.1", "3.0");
  private static final List<String> ROUTES =
      List.of("Bluelight", "G-Cloud", "Open tender", "Direct award", "Framework call-off");
  private static final String NOTE = "Due for replacement";

  private final RandomGenerator random;

  private RegisterGenerator(RandomGenerator random) {
    this.random = random;
  }

  /**
   * Returns a generator whose data is fixed by the seed.
   *
   * @param seed any number
   * @return a new generator, never null
   */
  public static RegisterGenerator seeded(long seed) {
    return new RegisterGenerator(new SplittableRandom(seed));
  }

  /**
   * Returns a generator drawing from the given source; the data is as repeatable as the source. The
   * generator draws from it on the calling thread only.
   *
   * @param random the source of randomness
   * @return a new generator, never null
   */
  public static RegisterGenerator using(RandomGenerator random) {
    return new RegisterGenerator(requireNonNull(random, "random"));
  }

  /**
   * Generates a valid register of exactly {@code size} assets, as at a random date from 2017 to
   * 2025.
   *
   * @param size the number of assets, 0 or more
   * @return the register, never null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public AssetRegister register(int size) {
    return AssetRegister.of(contents(size));
  }

  /**
   * Generates a valid register of exactly {@code size} assets, as at the given date.
   *
   * @param size the number of assets, 0 or more
   * @param asAt the date the data is correct as at
   * @return the register, never null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public AssetRegister register(int size, LocalDate asAt) {
    return AssetRegister.of(contents(size, asAt));
  }

  /**
   * Generates valid register contents of exactly {@code size} assets, as at a random date from 2017
   * to 2025, without building (and so without validating or indexing) a register.
   *
   * @param size the number of assets, 0 or more
   * @return the contents, never null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public RegisterContents contents(int size) {
    return contents(size, asAt());
  }

  /**
   * Generates valid register contents of exactly {@code size} assets, as at the given date. An
   * empty register ({@code size} 0) has no DPIAs or contracts either; otherwise there is one DPIA
   * per 500 assets (at most 100) and one contract per 1000 (at most 50), each shared by many
   * assets.
   *
   * @param size the number of assets, 0 or more
   * @param asAt the date the data is correct as at
   * @return the contents, never null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public RegisterContents contents(int size, LocalDate asAt) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be at least 0, was " + size);
    }
    requireNonNull(asAt, "asAt");
    Organisation organisation = organisation(pick(Tables.ORGANISATIONS));
    int dpiaCount = size == 0 ? 0 : Math.min(100, 1 + size / 500);
    int contractCount = size == 0 ? 0 : Math.min(50, 1 + size / 1000);
    List<Dpia> dpias = new ArrayList<>(dpiaCount);
    List<List<String>> dpiaRefs = new ArrayList<>(dpiaCount);
    for (int i = 1; i <= dpiaCount; i++) {
      Dpia dpia = dpia("DPIA-" + i, asAt);
      dpias.add(dpia);
      dpiaRefs.add(sharedIds(dpia.id(), true));
    }
    List<Contract> contracts = new ArrayList<>(contractCount);
    List<List<String>> contractRefs = new ArrayList<>(contractCount);
    for (int i = 1; i <= contractCount; i++) {
      Contract contract = contract("C-" + i, asAt);
      contracts.add(contract);
      contractRefs.add(sharedIds(contract.id(), false));
    }
    List<Asset> assets = new ArrayList<>(size);
    int width = Math.max(6, Integer.toString(size).length());
    long asAtDay = asAt.toEpochDay();
    for (int i = 1; i <= size; i++) {
      assets.add(asset(id("AST-", i, width), asAtDay, dpiaRefs, contractRefs));
    }
    return new RegisterContents(organisation, asAt, assets, dpias, contracts);
  }

  /**
   * Generates a valid asset that references no DPIA or contract, with a lifecycle that makes sense
   * as at the given date.
   *
   * @param id the asset's id
   * @param asAt the date the data is correct as at
   * @return the asset, never null
   */
  public Asset asset(String id, LocalDate asAt) {
    return asset(id, asAt.toEpochDay(), List.of(), List.of());
  }

  /**
   * Generates a valid DPIA as at the given date: mostly approved, some under review, draft or
   * superseded.
   *
   * @param id the DPIA's id
   * @param asAt the date the data is correct as at
   * @return the DPIA, never null
   */
  public Dpia dpia(String id, LocalDate asAt) {
    int kind = random.nextInt(100);
    DpiaStatus status =
        kind < 80
            ? DpiaStatus.APPROVED
            : kind < 88
                ? DpiaStatus.UNDER_REVIEW
                : kind < 94 ? DpiaStatus.DRAFT : DpiaStatus.SUPERSEDED;
    String title = pick(Tables.DPIA_TITLES);
    Dpia.Builder dpia =
        Dpia.builder(id, title, status)
            .owner(random.nextInt(4) == 0 ? null : pick(Tables.OWNERS))
            .ownerRole(random.nextBoolean() ? pick(Tables.OWNER_ROLES) : null);
    if (status == DpiaStatus.DRAFT) {
      dpia.version("0.1");
    } else {
      LocalDate completed = day(asAt.toEpochDay() - random.nextInt(6 * YEAR));
      dpia.version(pick(VERSIONS)).completedOn(completed).reviewDue(completed.plusYears(3));
    }
    int risk = random.nextInt(10);
    dpia.residualRisk(
        risk < 6 ? ResidualRisk.LOW : risk < 9 ? ResidualRisk.MEDIUM : ResidualRisk.HIGH);
    dpia.icoConsulted(risk == 9 && random.nextBoolean());
    if (random.nextInt(10) < 7) {
      dpia.url("https://example.org/dpia/" + id + ".pdf");
    }
    Values<Dpia> values = Dpia.TYPE.valuesOf(dpia.build());
    FieldValues.fillOthers(Dpia.TYPE, values, HANDLED_DPIA_FIELDS, random);
    return values.build();
  }

  /**
   * Generates a valid contract as at the given date: one to six years long, mostly with a value in
   * pounds sterling.
   *
   * @param id the contract's id
   * @param asAt the date the data is correct as at
   * @return the contract, never null
   */
  public Contract contract(String id, LocalDate asAt) {
    LocalDate start = day(asAt.toEpochDay() - random.nextInt(8 * YEAR));
    LocalDate end = start.plusYears(1 + random.nextInt(6)).minusDays(1);
    Contract.Builder contract =
        Contract.builder(id, pick(Tables.SUPPLIERS))
            .reference("REF/" + start.getYear() + "/" + (100 + random.nextInt(900)))
            .title(pick(Tables.DPIA_TITLES) + " supply")
            .startDate(start)
            .endDate(end)
            .procurementRoute(pick(ROUTES));
    int money = random.nextInt(100);
    if (money < 90) {
      long pence = 100_000L + random.nextLong(200_000_000L);
      contract.value(
          new Money(
              BigDecimal.valueOf(pence, 2),
              java.util.Currency.getInstance(money < 85 ? "GBP" : "EUR")));
    }
    if (random.nextInt(10) < 4) {
      contract.publishedUrl("https://example.org/contracts/" + id);
    }
    Values<Contract> values = Contract.TYPE.valuesOf(contract.build());
    FieldValues.fillOthers(Contract.TYPE, values, HANDLED_CONTRACT_FIELDS, random);
    return values.build();
  }

  /**
   * Returns a random date from 2017-01-01 to 2025-12-31, the range of the generated registers'
   * as-at dates.
   *
   * @return a date, never null
   */
  public LocalDate asAt() {
    return day(FIRST_AS_AT + random.nextLong(LAST_AS_AT - FIRST_AS_AT + 1));
  }

  /**
   * Returns a register size from 0 to {@code max}, skewed towards small: about 5% are 0, about 10%
   * are 1, and the rest spread evenly over the orders of magnitude up to {@code max}.
   *
   * @param max the largest size, 0 or more
   * @return a size from 0 to {@code max}
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public int size(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be at least 0, was " + max);
    }
    int kind = random.nextInt(100);
    if (max < 2 || kind < 5) {
      return kind < 5 ? 0 : Math.min(1, max);
    }
    if (kind < 15) {
      return 1;
    }
    // Log-uniform from 2 to max, by powers of two: integer arithmetic, the same on every machine.
    int bits = 32 - Integer.numberOfLeadingZeros(max);
    int power = 1 + random.nextInt(bits);
    long low = Math.max(2L, 1L << (power - 1));
    long high = Math.min((long) max, (1L << power) - 1);
    return low >= high ? (int) Math.min(low, max) : (int) (low + random.nextLong(high - low + 1));
  }

  private Asset asset(
      String id, long asAtDay, List<List<String>> dpiaRefs, List<List<String>> contractRefs) {
    Tables.Profile profile = Tables.PROFILES.pick(random);
    AssetCategory category = profile.category();
    String manufacturer;
    String brand;
    String model = null;
    int maker = random.nextInt(1000);
    if (maker < 30) {
      manufacturer = null;
      brand = null;
    } else if (maker < 60) {
      // The long tail: a skew (cube of a uniform draw, in integers) towards the first names.
      int n = Tables.LONG_TAIL.size();
      long u = random.nextInt(1024);
      manufacturer = Tables.LONG_TAIL.get((int) (u * u * u * n / (1024L * 1024 * 1024)));
      brand = null;
    } else {
      Tables.Vendor vendor = requireNonNull(Tables.VENDORS.get(category)).pick(random);
      manufacturer = vendor.manufacturer();
      brand = vendor.brand();
      if (!vendor.models().isEmpty() && random.nextInt(100) < 85) {
        model = pick(vendor.models());
      }
    }
    boolean covert = random.nextInt(100) < 5;
    boolean owned = true;
    boolean operated = true;
    int relationship = random.nextInt(100);
    if (!covert && relationship >= 85) {
      owned = relationship >= 95;
      operated = relationship < 95;
    }
    AssetStatus status;
    LocalDate from = null;
    LocalDate until = null;
    int life = random.nextInt(100);
    if (life < 85) {
      status = AssetStatus.IN_SERVICE;
      from = day(asAtDay - random.nextInt(12 * YEAR));
      if (random.nextInt(100) < 5) {
        // A fixed term that ends after the as-at date.
        until = day(asAtDay + 1 + random.nextInt(3 * YEAR));
      }
    } else if (life < 92) {
      status = AssetStatus.PLANNED;
      if (random.nextInt(100) < 30) {
        from = day(asAtDay + 1 + random.nextInt(YEAR));
      }
    } else {
      status = AssetStatus.DECOMMISSIONED;
      long start = asAtDay - YEAR - random.nextInt(14 * YEAR);
      from = day(start);
      until = day(start + random.nextLong(asAtDay - start + 1));
    }
    int quantity = quantity();
    String site = random.nextInt(100) < 80 ? pick(Tables.SITES) : null;
    List<String> dpiaIds = List.of();
    int dpia = random.nextInt(100);
    if (!dpiaRefs.isEmpty() && dpia < 75) {
      int first = random.nextInt(dpiaRefs.size());
      dpiaIds = dpiaRefs.get(first);
      if (dpia >= 70 && dpiaRefs.size() > 1) {
        int second = (first + 1 + random.nextInt(dpiaRefs.size() - 1)) % dpiaRefs.size();
        dpiaIds = List.of(dpiaIds.get(0), dpiaRefs.get(second).get(0));
      }
    }
    List<String> contractIds = List.of();
    if (!contractRefs.isEmpty() && random.nextBoolean()) {
      contractIds = contractRefs.get(random.nextInt(contractRefs.size()));
    }
    String authorisationRef = null;
    if (covert && random.nextInt(10) != 0) {
      authorisationRef =
          "RIPA-DS-" + (2015 + random.nextInt(11)) + "-" + (100 + random.nextInt(900));
    }
    String notes = random.nextInt(200) == 0 ? NOTE : null;
    Values<Asset> values =
        Asset.TYPE
            .newValues()
            .set(Asset.ID, AssetId.of(id))
            .set(Asset.DESCRIPTION, profile.description())
            .set(Asset.MANUFACTURER, manufacturer)
            .set(Asset.BRAND, brand)
            .set(Asset.MODEL, model)
            .set(Asset.CATEGORY, category)
            .set(Asset.CAPABILITIES, profile.capabilities())
            .set(Asset.DEPLOYMENT, covert ? Deployment.COVERT : Deployment.OVERT)
            .set(Asset.OWNED, owned)
            .set(Asset.OPERATED, operated)
            .set(Asset.STATUS, status)
            .set(Asset.IN_SERVICE_FROM, from)
            .set(Asset.IN_SERVICE_UNTIL, until)
            .set(Asset.QUANTITY, quantity)
            .set(Asset.SITE, site)
            .set(Asset.DPIA_IDS, dpiaIds)
            .set(Asset.CONTRACT_IDS, contractIds)
            .set(Asset.AUTHORISATION_REF, authorisationRef)
            .set(Asset.NOTES, notes);
    if (random.nextInt(100) < 40) {
      values.set(Asset.AREA, pick(Tables.AREAS));
    }
    if (site != null && random.nextInt(100) < 30) {
      values.set(
          Asset.LOCATION,
          Location.of(
              FieldValues.degrees((ValueType.Degrees) Location.LATITUDE.type(), random),
              FieldValues.degrees((ValueType.Degrees) Location.LONGITUDE.type(), random)));
    }
    if (status == AssetStatus.PLANNED && Math.floorMod(id.hashCode(), 3) != 0) {
      values.set(
          Asset.EXPECTED_IN_SERVICE,
          java.time.LocalDate.of(2026, 1, 1).plusDays(Math.floorMod(id.hashCode(), 730)));
    }
    // Fields added to the description since: generic valid values, so that they are exercised.
    FieldValues.fillOthers(Asset.TYPE, values, HANDLED_ASSET_FIELDS, random);
    return values.build();
  }

  /** The asset fields this generator fills with realistic values (or leaves out on purpose). */
  private static final Set<Field<Asset, ?>> HANDLED_ASSET_FIELDS =
      Set.of(
          Asset.ID,
          Asset.DESCRIPTION,
          Asset.MANUFACTURER,
          Asset.BRAND,
          Asset.MODEL,
          Asset.CATEGORY,
          Asset.CAPABILITIES,
          Asset.DEPLOYMENT,
          Asset.OWNED,
          Asset.OPERATED,
          Asset.STATUS,
          Asset.IN_SERVICE_FROM,
          Asset.IN_SERVICE_UNTIL,
          // Only planned assets may have one; set from the id, drawing nothing from the random
          // source, so that every seed keeps its data.
          Asset.EXPECTED_IN_SERVICE,
          Asset.QUANTITY,
          Asset.SITE,
          Asset.AREA,
          Asset.LOCATION,
          Asset.DPIA_IDS,
          Asset.CONTRACT_IDS,
          Asset.AUTHORISATION_REF,
          Asset.NOTES);

  /** The DPIA fields this generator fills with realistic values. */
  private static final Set<Field<Dpia, ?>> HANDLED_DPIA_FIELDS =
      Set.of(
          Dpia.ID,
          Dpia.TITLE,
          Dpia.VERSION,
          Dpia.STATUS,
          Dpia.COMPLETED_ON,
          Dpia.REVIEW_DUE,
          Dpia.OWNER,
          Dpia.OWNER_ROLE,
          Dpia.RESIDUAL_RISK,
          Dpia.ICO_CONSULTED,
          Dpia.URL);

  /** The contract fields this generator fills with realistic values. */
  private static final Set<Field<Contract, ?>> HANDLED_CONTRACT_FIELDS =
      Set.of(
          Contract.ID,
          Contract.REFERENCE,
          Contract.SUPPLIER,
          Contract.TITLE,
          Contract.START_DATE,
          Contract.END_DATE,
          Contract.VALUE,
          Contract.PROCUREMENT_ROUTE,
          Contract.PUBLISHED_URL);

  /**
   * Generates a valid organisation profile for a name: a police force or council of the nation its
   * name suggests, with an FOI contact.
   *
   * @param name the organisation's name
   * @return the organisation, never null
   */
  public Organisation organisation(String name) {
    OrganisationKind kind =
        name.contains("Police") || name.contains("Constabulary")
            ? OrganisationKind.POLICE_FORCE
            : name.contains("Council")
                ? OrganisationKind.LOCAL_AUTHORITY
                : OrganisationKind.OTHER_PUBLIC_AUTHORITY;
    Nation nation =
        name.contains("Scotland") || name.contains("Edinburgh") || name.contains("Glasgow")
            ? Nation.SCOTLAND
            : name.contains("Dyfed") || name.contains("Gwent") || name.contains("Cardiff")
                ? Nation.WALES
                : name.contains("Northern Ireland") ? Nation.NORTHERN_IRELAND : Nation.ENGLAND;
    String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + ".example.org";
    FoiContact contact =
        new FoiContact(
            random.nextBoolean() ? "Freedom of Information Unit, PO Box 1, " + name : null,
            "foi@" + domain,
            random.nextBoolean() ? "https://www." + domain + "/foi" : null);
    Values<Organisation> values =
        Organisation.TYPE
            .newValues()
            .set(Organisation.NAME, name)
            .set(Organisation.KIND, kind)
            .set(Organisation.NATION, nation)
            .set(Organisation.FOI_CONTACT, contact);
    if (random.nextInt(4) == 0) {
      values.set(
          Organisation.ADVICE_AND_ASSISTANCE,
          "Contracts we award are published on Contracts Finder.");
    }
    return values.build();
  }

  private int quantity() {
    int kind = random.nextInt(10_000);
    if (kind < 8_800) {
      return 1;
    } else if (kind < 9_600) {
      return 2 + random.nextInt(9);
    } else if (kind < 9_900) {
      return 11 + random.nextInt(190);
    } else if (kind < 9_990) {
      return 201 + random.nextInt(9_800);
    }
    return Asset.MAX_QUANTITY;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static List<String> sharedIds(String id, boolean dpia) {
    // The asset's own immutable list: passing it to Asset's constructor copies nothing.
    Asset.Builder template =
        Asset.builder("TEMPLATE")
            .category(AssetCategory.OTHER)
            .deployment(Deployment.OVERT)
            .status(AssetStatus.PLANNED);
    Asset asset =
        dpia ? template.dpiaIds(List.of(id)).build() : template.contractIds(List.of(id)).build();
    return dpia ? asset.dpiaIds() : asset.contractIds();
  }

  private static String id(String prefix, int number, int width) {
    char[] text = new char[prefix.length() + width];
    prefix.getChars(0, prefix.length(), text, 0);
    int n = number;
    for (int i = text.length - 1; i >= prefix.length(); i--) {
      text[i] = (char) ('0' + n % 10);
      n /= 10;
    }
    return new String(text);
  }

  private static LocalDate day(long epochDay) {
    long offset = epochDay - FIRST_CACHED_DAY;
    return offset >= 0 && offset < DAYS.length
        ? DAYS[(int) offset]
        : LocalDate.ofEpochDay(epochDay);
  }

  private static LocalDate[] days(long first, LocalDate last) {
    LocalDate[] days = new LocalDate[(int) (last.toEpochDay() - first + 1)];
    for (int i = 0; i < days.length; i++) {
      days[i] = LocalDate.ofEpochDay(first + i);
    }
    return days;
  }
}
