package org.oversight.register.benchmarks;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AdvancedCctvPolicy;
import org.oversight.register.AssetQuery;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;

/**
 * The questions the query benchmarks ask, each three ways: through the register's {@link
 * AssetQuery}, as a stream-scan predicate, and as SQL over the H2 schema of {@link
 * QueryBenchmark.H2}.
 */
public enum Question {
  /** All Hikvision products owned or operated, in service on the date (≈16% of assets). */
  HIKVISION {
    @Override
    AssetQuery ask(AssetRegister register, LocalDate date) {
      return register.query().manufacturer("Hikvision").ownedOrOperated().inServiceOn(date);
    }

    @Override
    Predicate<Asset> scan(ScanContext context) {
      Set<String> names = context.hikvisionNames();
      LocalDate date = context.date();
      return a ->
          (contains(names, a.manufacturer()) || contains(names, a.brand()))
              && (a.owned() || a.operated())
              && a.isInServiceOn(date);
    }

    @Override
    String sql(String select, long day) {
      return select
          + " FROM asset_vendor v JOIN asset a ON a.pos = v.pos WHERE v.group_key = 'hikvision'"
          + " AND (a.owned OR a.operated) AND "
          + inService(day);
    }
  },

  /** Advanced CCTV under the standard policy, whatever the date (≈13%). */
  ADVANCED {
    @Override
    AssetQuery ask(AssetRegister register, LocalDate date) {
      return register.query().advanced();
    }

    @Override
    Predicate<Asset> scan(ScanContext context) {
      AdvancedCctvPolicy policy = context.policy();
      return policy::isAdvanced;
    }

    @Override
    String sql(String select, long day) {
      return select + " FROM asset a WHERE a.advanced = TRUE";
    }
  },

  /** Live facial recognition in service on the date (≈0.4% of assets: the selective one). */
  LIVE_FACIAL_RECOGNITION {
    @Override
    AssetQuery ask(AssetRegister register, LocalDate date) {
      return register.query().capability(Capability.LIVE_FACIAL_RECOGNITION).inServiceOn(date);
    }

    @Override
    Predicate<Asset> scan(ScanContext context) {
      LocalDate date = context.date();
      return a -> a.hasCapability(Capability.LIVE_FACIAL_RECOGNITION) && a.isInServiceOn(date);
    }

    @Override
    String sql(String select, long day) {
      return select
          + " FROM asset_capability c JOIN asset a ON a.pos = c.pos"
          + " WHERE c.capability = 'LIVE_FACIAL_RECOGNITION' AND "
          + inService(day);
    }
  },

  /** Body-worn cameras in overt use on the date (≈14%). */
  BODY_WORN_OVERT {
    @Override
    AssetQuery ask(AssetRegister register, LocalDate date) {
      return register.query().category(AssetCategory.BODY_WORN_CAMERA).overt().inServiceOn(date);
    }

    @Override
    Predicate<Asset> scan(ScanContext context) {
      LocalDate date = context.date();
      return a ->
          a.category() == AssetCategory.BODY_WORN_CAMERA && !a.isCovert() && a.isInServiceOn(date);
    }

    @Override
    String sql(String select, long day) {
      return select
          + " FROM asset a WHERE a.category = 'BODY_WORN_CAMERA' AND a.deployment = 'OVERT' AND "
          + inService(day);
    }
  };

  /** The question through the register's indexes. */
  abstract AssetQuery ask(AssetRegister register, LocalDate date);

  /** The question as a fair stream-scan predicate (its look-ups precomputed in the context). */
  abstract Predicate<Asset> scan(ScanContext context);

  /** The question in SQL, from {@code select} (the select list) on; positions in {@code a.pos}. */
  abstract String sql(String select, long day);

  private static String inService(long day) {
    // from_day is null for planned assets, so they fail the first comparison.
    return "a.from_day <= " + day + " AND (a.until_day IS NULL OR a.until_day >= " + day + ")";
  }

  private static boolean contains(Set<String> names, @Nullable String name) {
    return name != null && names.contains(name);
  }

  /**
   * What a fair scan precomputes once.
   *
   * @param date the date asked about
   * @param hikvisionNames every recorded manufacturer or brand string that resolves to Hikvision on
   *     the date
   * @param policy the advanced-CCTV policy
   */
  record ScanContext(LocalDate date, Set<String> hikvisionNames, AdvancedCctvPolicy policy) {}
}
