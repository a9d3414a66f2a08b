package org.oversight.register.vendor;

import static java.util.Objects.requireNonNull;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oversight.register.internal.refdata.ReferenceLines;
import org.oversight.register.refdata.DataVersion;
import org.oversight.register.refdata.ReferenceDataException;

/**
 * Knows which names denote the same vendor and which vendors belong to which corporate group, with
 * the dates they belonged, so that a question about "Hikvision" finds an {@code EZVIZ}-branded
 * camera, a {@code "HikVision"} typo and {@code "Hangzhou Hikvision Digital Technology Co., Ltd."}.
 *
 * <p>Names are compared through {@link VendorNames#normalise(String)}. A name the directory does
 * not list is a vendor of its own, matched by its normalised name. The {@linkplain #standard()
 * standard directory} is reference data shipped in the jar, every entry with its source; {@link
 * #toBuilder()} and {@link Builder#load(Reader, String)} add a user's own entries (for example a
 * relabel a force knows about) without a release. The line format is described in {@link
 * Builder#load(Reader, String)}.
 *
 * <p>Placeholders recorded as a manufacturer or brand ("Unknown", "N/A", "TBC"; see {@link
 * VendorNames#isPlaceholder}) count as not recorded. Names written with look-alike characters (a
 * Cyrillic {@code Н} in "Hikvision") fold to the listed name they imitate, by Unicode TR39
 * skeletons; the match says so ({@link VendorMatch#isLookAlike()}).
 *
 * <p>Immutable and thread-safe (the look-alike index is built once, on first use).
 */
public final class VendorDirectory {
  /** The format name a vendor file declares in its {@code @format} header. */
  public static final String FORMAT = "oversight-vendors/1";

  private static final VendorDirectory EMPTY = new Builder().build();

  private final Map<String, VendorGroup> vendors;
  private final Map<String, String> sources;
  private final Map<String, String> aliases;
  private final Map<String, List<Membership>> memberships;
  // Built on first use: most registers name only listed vendors, and never need it.
  private volatile @Nullable LookAlikeIndex lookAlikeIndex;

