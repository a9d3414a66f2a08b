package org.oversight.register.vendor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a product's recorded manufacturer and brand resolve to a vendor on a date, as facts: which
 * field decided, how its name was recognised, the chain of groups and the memberships linking them.
 * {@link #reason()} puts those facts into one sentence when it is asked for; deciding whether a
 * product matches never needs the sentence ({@link VendorDirectory#matches}).
 *
 * <p>A product with neither manufacturer nor brand recorded (or only {@linkplain
 * VendorNames#isPlaceholder placeholders} such as "N/A") is <em>unknown</em>: it is never silently
 * "not Hikvision". Immutable and thread-safe.
 */
public final class VendorMatch {

  /** The recorded field whose name decided the vendor. */
  public enum Field {
    /** The recorded manufacturer. */
    MANUFACTURER,
    /** The recorded brand. */
    BRAND;

    String word() {
      return this == MANUFACTURER ? "manufacturer" : "brand";
    }
  }

  /** How the recorded name was recognised in the directory. */
  public enum NameMatch {
    /** The name is a listed vendor's own name (after normalisation). */
    LISTED_NAME,
    /** The name is a listed alias: a legal name or a known spelling. */
    ALIAS,
    /**
     * The name is written with look-alike characters (Unicode TR39 confusables, such as a Cyrillic
     * {@code Н}) and folds to a listed name or alias.
     */
    LOOK_ALIKE,
    /** The directory does not list the name: it is a vendor of its own, matched by name. */
    UNLISTED
  }

  private final @Nullable VendorGroup vendor;
  private final List<VendorGroup> groups;
  private final List<@Nullable Membership> links;
  private final @Nullable Field field;
  private final @Nullable String recordedName;
  private final @Nullable NameMatch nameMatch;
  private final @Nullable String manufacturerPlaceholder;
  private final @Nullable String brandPlaceholder;
  private final LocalDate date;

  private VendorMatch(
      @Nullable VendorGroup vendor,
      List<VendorGroup> groups,
      List<@Nullable Membership> links,
      @Nullable Field field,
      @Nullable String recordedName,
      @Nullable NameMatch nameMatch,
      @Nullable String manufacturerPlaceholder,
      @Nullable String brandPlaceholder,
      LocalDate date) {
    this.vendor = vendor;
    this.groups = List.copyOf(groups);
    this.links = Collections.unmodifiableList(new ArrayList<>(links));
    this.field = field;
    this.recordedName = recordedName;
    this.nameMatch = nameMatch;
    this.manufacturerPlaceholder = manufacturerPlaceholder;
    this.brandPlaceholder = brandPlaceholder;
    this.date = requireNonNull(date, "date");
  }

  static VendorMatch known(
      Field field,
      String recordedName,
      NameMatch nameMatch,
      List<VendorGroup> groups,
      List<@Nullable Membership> links,
      LocalDate date) {
    return new VendorMatch(
        groups.get(0), groups, links, field, recordedName, nameMatch, null, null, date);
  }

  static VendorMatch unknown(
      @Nullable String manufacturerPlaceholder, @Nullable String brandPlaceholder, LocalDate date) {
    return new VendorMatch(
        null,
        List.of(),
        List.of(),
        null,
        null,
        null,
        manufacturerPlaceholder,
        brandPlaceholder,
        date);
  }

  /**
   * Returns the vendor the recorded name resolves to.
   *
   * @return the vendor, or null when the manufacturer is unknown
   */
  public @Nullable VendorGroup vendor() {
    return vendor;
  }

  /**
   * Returns the vendor and the groups it belonged to on the date, innermost first (for a match
   * against a question, up to the group asked about).
   *
   * @return an unmodifiable list; empty when unknown
   */
  public List<VendorGroup> groups() {
    return groups;
  }

  /**
   * Returns the memberships linking each group of {@link #groups()} to the next, in order.
   *
   * @return an unmodifiable list, one shorter than the groups (empty when unknown)
   */
  public List<Membership> memberships() {
    List<Membership> list = new ArrayList<>();
    for (Membership link : links) {
      if (link != null) {
        list.add(link);
      }
    }
    return List.copyOf(list);
  }

  /**
   * Returns the recorded field whose name decided.
   *
   * @return the field, or empty when unknown
   */
  public Optional<Field> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Returns the name as recorded in that field.
   *
   * @return the name, or empty when unknown
   */
  public Optional<String> recordedName() {
    return Optional.ofNullable(recordedName);
  }

  /**
   * Returns how the recorded name was recognised.
   *
   * @return how, or empty when unknown
   */
  public Optional<NameMatch> nameMatch() {
    return Optional.ofNullable(nameMatch);
  }

  /**
   * Returns whether the recorded name was recognised only by folding look-alike characters.
   *
   * @return true for {@link NameMatch#LOOK_ALIKE}
   */
  public boolean isLookAlike() {
    return nameMatch == NameMatch.LOOK_ALIKE;
  }

  /**
   * Returns the day the groups were taken on.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns whether the manufacturer is unknown: neither manufacturer nor brand recorded, or only
   * placeholders.
   *
   * @return true when unknown
   */
  public boolean isUnknown() {
    return vendor == null;
  }

  /**
   * Returns the outermost group: the corporate group on the date, or the vendor itself.
   *
   * @return the group, or empty when unknown
   */
  public Optional<VendorGroup> group() {
    return groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(groups.size() - 1));
  }

  /**
   * Returns whether the product belongs to the given vendor or group on the date.
   *
   * @param vendorOrGroup a vendor or group
   * @return true when it is the vendor or one of its groups
   */
  public boolean belongsTo(VendorGroup vendorOrGroup) {
    return groups.contains(vendorOrGroup);
  }

  /**
   * Says why, in one sentence: {@code brand "EZVIZ" is EZVIZ, part of Hikvision on 2021-09-06
   * (source: ...)}. Names are quoted through {@link VendorNames#display(String)}.
   *
   * @return the sentence, never null
   */
  public String reason() {
    if (field == null || recordedName == null || nameMatch == null || vendor == null) {
      return unknownReason();
    }
    StringBuilder reason = new StringBuilder();
    reason.append(field.word()).append(" \"").append(VendorNames.display(recordedName)).append('"');
    if (nameMatch == NameMatch.UNLISTED) {
      return reason.append(" is not in the vendor directory; matched by name").toString();
    }
    reason.append(" is ").append(vendor.name());
    if (nameMatch == NameMatch.ALIAS) {
      reason.append(" (a listed alias)");
    } else if (nameMatch == NameMatch.LOOK_ALIKE) {
      reason.append(" (written with look-alike characters)");
    }
    for (int i = 1; i < groups.size(); i++) {
      reason.append(", part of ").append(groups.get(i).name());
      Membership membership = links.get(i - 1);
      if (membership != null) {
        reason.append(" on ").append(date);
        if (membership.isInferred()) {
          reason.append(" by inference");
        }
        List<String> said = new ArrayList<>();
        if (!membership.source().isEmpty()) {
          said.add("source: " + membership.source());
        }
        if (!membership.note().isEmpty()) {
          said.add("note: " + membership.note());
        }
        if (!said.isEmpty()) {
          reason.append(" (").append(String.join("; ", said)).append(')');
        }
      }
    }
    return reason.toString();
  }

  private String unknownReason() {
    String m = manufacturerPlaceholder;
    String b = brandPlaceholder;
    if (m == null && b == null) {
      return "manufacturer unknown: neither manufacturer nor brand recorded";
    }
    if (m != null && b != null) {
      return "manufacturer unknown: manufacturer "
          + quote(m)
          + " and brand "
          + quote(b)
          + " are placeholders, not names";
    }
    if (m != null) {
      return "manufacturer unknown: manufacturer "
          + quote(m)
          + " is a placeholder, not a name; no brand recorded";
    }
    return "manufacturer unknown: no manufacturer recorded; brand "
        + quote(requireNonNull(b))
        + " is a placeholder, not a name";
  }

  private static String quote(String name) {
    return "\"" + VendorNames.display(name) + "\"";
  }

  @Override
  public String toString() {
    return "VendorMatch[" + reason() + "]";
  }
}
