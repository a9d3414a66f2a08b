package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Disclosure;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Field;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.RecordType;

/**
 * What an answer discloses and what it withholds, decided per field and per class of question,
 * never per record held (DOMAIN.md rules 2, 6, 7).
 *
 * <p>The {@linkplain #standard() standard policy} withholds each field its description withholds
 * ({@link Field#disclosure()}): contract values under s43(2), DPIA owners' names under s40(2),
 * asset sites and locations under s31(1)(a); contracts with a published URL answered by pointing to
 * it (s21); the {@linkplain NcndPolicy#standard() standard NCND policy}; no question withheld
 * whole.
 *
 * <p>Immutable and thread-safe. Change it with {@link #toBuilder()}.
 */
public final class DisclosurePolicy {
  /** The records public answers disclose, whose field descriptions give the default redactions. */
  static final List<RecordType<?>> DISCLOSED_TYPES =
      List.of(Asset.TYPE, Dpia.TYPE, Contract.TYPE, GoverningDocument.TYPE);

  private final Map<Field<?, ?>, Exemption> redactions;
  private final boolean pointToPublishedContracts;
  private final NcndPolicy ncnd;
  private final List<Withholding> withholdings;

  private DisclosurePolicy(Builder builder) {
    this.redactions = Collections.unmodifiableMap(new LinkedHashMap<>(builder.redactions));
    this.pointToPublishedContracts = builder.pointToPublishedContracts;
    this.ncnd = builder.ncnd;
    this.withholdings = List.copyOf(builder.withholdings);
  }

  /**
   * Returns the standard policy.
   *
   * @return the policy, never null
   */
  public static DisclosurePolicy standard() {
    return builder().build();
  }

  /**
   * Starts a builder holding the standard policy.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.redactions.clear();
    builder.redactions.putAll(redactions);
    builder.pointToPublishedContracts = pointToPublishedContracts;
    builder.ncnd = ncnd;
    builder.withholdings.addAll(withholdings);
    return builder;
  }

  /**
   * Returns the exemption a field is withheld under, if it is.
   *
   * @param field a field
   * @return the exemption, or empty when the field is disclosed
   */
  public Optional<Exemption> redaction(Field<?, ?> field) {
    return Optional.ofNullable(redactions.get(requireNonNull(field, "field")));
  }

  /**
   * Returns every field withheld, with its exemption.
   *
   * @return an unmodifiable map, never null
   */
  public Map<Field<?, ?>, Exemption> redactions() {
    return redactions;
  }

  /**
   * Returns whether a contract with a published URL is answered by pointing to it (s21).
   *
   * @return true when it is
   */
  public boolean pointsToPublishedContracts() {
    return pointToPublishedContracts;
  }

  /**
   * Returns the policy that decides which questions NCND covers and what it cites.
   *
   * @return the policy, never null
   */
  public NcndPolicy ncnd() {
    return ncnd;
  }

  /**
   * Returns the classes of question withheld whole, with their exemptions.
   *
   * @return an unmodifiable list, never null
   */
  public List<Withholding> withholdings() {
    return withholdings;
  }

  /**
   * A class of asset question that is withheld whole, whatever is held: for example questions about
   * the brands of estate CCTV withheld under s24(1) and s31(1). A DPIA or contract question about a
   * withheld question is withheld in the same way.
   *
   * @param appliesTo which asset questions; decided from the question alone
   * @param exemptions the exemptions cited, at least one
   */
  public record Withholding(Predicate<AssetsQuestion> appliesTo, List<Exemption> exemptions) {

    /**
     * Creates a value.
     *
     * @param appliesTo which asset questions; decided from the question alone
     * @param exemptions the exemptions cited, at least one
     * @throws IllegalArgumentException if no exemption is given
     */
    public Withholding {
      requireNonNull(appliesTo, "appliesTo");
      exemptions = List.copyOf(exemptions);
      if (exemptions.isEmpty()) {
        throw new IllegalArgumentException("a withholding cites at least one exemption");
      }
    }
  }

  /** Builds a {@link DisclosurePolicy}, starting from the standard policy. Not thread-safe. */
  public static final class Builder {
    private final Map<Field<?, ?>, Exemption> redactions = new LinkedHashMap<>();
    private boolean pointToPublishedContracts = true;
    private NcndPolicy ncnd = NcndPolicy.standard();
    private final List<Withholding> withholdings = new ArrayList<>();

    private Builder() {
      // The defaults come from the record descriptions: each field withheld on a ground.
      for (RecordType<?> type : DISCLOSED_TYPES) {
        for (Field<?, ?> field : type.fields()) {
          Disclosure.Ground ground = field.disclosure().ground();
          if (ground != null) {
            redactions.put(field, Exemption.forGround(ground));
          }
        }
      }
    }

    /**
     * Withholds a field under an exemption.
     *
     * @param field a field of an asset, DPIA or contract that answers may disclose
     * @param exemption the exemption
     * @return this builder
     * @throws IllegalArgumentException if the field is never part of a public answer
     */
    public Builder redact(Field<?, ?> field, Exemption exemption) {
      redactions.put(publicField(field), requireNonNull(exemption, "exemption"));
      return this;
    }

    /**
     * Discloses a field that would otherwise be withheld.
     *
     * @param field a field of an asset, DPIA or contract that answers may disclose
     * @return this builder
     * @throws IllegalArgumentException if the field is never part of a public answer, such as an
     *     asset's notes or authorisation reference
     */
    public Builder disclose(Field<?, ?> field) {
      redactions.remove(publicField(field));
      return this;
    }

    private static Field<?, ?> publicField(Field<?, ?> field) {
      if (!requireNonNull(field, "field").disclosure().isPublic()) {
        throw new IllegalArgumentException(
            "the field " + field.name() + " is never part of a public answer");
      }
      return field;
    }

    /**
     * Sets whether a contract with a published URL is answered by pointing to it; the default is
     * true.
     *
     * @param point whether to point to published contracts
     * @return this builder
     */
    public Builder pointToPublishedContracts(boolean point) {
      this.pointToPublishedContracts = point;
      return this;
    }

    /**
     * Sets the policy that decides which questions NCND covers and what it cites.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder ncnd(NcndPolicy policy) {
      this.ncnd = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Withholds every asset question of a class, whatever is held.
     *
     * @param appliesTo which asset questions; decided from the question alone
     * @param exemptions the exemptions cited, at least one
     * @return this builder
     * @throws IllegalArgumentException if no exemption is given
     */
    public Builder withhold(Predicate<AssetsQuestion> appliesTo, Exemption... exemptions) {
      withholdings.add(new Withholding(appliesTo, List.of(exemptions)));
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy, never null
     */
    public DisclosurePolicy build() {
      return new DisclosurePolicy(this);
    }
  }
}
