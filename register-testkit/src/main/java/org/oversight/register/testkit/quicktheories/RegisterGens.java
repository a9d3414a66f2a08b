package org.oversight.register.testkit.quicktheories;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.testkit.RegisterGenerator;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators ({@link Gen}) of valid registers, assets, DPIAs and contracts.
 *
 * <pre>{@code
 * qt().withExamples(200)
 *     .forAll(RegisterGens.registers(1_000))
 *     .checkAssert(register -> assertThat(myCode.answer(register)).isNotNull());
 * }</pre>
 *
 * <p>Where a small counterexample matters, the generators are built from QuickTheories' own
 * combinators, so that a failure shrinks: a register's size is drawn with {@code
 * integers().between}, and shrinks towards an empty register; an asset's parts are drawn one by one
 * and shrink towards a plain, overt, in-service camera with quantity 1. Registers are otherwise
 * filled by {@link RegisterGenerator} from a seed (also drawn by QuickTheories, so that {@code
 * -DQT_SEED} reproduces a run). Stateless and thread-safe.
 */
// Gen is QuickTheories' type: users of this optional package require quicktheories themselves.
@SuppressWarnings("exports")
public final class RegisterGens {
  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);

  private RegisterGens() {}

  /**
   * Returns seeds for {@link RegisterGenerator#seeded(long)}.
   *
   * @return a generator of any long, never null
   */
  public static Gen<Long> seeds() {
    return longs().all();
  }

  /**
   * Returns valid registers of 0 to {@code maxSize} assets, shrinking towards fewer assets.
   *
   * @param maxSize the largest number of assets, 0 or more
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public static Gen<AssetRegister> registers(int maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must be at least 0, was " + maxSize);
    }
    return integers()
        .between(0, maxSize)
        .zip(seeds(), (size, seed) -> RegisterGenerator.seeded(seed).register(size))
        .describedAs(RegisterGens::describe);
  }

  /**
   * Returns valid registers with one of the given sizes.
   *
   * @param sizes the sizes to choose from, each 0 or more
   * @return the generator, never null
   * @throws IllegalArgumentException if no size is given or one is negative
   */
  public static Gen<AssetRegister> registersOfSize(Integer... sizes) {
    if (sizes.length == 0) {
      throw new IllegalArgumentException("give at least one size");
    }
    for (int size : sizes) {
      if (size < 0) {
        throw new IllegalArgumentException("sizes must be at least 0, was " + size);
      }
    }
    return arbitrary()
        .pick(List.of(sizes))
        .zip(seeds(), (size, seed) -> RegisterGenerator.seeded(seed).register(size))
        .describedAs(RegisterGens::describe);
  }

  /**
   * Returns days from 2000-01-01 to 2030-12-31, shrinking towards the first.
   *
   * @return the generator, never null
   */
  public static Gen<LocalDate> dates() {
    return dates(FIRST_DAY, LAST_DAY);
  }

  /**
   * Returns days from {@code from} to {@code to}, both included, shrinking towards {@code from}.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from (" + from + "), was " + to);
    }
    return longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * Returns capabilities: every standard one and a few custom {@code X-} ones.
   *
   * @return the generator, never null
   */
  public static Gen<Capability> capabilities() {
    List<Capability> all = new ArrayList<>(Capability.standardValues());
    all.add(Capability.of("X-WEAPON-DETECTION"));
    all.add(Capability.of("X-DRONE-DETECTION"));
    return arbitrary().pick(all);
  }

  /**
   * Returns manufacturer names as recorded: empty for unknown, and spelling variants, brands and
   * unlisted firms.
   *
   * @return the generator, never null
   */
  public static Gen<Optional<String>> vendorNames() {
    return arbitrary()
        .pick(
            List.of(
                Optional.<String>empty(),
                Optional.of("Hikvision"),
                Optional.of("HikVision"),
                Optional.of("Hangzhou Hikvision Digital Technology Co., Ltd."),
                Optional.of("EZVIZ"),
                Optional.of("Dahua Technology"),
                Optional.of("Lorex"),
                Optional.of("IndigoVision"),
                Optional.of("Axis Communications"),
                Optional.of("Hanwha Vision"),
                Optional.of("Bosch Security Systems"),
                Optional.of("Kestrel Optics Ltd")));
  }

  /**
   * Returns valid assets with the given id (they reference no DPIA or contract), built part by part
   * from QuickTheories combinators: a failure shrinks towards an overt, owned and operated,
   * in-service fixed camera with no capabilities, unknown manufacturer and quantity 1.
   *
   * @param id the assets' id
   * @return the generator, never null
   */
  public static Gen<Asset> assets(String id) {
    Gen<AssetCategory> categories = arbitrary().enumValues(AssetCategory.class);
    Gen<List<Capability>> capabilitySets = lists().of(capabilities()).ofSizeBetween(0, 4);
    Gen<Optional<String>> makers = vendorNames();
    Gen<Integer> quantities = integers().between(Asset.MIN_QUANTITY, Asset.MAX_QUANTITY);
    Gen<Deployment> deployments = arbitrary().enumValues(Deployment.class);
    Gen<Integer> relationships = integers().between(0, 2);
    Gen<AssetStatus> statuses =
        arbitrary().pick(AssetStatus.IN_SERVICE, AssetStatus.PLANNED, AssetStatus.DECOMMISSIONED);
    Gen<Integer> lengths = integers().between(0, 20 * 365);
    Gen<Boolean> brandOnly = booleans().all();
    Gen<Asset.Builder> what =
        categories.zip(
            capabilitySets,
            makers,
            brandOnly,
            quantities,
            (category, capabilities, maker, onlyBrand, quantity) -> {
              Asset.Builder builder =
                  Asset.builder(id).category(category).capabilities(capabilities);
              maker.ifPresent(
                  name -> {
                    if (onlyBrand) {
                      builder.brand(name);
                    } else {
                      builder.manufacturer(name);
                    }
                  });
              return builder.quantity(quantity);
            });
    return what.zip(
        deployments,
        relationships,
        statuses.zip(dates(), lengths, Lifecycle::new),
        (builder, deployment, relationship, life) -> {
          builder
              .deployment(deployment)
              .owned(relationship != 2)
              .operated(relationship != 1)
              .status(life.status());
          if (deployment == Deployment.COVERT) {
            builder.authorisationRef("RIPA-DS-2021-001");
          }
          switch (life.status()) {
            case PLANNED -> builder.inServiceFrom(null).inServiceUntil(null);
            case IN_SERVICE -> builder.inServiceFrom(life.from()).inServiceUntil(null);
            case DECOMMISSIONED ->
                builder
                    .inServiceFrom(life.from())
                    .inServiceUntil(life.from().plusDays(life.days()));
          }
          return builder.build();
        });
  }

  /**
   * Returns valid DPIAs with the given id, as at a date from 2017 to 2025.
   *
   * @param id the DPIAs' id
   * @return the generator, never null
   */
  public static Gen<Dpia> dpias(String id) {
    return seeds()
        .map(
            seed -> {
              RegisterGenerator generator = RegisterGenerator.seeded(seed);
              return generator.dpia(id, generator.asAt());
            });
  }

  /**
   * Returns valid contracts with the given id, as at a date from 2017 to 2025.
   *
   * @param id the contracts' id
   * @return the generator, never null
   */
  public static Gen<Contract> contracts(String id) {
    return seeds()
        .map(
            seed -> {
              RegisterGenerator generator = RegisterGenerator.seeded(seed);
              return generator.contract(id, generator.asAt());
            });
  }

  private record Lifecycle(AssetStatus status, LocalDate from, int days) {}

  private static String describe(AssetRegister register) {
    return register + " as at " + register.asAt();
  }
}