  private VendorDirectory(Builder builder) {
    this.vendors = Map.copyOf(builder.vendors);
    this.sources = Map.copyOf(builder.sources);
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
   * Returns the directory shipped with the library: the groups, aliases and brands that a public
   * source supports, each with its source and dates. See {@link #standardVersion()}.
   *
   * @return the standard directory, never null
   */
  public static VendorDirectory standard() {
    return StandardVendors.DIRECTORY;
  }

  /**
   * Returns the version and date of the standard directory's data.
   *
   * @return the version, never null
   */
  public static DataVersion standardVersion() {
    return StandardVendors.VERSION;
  }

  /**
   * Reads a directory from a vendor file (format in {@link Builder#load(Reader, String)}).
   *
   * @param reader the file's text; not closed
   * @param source the file name, used in problems
   * @return the directory, never null
   * @throws ReferenceDataException with every bad line
   * @throws UncheckedIOException if the reader fails
   */
  public static VendorDirectory parse(Reader reader, String source) {
    return builder().load(reader, source).build();
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
    builder.sources.putAll(sources);
    builder.aliases.putAll(aliases);
    memberships.forEach((k, v) -> builder.memberships.put(k, new ArrayList<>(v)));
    return builder;
  }

  /**
   * Returns the vendor a name denotes: a listed vendor if the name or one of its aliases is listed
   * (after normalisation), or if it folds to one when look-alike characters are read as the letters
   * they imitate ({@code "Нikvision"} with a Cyrillic {@code Н} is Hikvision); otherwise a vendor
   * of its own keyed by the normalised name.
   *
   * @param name a vendor name as written
   * @return the vendor, never null
   * @throws IllegalArgumentException if the name has no letters or digits, or is a {@linkplain
   *     VendorNames#isPlaceholder placeholder} such as "Unknown" or "N/A"
   */
  public VendorGroup vendorNamed(String name) {
    return lookup(requireNonNull(name, "name")).vendor();
  }

  /**
   * Returns the vendor a recorded manufacturer or brand denotes, or nothing when the field holds no
   * name: absent, blank, or a {@linkplain VendorNames#isPlaceholder placeholder}. This is how an
   * index files a product under its vendors.
   *
   * @param recorded a recorded manufacturer or brand, or null
   * @return the vendor, or empty when nothing is recorded
   */
  public Optional<VendorGroup> recordedVendor(@Nullable String recorded) {
    return isRecorded(recorded)
        ? Optional.of(lookup(requireNonNull(recorded)).vendor())
        : Optional.empty();
  }

  /** A name recognised by the directory, and how. */
  private record Named(VendorGroup vendor, VendorMatch.NameMatch how) {}

  private Named lookup(String name) {
    String normalised = VendorNames.normalise(name);
    if (normalised.isEmpty()) {
      throw new IllegalArgumentException(
          "not a vendor name: \"" + VendorNames.display(name) + "\"");
    }
    if (VendorNames.isPlaceholder(name)) {
      throw new IllegalArgumentException(
          "\""
              + VendorNames.display(name)
              + "\" is a placeholder for an unknown manufacturer, not a vendor name");
    }
    String alias = aliases.get(normalised);
    String key = alias != null ? alias : normalised;
    VendorGroup listed = vendors.get(key);
    if (listed != null) {
      return new Named(
          listed, alias != null ? VendorMatch.NameMatch.ALIAS : VendorMatch.NameMatch.LISTED_NAME);
    }
    VendorGroup lookAlike = lookAlikes().find(normalised);
    if (lookAlike != null) {
      return new Named(lookAlike, VendorMatch.NameMatch.LOOK_ALIKE);
    }
    return new Named(new VendorGroup(normalised, name), VendorMatch.NameMatch.UNLISTED);
  }

  private static boolean isRecorded(@Nullable String name) {
    return name != null && !VendorNames.isPlaceholder(name);
  }

  /**
   * The listed names and aliases by their look-alike keys, built the first time a name is not found
   * as written; a key two vendors share finds neither.
   */
  private LookAlikeIndex lookAlikes() {
    LookAlikeIndex index = lookAlikeIndex;
    if (index == null) {
      index = new LookAlikeIndex();
      lookAlikeIndex = index;
    }
    return index;
  }

  private final class LookAlikeIndex {
    private final Map<String, Optional<VendorGroup>> byLowerKey = new HashMap<>();
    private final Map<String, Optional<VendorGroup>> byUpperKey = new HashMap<>();

    LookAlikeIndex() {
      vendors.forEach((key, vendor) -> add(key, vendor));
      aliases.forEach((alias, key) -> add(alias, requireNonNull(vendors.get(key))));
    }

    private void add(String key, VendorGroup vendor) {
      Optional<VendorGroup> found = Optional.of(vendor);
      byLowerKey.merge(
          LookAlikes.lowerKey(key), found, (a, b) -> a.equals(b) ? a : Optional.empty());
      byUpperKey.merge(
          LookAlikes.upperKey(key), found, (a, b) -> a.equals(b) ? a : Optional.empty());
    }

    @Nullable VendorGroup find(String normalised) {
      Optional<VendorGroup> lower = byLowerKey.get(LookAlikes.lowerKey(normalised));
      if (lower != null) {
        return lower.orElse(null);
      }
      Optional<VendorGroup> upper = byUpperKey.get(LookAlikes.upperKey(normalised));
      return upper == null ? null : upper.orElse(null);
    }
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
   * Returns where the directory's entry for a vendor comes from.
   *
   * @param vendor a vendor
   * @return the source, or empty if the vendor is not listed or was listed without one
   */
  public Optional<String> source(VendorGroup vendor) {
    String source = sources.get(vendor.key());
    return source == null || source.isEmpty() ? Optional.empty() : Optional.of(source);
  }

  /**
   * Returns the other names a listed vendor goes by, as normalised keys in key order.
   *
   * @param vendor a vendor
   * @return an unmodifiable list, never null; empty if none
   */
  public List<String> aliasKeys(VendorGroup vendor) {
    return aliases.entrySet().stream()
        .filter(e -> e.getValue().equals(vendor.key()))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /**
   * Returns the groups a vendor has belonged to, with dates and sources, earliest first.
   *
   * @param vendor a vendor
   * @return an unmodifiable list, never null; empty if it belongs to no group
   */
  public List<Membership> memberships(VendorGroup vendor) {
    List<Membership> list = new ArrayList<>(memberships.getOrDefault(vendor.key(), List.of()));
    list.sort(
        Comparator.comparing(
            Membership::from, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
    return List.copyOf(list);
  }

  /**
   * Returns the vendor and every group it belongs to on a date, innermost first.
   *
   * @param vendor a vendor
   * @param date the day
   * @return the chain, never empty, starting with {@code vendor}
   */
  public List<VendorGroup> groupsOn(VendorGroup vendor, LocalDate date) {
    return chain(requireNonNull(vendor, "vendor"), requireNonNull(date, "date"), new ArrayList<>());
  }

  /**
   * The vendor and its groups on a date; {@code links} receives the membership behind each step.
   */
  private List<VendorGroup> chain(
      VendorGroup vendor, LocalDate date, List<@Nullable Membership> links) {
    List<VendorGroup> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    VendorGroup current = vendor;
    while (current != null && seen.add(current.key())) {
      chain.add(current);
      Membership link = null;
      for (Membership membership : memberships.getOrDefault(current.key(), List.of())) {
        if (membership.isOn(date)) {
          link = membership;
          break;
        }
      }
      if (link != null && !seen.contains(link.group().key())) {
        links.add(link);
      }
      current = link == null ? null : link.group();
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
          todo.add(membership.group().key());
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
        if (membership.isDated()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Resolves a product's recorded manufacturer and brand to its vendor and groups on a date. The
   * manufacturer decides when the directory lists it; otherwise a listed brand decides (a
   * relabelled product's brand may say more than an unlisted maker's name); otherwise the
   * manufacturer, else the brand, is a vendor of its own. A {@linkplain VendorNames#isPlaceholder
   * placeholder} ("Unknown", "N/A", "TBC", ...) counts as not recorded.
   *
   * @param manufacturer the recorded manufacturer, or null if unknown
   * @param brand the recorded brand, or null
   * @param date the day
   * @return the match, never null; {@linkplain VendorMatch#isUnknown() unknown} when neither is
   *     recorded (a product whose maker is unknown is never silently "not Hikvision")
   */
  public VendorMatch resolve(
      @Nullable String manufacturer, @Nullable String brand, LocalDate date) {
    requireNonNull(date, "date");
    boolean hasManufacturer = isRecorded(manufacturer);
    boolean hasBrand = isRecorded(brand);
    if (!hasManufacturer && !hasBrand) {
      return VendorMatch.unknown(manufacturer, brand, date);
    }
    Named named;
    VendorMatch.Field field;
    String name;
    Named byManufacturer = hasManufacturer ? lookup(requireNonNull(manufacturer)) : null;
    if (byManufacturer != null
        && (isListed(byManufacturer.vendor())
            || !hasBrand
            || !isListed(lookup(requireNonNull(brand)).vendor()))) {
      named = byManufacturer;
      field = VendorMatch.Field.MANUFACTURER;
      name = requireNonNull(manufacturer);
    } else {
      name = requireNonNull(brand);
      named = lookup(name);
      field = VendorMatch.Field.BRAND;
    }
    List<@Nullable Membership> links = new ArrayList<>();
    List<VendorGroup> groups = chain(named.vendor(), date, links);
    return VendorMatch.known(field, name, named.how(), groups, links, date);
  }

  /**
   * Returns how a product matches a question about a vendor or group on a date: it matches when its
   * recorded manufacturer or its brand is the vendor asked about or belongs to it on the date. The
   * match's groups run from the recorded vendor to the one asked about.
   *
   * @param manufacturer the recorded manufacturer, or null
   * @param brand the recorded brand, or null
   * @param asked the vendor or group asked about
   * @param date the day
   * @return the match, or empty if the product does not match
   */
  public Optional<VendorMatch> match(
      @Nullable String manufacturer, @Nullable String brand, VendorGroup asked, LocalDate date) {
    requireNonNull(asked, "asked");
    requireNonNull(date, "date");
    for (VendorMatch.Field field : VendorMatch.Field.values()) {
      String name = field == VendorMatch.Field.MANUFACTURER ? manufacturer : brand;
      if (!isRecorded(name)) {
        continue;
      }
      Named named = lookup(requireNonNull(name));
      List<@Nullable Membership> links = new ArrayList<>();
      List<VendorGroup> groups = chain(named.vendor(), date, links);
      int at = groups.indexOf(asked);
      if (at >= 0) {
        return Optional.of(
            VendorMatch.known(
                field, name, named.how(), groups.subList(0, at + 1), links.subList(0, at), date));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether a product matches a question about a vendor or group on a date, as {@link
   * #match} decides, without explaining why.
   *
   * @param manufacturer the recorded manufacturer, or null
   * @param brand the recorded brand, or null
   * @param asked the vendor or group asked about
   * @param date the day
   * @return true when it matches
   */
  public boolean matches(
      @Nullable String manufacturer, @Nullable String brand, VendorGroup asked, LocalDate date) {
    requireNonNull(asked, "asked");
    requireNonNull(date, "date");
    return (isRecorded(manufacturer)
            && groupsOn(lookup(requireNonNull(manufacturer)).vendor(), date).contains(asked))
        || (isRecorded(brand)
            && groupsOn(lookup(requireNonNull(brand)).vendor(), date).contains(asked));
  }

  /**
   * Returns whether a product's recorded manufacturer or brand belongs to a vendor or group at any
   * date: what an index files it under, and what a question without a date can ask.
   *
   * @param manufacturer the recorded manufacturer, or null
   * @param brand the recorded brand, or null
   * @param asked the vendor or group asked about
   * @return true when it is the vendor or has ever belonged to it
   */
  public boolean matchesAtAnyDate(
      @Nullable String manufacturer, @Nullable String brand, VendorGroup asked) {
    requireNonNull(asked, "asked");
    for (String name : new String[] {manufacturer, brand}) {
      Optional<VendorGroup> vendor = recordedVendor(name);
      if (vendor.isPresent() && keysAtAnyDate(vendor.get()).contains(asked.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Says why a product matches a question about a vendor or group on a date, or that it does not:
   * the {@linkplain VendorMatch#reason() reason} of {@link #match}. To decide, ask {@link
   * #matches}.
   *
   * @param manufacturer the recorded manufacturer, or null
   * @param brand the recorded brand, or null
   * @param asked the vendor or group asked about
   * @param date the day
   * @return why it matched, or empty if it does not
   */
  public Optional<String> whyMatches(
      @Nullable String manufacturer, @Nullable String brand, VendorGroup asked, LocalDate date) {
    return match(manufacturer, brand, asked, date).map(VendorMatch::reason);
  }

  /**
   * Returns every listed vendor, in key order.
   *
   * @return an unmodifiable list, never null
   */
  public List<VendorGroup> vendors() {
    return vendors.values().stream().sorted(Comparator.comparing(VendorGroup::key)).toList();
  }

  /** Builds a {@link VendorDirectory}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, VendorGroup> vendors = new LinkedHashMap<>();
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, List<Membership>> memberships = new HashMap<>();

    private Builder() {}

    /**
     * Lists a vendor under its display name, with other names it goes by, without a source.
     *
     * @param name the display name, for example {@code "Hikvision"}
     * @param aliases other names: legal names, common spellings
     * @return this builder
     * @throws IllegalArgumentException if a name has no letters or digits, the name is already an
     *     alias of another vendor, or an alias already denotes another vendor
     */
    public Builder vendor(String name, String... aliases) {
      listVendor(name, "");
      for (String alias : aliases) {
        alias(name, alias, "");
      }
      return this;
    }

    /**
     * Lists a vendor under its display name, saying where the entry comes from. Listing a vendor
     * again keeps its first display name and source.
     *
     * @param name the display name, for example {@code "Hikvision"}
     * @param source where the vendor's identity is stated
     * @return this builder
     * @throws IllegalArgumentException if the name has no letters or digits, or is already an alias
     *     of another vendor
     */
    public Builder listVendor(String name, String source) {
      requireNonNull(source, "source");
      String key = key(name);
      String aliasOf = aliases.get(key);
      if (aliasOf != null && !aliasOf.equals(key)) {
        throw new IllegalArgumentException(
            "\""
                + name
                + "\" is already an alias of "
                + requireNonNull(vendors.get(aliasOf)).name());
      }
      vendors.putIfAbsent(key, new VendorGroup(key, name));
      sources.putIfAbsent(key, source);
      return this;
    }

    /**
     * Records another name a listed vendor goes by: a legal name, a common spelling or misspelling.
     *
     * @param name a name of a listed vendor
     * @param alias the other name
     * @param source where the alias is stated
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is not listed, a name has no letters or
     *     digits, or the alias already denotes another vendor
     */
    public Builder alias(String name, String alias, String source) {
      requireNonNull(source, "source");
      String key = resolveKey(name);
      if (!vendors.containsKey(key)) {
        throw new IllegalArgumentException(
            "vendor \"" + name + "\" is not listed; list it before giving it aliases");
      }
      String aliasKey = key(alias);
      if (aliasKey.equals(key)) {
        return this;
      }
      if (vendors.containsKey(aliasKey)) {
        throw new IllegalArgumentException(
            "alias \"" + alias + "\" is itself a listed vendor: " + displayName(aliasKey));
      }
      String previous = aliases.putIfAbsent(aliasKey, key);
      if (previous != null && !previous.equals(key)) {
        throw new IllegalArgumentException(
            "alias \"" + alias + "\" already denotes " + displayName(previous));
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
     * @throws IllegalArgumentException if {@code until} is before {@code from}, or the member
     *     already belongs to another group during the period
     */
    public Builder belongsTo(
        String member,
        String group,
        @Nullable LocalDate from,
        @Nullable LocalDate until,
        String source) {
      return belongsTo(member, group, from, until, source, "");
    }

    /**
     * Records that a vendor (a brand or subsidiary) belonged to a group over a period, with a
     * caveat. Both are listed if they were not.
     *
     * @param member the brand or subsidiary
     * @param group the group
     * @param from the first day, or null if since before records
     * @param until the last day, or null if it still belongs
     * @param source where this is stated
     * @param note a caveat, for example that sources disagree about a date; empty if none
     * @return this builder
     * @throws IllegalArgumentException if {@code until} is before {@code from}, or the member
     *     already belongs to another group during the period
     */
    public Builder belongsTo(
        String member,
        String group,
        @Nullable LocalDate from,
        @Nullable LocalDate until,
        String source,
        String note) {
      return belongsTo(member, group, from, until, source, note, Membership.Basis.STATED);
    }

    /**
     * Records that a vendor (a brand or subsidiary) belonged to a group over a period, with a
     * caveat and the basis of the claim. Both are listed if they were not.
     *
     * @param member the brand or subsidiary
     * @param group the group
     * @param from the first day, or null if since before records
     * @param until the last day, or null if it still belongs
     * @param source where this is stated, or for an inferred membership what it rests on
     * @param note a caveat, for example that sources disagree about a date; empty if none
     * @param basis whether the source states the membership or it is inferred
     * @return this builder
     * @throws IllegalArgumentException if {@code until} is before {@code from}, or the member
     *     already belongs to another group during the period
     */
    public Builder belongsTo(
        String member,
        String group,
        @Nullable LocalDate from,
        @Nullable LocalDate until,
        String source,
        String note,
        Membership.Basis basis) {
      requireNonNull(source, "source");
      requireNonNull(note, "note");
      requireNonNull(basis, "basis");
      if (from != null && until != null && until.isBefore(from)) {
        throw new IllegalArgumentException(
            member + " in " + group + ": until " + until + " is before from " + from);
      }
      if (!vendors.containsKey(resolveKey(member))) {
        listVendor(member, source);
      }
      if (!vendors.containsKey(resolveKey(group))) {
        listVendor(group, source);
      }
      VendorGroup memberVendor = requireNonNull(vendors.get(resolveKey(member)));
      VendorGroup groupVendor = requireNonNull(vendors.get(resolveKey(group)));
      if (memberVendor.equals(groupVendor)) {
        throw new IllegalArgumentException(member + " cannot belong to itself");
      }
      List<Membership> existing =
          memberships.computeIfAbsent(memberVendor.key(), k -> new ArrayList<>());
      for (Membership other : existing) {
        if (other.overlaps(from, until)) {
          throw new IllegalArgumentException(
              memberVendor.name()
                  + " already belongs to "
                  + other.group().name()
                  + " during "
                  + period(other.from(), other.until())
                  + ", which overlaps "
                  + period(from, until));
        }
      }
      existing.add(new Membership(memberVendor, groupVendor, from, until, source, note, basis));
      return this;
    }

    private static String period(@Nullable LocalDate from, @Nullable LocalDate until) {
      return (from == null ? "..." : from.toString()) + " to " + (until == null ? "..." : until);
    }

    /**
     * Adds the entries of a vendor file. The file is UTF-8 text, one record a line, fields
     * separated by {@code |} (surrounding spaces ignored); blank lines and lines starting with
     * {@code #} are comments. Header lines {@code @format|oversight-vendors/1}, {@code
     * @version|...} and {@code @date|yyyy-MM-dd} are optional in a user's file. Records:
     *
     * <pre>
     * vendor | NAME | SOURCE
     * alias  | NAME | OTHER NAME | SOURCE
     * member | BRAND OR SUBSIDIARY | GROUP | FROM | UNTIL | SOURCE | NOTE | BASIS
     * </pre>
     *
     * <p>Every record needs a source. {@code FROM} and {@code UNTIL} may be empty (open), or
     * written {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; a partial date covers its whole
     * period (from 2018 is from 1 January 2018, until 2018 is until 31 December). {@code NOTE} is
     * optional. {@code BASIS} is optional: {@code STATED} (the default: the source states the
     * membership) or {@code INFERRED} (only trade knowledge supports it; explanations say "by
     * inference"). The group of a {@code member} line and the vendor of an {@code alias} line must be
     * listed already (by this file, an earlier line, or the directory the builder started from).
     * Good lines are added even when others are bad; then every bad line is reported at once.
     *
     * @param reader the text; not closed
     * @param source the file name, used in problems
     * @return this builder
     * @throws ReferenceDataException with every bad line, each with its line number
     * @throws UncheckedIOException if the reader fails
     */
    public Builder load(Reader reader, String source) {
      ReferenceLines lines = ReferenceLines.read(requireNonNull(reader, "reader"), source);
      lines.expectFormat(FORMAT);
      return load(lines);
    }

    /** Adds the records of lines already read; throws with every problem found on them. */
    Builder load(ReferenceLines lines) {
      for (ReferenceLines.Line line : lines.lines()) {
        try {
          apply(line, lines);
        } catch (IllegalArgumentException e) {
          lines.problem(line.number(), String.valueOf(e.getMessage()));
        }
      }
      if (!lines.problems().isEmpty()) {
        throw new ReferenceDataException(lines.problems());
      }
      return this;
    }

    private void apply(ReferenceLines.Line line, ReferenceLines lines) {
      switch (line.kind()) {
        case "vendor" -> {
          fields(line, 3, 3);
          listVendor(line.field(1), nonEmpty(line, 2, "source"));
        }
        case "alias" -> {
          fields(line, 4, 4);
          alias(line.field(1), line.field(2), nonEmpty(line, 3, "source"));
        }
        case "member" -> {
          fields(line, 6, 8);
          String group = line.field(2);
          if (!vendors.containsKey(resolveKey(group))) {
            throw new IllegalArgumentException(
                "group \"" + group + "\" is not listed; add a vendor line for it first");
          }
          int before = lines.problems().size();
          LocalDate from = lines.date(line.number(), line.field(3), false);
          LocalDate until = lines.date(line.number(), line.field(4), true);
          Membership.Basis basis = basis(line.field(7));
          if (lines.problems().size() == before) {
            belongsTo(
                line.field(1),
                group,
                from,
                until,
                nonEmpty(line, 5, "source"),
                line.field(6),
                basis);
          }
        }
        default ->
            throw new IllegalArgumentException(
                "unknown record \"" + line.kind() + "\"; expected vendor, alias or member");
      }
    }

    private static Membership.Basis basis(String text) {
      if (text.isEmpty()) {
        return Membership.Basis.STATED;
      }
      for (Membership.Basis basis : Membership.Basis.values()) {
        if (basis.name().equals(text)) {
          return basis;
        }
      }
      throw new IllegalArgumentException("basis \"" + text + "\" is not one of STATED, INFERRED");
    }

    private static void fields(ReferenceLines.Line line, int min, int max) {
      int n = line.fields().size();
      if (n < min || n > max) {
        String expected = min == max ? String.valueOf(min) : min + " to " + max;
        throw new IllegalArgumentException(
            line.kind() + " lines have " + expected + " fields, this one has " + n);
      }
    }

    private static String nonEmpty(ReferenceLines.Line line, int index, String what) {
      String value = line.field(index);
      if (value.isEmpty()) {
        throw new IllegalArgumentException("the " + what + " is empty; every entry needs one");
      }
      return value;
    }

    private String displayName(String key) {
      VendorGroup vendor = vendors.get(key);
      return vendor == null ? key : vendor.name();
    }

    private String resolveKey(String name) {
      String key = key(name);
      return aliases.getOrDefault(key, key);
    }

    private static String key(String name) {
      String key = VendorNames.normalise(requireNonNull(name, "name"));
      if (key.isEmpty()) {
        throw new IllegalArgumentException(
            "not a vendor name: \"" + VendorNames.display(name) + "\"");
      }
      if (VendorNames.isPlaceholder(name)) {
        throw new IllegalArgumentException(
            "\"" + VendorNames.display(name) + "\" is a placeholder, not a vendor name");
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
}
