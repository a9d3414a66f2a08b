package org.oversight.register.vendor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Knows which names denote the same vendor and which vendors belong to which corporate group, with
 * the dates they belonged, so that a question about "Hikvision" finds an {@code EZVIZ}-branded
 * camera, a {@code "HikVision"} typo and {@code "Hangzhou Hikvision Digital Technology Co., Ltd."}.
 *
 * <p>Names are compared through {@link VendorNames#normalise(String)}. A name the directory does
 * not list is a vendor of its own, matched by its normalised name. Immutable and thread-safe;
 * {@link #toBuilder()} derives a directory with a user's own entries (for example a relabel a force
 * knows about) without a release.
 */
public final class VendorDirectory {
  private static final VendorDirectory EMPTY = new Builder().build();

  private final Map<String, VendorGroup> vendors;
  private final Map<String, String> aliases;
  private final Map<String, List<Membership>> memberships;

  private VendorDirectory(Builder builder) {
    this.vendors = Map.copyOf(builder.vendors);
    this.aliases = Map.copyOf(builder.aliases);
    Map<String, List<Membership>> copy = new HashMap<>();
    builder.memberships.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.memberships = Map.copyOf(copy);
  }

  /**
   * Returns a directory that lists nothing: every name is a vendor of its own.
   *
   * @return the empty directory, never null
   */
  public static VendorDirectory empty() {
    return EMPTY;
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this directory's entries, to add a user's own.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.vendors.putAll(vendors);
    builder.aliases.putAll(aliases);
    memberships.forEach((k, v) -> builder.memberships.put(k, new ArrayList<>(v)));
    return builder;
  }

  /**
   * Returns the vendor a name denotes: a listed vendor if the name or one of its aliases is listed,
   * otherwise a vendor of its own keyed by the normalised name.
   *
   * @param name a vendor name as written
   * @return the vendor, never null
   * @throws IllegalArgumentException if the name has no letters or digits
   */
  public VendorGroup vendorNamed(String name) {
    String normalised = VendorNames.normalise(requireNonNull(name, "name"));
    if (normalised.isEmpty()) {
      throw new IllegalArgumentException("not a vendor name: \"" + name + "\"");
    }
    String key = aliases.getOrDefault(normalised, normalised);
    VendorGroup listed = vendors.get(key);
    return listed != null ? listed : new VendorGroup(key, name);
  }

  /**
   * Returns whether the directory lists the vendor (rather than treating it as one of its own).
   *
   * @param vendor a vendor
   * @return true when listed
   */
  public boolean isListed(VendorGroup vendor) {
    return vendors.containsKey(vendor.key());
  }

  /**
   * Returns the vendor and every group it belongs to on a date, innermost first.
   *
   * @param vendor a vendor
   * @param date the day
   * @return the chain, never empty, starting with {@code vendor}
   */
  public List<VendorGroup> groupsOn(VendorGroup vendor, LocalDate date) {
    List<VendorGroup> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    VendorGroup current = vendor;
    while (current != null && seen.add(current.key())) {
      chain.add(current);
      VendorGroup parent = null;
      for (Membership membership : memberships.getOrDefault(current.key(), List.of())) {
        if (membership.isOn(date)) {
          parent = vendors.get(membership.parentKey());
          break;
        }
      }
      current = parent;
    }
    return List.copyOf(chain);
  }

  /**
   * Returns the keys of the vendor and every group it has belonged to at any date: what an index
   * files it under.
   *
   * @param vendor a vendor
   * @return the keys, never empty
   */
  public Set<String> keysAtAnyDate(VendorGroup vendor) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(vendor.key()));
    while (!todo.isEmpty()) {
      String key = todo.remove(todo.size() - 1);
      if (keys.add(key)) {
        for (Membership membership : memberships.getOrDefault(key, List.of())) {
          todo.add(membership.parentKey());
        }
      }
    }
    return Set.copyOf(keys);
  }

  /**
   * Returns whether the vendor's groups depend on the date: some membership on its chain is dated.
   *
   * @param vendor a vendor
   * @return true when {@link #groupsOn} may differ between dates
   */
  public boolean isDateDependent(VendorGroup vendor) {
    for (String key : keysAtAnyDate(vendor)) {
      for (Membership membership : memberships.getOrDefault(key, List.of())) {
        if (membership.from() != null || membership.until() != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Resolves a product's recorded manufacturer, else its brand, to its vendor and groups on a date.
   *
   * @param manufacturer the recorded manufacturer, or null if unknown
   * @param brand the recorded brand, or null
   * @param date the day
   * @return the match, never null; {@linkplain VendorMatch#isUnknown() unknown} when neither is
   *     recorded
   */
  public VendorMatch resolve(
      @Nullable String manufacturer, @Nullable String brand, LocalDate date) {
    requireNonNull(date, "date");
    if (manufacturer == null && brand == null) {
      return new VendorMatch(
          null, List.of(), "manufacturer unknown: neither manufacturer nor brand recorded");
    }
    String field = manufacturer != null ? "manufacturer" : "brand";
    String name = manufacturer != null ? manufacturer : requireNonNull(brand);
    VendorGroup vendor = vendorNamed(name);
    List<VendorGroup> groups = groupsOn(vendor, date);
    return new VendorMatch(vendor, groups, explain(field, name, groups, date));
  }

  /**
   * Says why a product matches a question about a vendor or group on a date, or that it does not. A
   * product matches when its recorded manufacturer or its brand is the vendor asked about or
   * belongs to it on the date.
   *
   * @param manufacturer the recorded manufacturer, or null
   * @param brand the recorded brand, or null
   * @param asked the vendor or group asked about
   * @param date the day
   * @return why it matched, or empty if it does not
   */
  public Optional<String> whyMatches(
      @Nullable String manufacturer, @Nullable String brand, VendorGroup asked, LocalDate date) {
    for (int i = 0; i < 2; i++) {
      String field = i == 0 ? "manufacturer" : "brand";
      String name = i == 0 ? manufacturer : brand;
      if (name == null || VendorNames.normalise(name).isEmpty()) {
        continue;
      }
      List<VendorGroup> groups = groupsOn(vendorNamed(name), date);
      int at = groups.indexOf(asked);
      if (at >= 0) {
        return Optional.of(explain(field, name, groups.subList(0, at + 1), date));
      }
    }
    return Optional.empty();
  }

  private String explain(String field, String name, List<VendorGroup> groups, LocalDate date) {
    VendorGroup vendor = groups.get(0);
    StringBuilder reason = new StringBuilder();
    reason.append(field).append(" \"").append(name).append('"');
    if (!isListed(vendor)) {
      return reason.append(" is not in the vendor directory; matched by name").toString();
    }
    reason.append(" is ").append(vendor.name());
    for (int i = 1; i < groups.size(); i++) {
      VendorGroup child = groups.get(i - 1);
      VendorGroup parent = groups.get(i);
      Membership membership = membershipOn(child, parent, date);
      reason.append(", part of ").append(parent.name());
      if (membership != null) {
        reason.append(" on ").append(date);
        if (!membership.source().isEmpty()) {
          reason.append(" (source: ").append(membership.source()).append(')');
        }
      }
    }
    return reason.toString();
  }

  private @Nullable Membership membershipOn(VendorGroup child, VendorGroup parent, LocalDate date) {
    for (Membership membership : memberships.getOrDefault(child.key(), List.of())) {
      if (membership.parentKey().equals(parent.key()) && membership.isOn(date)) {
        return membership;
      }
    }
    return null;
  }

  /**
   * Returns every listed vendor, in key order.
   *
   * @return an unmodifiable list, never null
   */
  public List<VendorGroup> vendors() {
    return vendors.values().stream()
        .sorted(java.util.Comparator.comparing(VendorGroup::key))
        .toList();
  }

  /**
   * That a vendor belonged to a group over a period, and who says so.
   *
   * @param parentKey the group's key
   * @param from the first day, or null if since before records
   * @param until the last day, or null if still
   * @param source where this is stated, possibly empty
   */
  record Membership(
      String parentKey, @Nullable LocalDate from, @Nullable LocalDate until, String source) {
    boolean isOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
  }

  /** Builds a {@link VendorDirectory}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, VendorGroup> vendors = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, List<Membership>> memberships = new HashMap<>();

    private Builder() {}

    /**
     * Lists a vendor under its display name, with other names it goes by.
     *
     * @param name the display name, for example {@code "Hikvision"}
     * @param aliases other names: legal names, common spellings
     * @return this builder
     * @throws IllegalArgumentException if a name has no letters or digits, or an alias already
     *     denotes another vendor
     */
    public Builder vendor(String name, String... aliases) {
      String key = key(name);
      vendors.putIfAbsent(key, new VendorGroup(key, name));
      for (String alias : aliases) {
        String aliasKey = key(alias);
        if (aliasKey.equals(key)) {
          continue;
        }
        String previous = this.aliases.putIfAbsent(aliasKey, key);
        if (previous != null && !previous.equals(key)) {
          throw new IllegalArgumentException(
              "alias \"" + alias + "\" already denotes " + vendors.get(previous));
        }
      }
      return this;
    }

    /**
     * Records that a vendor (a brand or subsidiary) belonged to a group over a period. Both are
     * listed if they were not.
     *
     * @param member the brand or subsidiary
     * @param group the group
     * @param from the first day, or null if since before records
     * @param until the last day, or null if it still belongs
     * @param source where this is stated
     * @return this builder
     * @throws IllegalArgumentException if {@code until} is before {@code from}
     */
    public Builder belongsTo(
        String member,
        String group,
        @Nullable LocalDate from,
        @Nullable LocalDate until,
        String source) {
      if (from != null && until != null && until.isBefore(from)) {
        throw new IllegalArgumentException(
            member + " in " + group + ": until " + until + " is before from " + from);
      }
      vendor(member);
      vendor(group);
      String memberKey = resolveKey(member);
      String groupKey = resolveKey(group);
      memberships
          .computeIfAbsent(memberKey, k -> new ArrayList<>())
          .add(new Membership(groupKey, from, until, requireNonNull(source, "source")));
      return this;
    }

    private String resolveKey(String name) {
      String key = key(name);
      return aliases.getOrDefault(key, key);
    }

    private static String key(String name) {
      String key = VendorNames.normalise(requireNonNull(name, "name"));
      if (key.isEmpty()) {
        throw new IllegalArgumentException("not a vendor name: \"" + name + "\"");
      }
      return key;
    }

    /**
     * Builds the directory.
     *
     * @return a new directory, never null
     */
    public VendorDirectory build() {
      return new VendorDirectory(this);
    }
  }

  /**
   * Returns the directory shipped with the library: the groups and brands that a public source
   * supports, each with its source and dates.
   *
   * @return the standard directory, never null
   */
  public static VendorDirectory standard() {
    return StandardVendors.DIRECTORY;
  }
}
