package org.oversight.register;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.oversight.register.internal.AuthorisationOnlyWhenCovertValidator;
import org.oversight.register.internal.CapabilityCodeValidator;
import org.oversight.register.internal.ContractDatesValidator;
import org.oversight.register.internal.DpiaCompletionValidator;
import org.oversight.register.internal.FastChecks;
import org.oversight.register.internal.HttpUrlValidator;
import org.oversight.register.internal.IdentifierValidator;
import org.oversight.register.internal.LifecycleValidator;
import org.oversight.register.internal.OwnedOrOperatedValidator;
import org.oversight.register.internal.TrimmedValidator;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.validation.Problem;
import org.oversight.register.validation.constraints.AuthorisationOnlyWhenCovert;
import org.oversight.register.validation.constraints.CapabilityCode;
import org.oversight.register.validation.constraints.ContractDates;
import org.oversight.register.validation.constraints.DpiaCompletion;
import org.oversight.register.validation.constraints.HttpUrl;
import org.oversight.register.validation.constraints.Identifier;
import org.oversight.register.validation.constraints.Lifecycle;
import org.oversight.register.validation.constraints.OwnedOrOperated;
import org.oversight.register.validation.constraints.Trimmed;

/**
 * Checks a whole register and reports every problem in one pass: each record's field and
 * cross-field constraints (through Jakarta Validation), then the rules that span the register —
 * unique ids and references from assets to DPIAs and contracts that exist.
 *
 * <p>Thread-safe; {@link #standard()} is shared. Uses Hibernate Validator with the {@link
 * ParameterMessageInterpolator}, so no Expression Language implementation is needed. Valid data,
 * the common case, takes a hand-written fast path that checks the same rules; only a record that
 * fails it goes through Hibernate Validator, which reports its exact problems. A property test
 * holds the two paths to the same verdict.
 */
public final class RegisterValidator {
  private static final RegisterValidator STANDARD = new RegisterValidator();

  private RegisterValidator() {}

  /**
   * Hibernate Validator, started on first need: valid data never pays for its start-up, which
   * dominates the command line's time on a small file.
   */
  private static final class Hibernate {
    static final Validator VALIDATOR = start();

    private Hibernate() {}

    private static Validator start() {
      @SuppressWarnings("resource") // the factory lives as long as the shared validator
      HibernateValidatorConfiguration configuration =
          Validation.byProvider(HibernateValidator.class).configure();
      ConstraintMapping mapping = configuration.createConstraintMapping();
      // The implementations live in an unexported package: bind them here, not in the annotations.
      mapping.constraintDefinition(Identifier.class).validatedBy(IdentifierValidator.class);
      mapping.constraintDefinition(Trimmed.class).validatedBy(TrimmedValidator.class);
      mapping.constraintDefinition(CapabilityCode.class).validatedBy(CapabilityCodeValidator.class);
      mapping.constraintDefinition(HttpUrl.class).validatedBy(HttpUrlValidator.class);
      mapping
          .constraintDefinition(OwnedOrOperated.class)
          .validatedBy(OwnedOrOperatedValidator.class);
      mapping.constraintDefinition(Lifecycle.class).validatedBy(LifecycleValidator.class);
      mapping
          .constraintDefinition(AuthorisationOnlyWhenCovert.class)
          .validatedBy(AuthorisationOnlyWhenCovertValidator.class);
      mapping.constraintDefinition(DpiaCompletion.class).validatedBy(DpiaCompletionValidator.class);
      mapping.constraintDefinition(ContractDates.class).validatedBy(ContractDatesValidator.class);
      ValidatorFactory factory =
          configuration
              .addMapping(mapping)
              .messageInterpolator(new ParameterMessageInterpolator())
              .buildValidatorFactory();
      return factory.getValidator();
    }
  }

  /**
   * Returns the shared validator.
   *
   * @return the validator, never null
   */
  public static RegisterValidator standard() {
    return STANDARD;
  }

  /**
   * Checks a whole register.
   *
   * @param contents what the register holds
   * @return every problem, in a deterministic order (register, assets, DPIAs, contracts, then the
   *     cross-record rules); empty when valid. Never null
   */
  public List<Problem> validate(RegisterContents contents) {
    requireNonNull(contents, "contents");
    List<Problem> problems = new ArrayList<>();
    if (!FastChecks.isValidOrganisation(contents.organisation())) {
      addViolations(problems, "", null, Hibernate.VALIDATOR.validate(contents));
    }
    List<Asset> assets = contents.assets();
    for (int i = 0; i < assets.size(); i++) {
      Asset asset = assets.get(i);
      if (!FastChecks.isValid(asset)) {
        addViolations(
            problems, "assets[" + i + "]", asset.id().value(), Hibernate.VALIDATOR.validate(asset));
      }
    }
    List<Dpia> dpias = contents.dpias();
    for (int i = 0; i < dpias.size(); i++) {
      if (!FastChecks.isValid(dpias.get(i))) {
        addViolations(
            problems,
            "dpias[" + i + "]",
            dpias.get(i).id(),
            Hibernate.VALIDATOR.validate(dpias.get(i)));
      }
    }
    List<Contract> contracts = contents.contracts();
    for (int i = 0; i < contracts.size(); i++) {
      if (!FastChecks.isValid(contracts.get(i))) {
        addViolations(
            problems,
            "contracts[" + i + "]",
            contracts.get(i).id(),
            Hibernate.VALIDATOR.validate(contracts.get(i)));
      }
    }
    checkUniqueIds(problems, contents);
    checkReferences(problems, contents);
    return List.copyOf(problems);
  }

  /**
   * Checks one asset on its own: its fields and cross-field rules, not its references.
   *
   * @param asset the asset
   * @return its problems, with paths relative to the asset ({@code quantity}); never null
   */
  public List<Problem> validate(Asset asset) {
    if (FastChecks.isValid(requireNonNull(asset, "asset"))) {
      return List.of();
    }
    return hibernateProblems(asset);
  }

  /** Hibernate Validator's problems for one asset, without the fast path. For tests. */
  List<Problem> hibernateProblems(Asset asset) {
    List<Problem> problems = new ArrayList<>();
    addViolations(
        problems,
        "",
        asset.id().value(),
        Hibernate.VALIDATOR.validate(requireNonNull(asset, "asset")));
    return List.copyOf(problems);
  }

  /**
   * Checks one DPIA on its own: its fields and cross-field rules.
   *
   * @param dpia the DPIA
   * @return its problems, with paths relative to the DPIA; never null
   */
  public List<Problem> validate(Dpia dpia) {
    if (FastChecks.isValid(requireNonNull(dpia, "dpia"))) {
      return List.of();
    }
    return hibernateProblems(dpia);
  }

  /** Hibernate Validator's problems for one DPIA, without the fast path. For tests. */
  List<Problem> hibernateProblems(Dpia dpia) {
    List<Problem> problems = new ArrayList<>();
    addViolations(
        problems, "", dpia.id(), Hibernate.VALIDATOR.validate(requireNonNull(dpia, "dpia")));
    return List.copyOf(problems);
  }

  /**
   * Checks one contract on its own: its fields and cross-field rules.
   *
   * @param contract the contract
   * @return its problems, with paths relative to the contract; never null
   */
  public List<Problem> validate(Contract contract) {
    if (FastChecks.isValid(requireNonNull(contract, "contract"))) {
      return List.of();
    }
    return hibernateProblems(contract);
  }

  /** Hibernate Validator's problems for one contract, without the fast path. For tests. */
  List<Problem> hibernateProblems(Contract contract) {
    List<Problem> problems = new ArrayList<>();
    addViolations(
        problems,
        "",
        contract.id(),
        Hibernate.VALIDATOR.validate(requireNonNull(contract, "contract")));
    return List.copyOf(problems);
  }

  private static <T> void addViolations(
      List<Problem> problems,
      String prefix,
      @Nullable String recordId,
      Set<ConstraintViolation<T>> violations) {
    if (violations.isEmpty()) {
      return;
    }
    List<Problem> found = new ArrayList<>(violations.size());
    for (ConstraintViolation<T> violation : violations) {
      found.add(
          new Problem(path(prefix, violation.getPropertyPath()), recordId, violation.getMessage()));
    }
    // Hibernate Validator returns a HashSet: sort for a deterministic report.
    found.sort(Comparator.comparing(Problem::path).thenComparing(Problem::message));
    problems.addAll(found);
  }

  private static String path(String prefix, Path propertyPath) {
    StringBuilder path = new StringBuilder(prefix);
    for (Path.Node node : propertyPath) {
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        Integer index = node.getIndex();
        if (index != null) {
          path.append('[').append(index).append(']');
        }
        continue;
      }
      if (node.getKind() == ElementKind.BEAN || node.getName() == null) {
        continue;
      }
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(node.getName());
    }
    // An AssetId is a value: report its text as the id itself, not as "id.value".
    int length = path.length();
    if (path.toString().endsWith("id.value")) {
      path.setLength(length - ".value".length());
    }
    return path.toString();
  }

  private static void checkUniqueIds(List<Problem> problems, RegisterContents contents) {
    Map<String, Integer> assetIds = new HashMap<>();
    for (int i = 0; i < contents.assets().size(); i++) {
      duplicate(problems, assetIds, "assets", i, contents.assets().get(i).id().value());
    }
    Map<String, Integer> dpiaIds = new HashMap<>();
    for (int i = 0; i < contents.dpias().size(); i++) {
      duplicate(problems, dpiaIds, "dpias", i, contents.dpias().get(i).id());
    }
    Map<String, Integer> contractIds = new HashMap<>();
    for (int i = 0; i < contents.contracts().size(); i++) {
      duplicate(problems, contractIds, "contracts", i, contents.contracts().get(i).id());
    }
  }

  private static void duplicate(
      List<Problem> problems, Map<String, Integer> seen, String list, int index, String id) {
    Integer first = seen.putIfAbsent(id, index);
    if (first != null) {
      problems.add(
          new Problem(
              list + "[" + index + "].id",
              id,
              "duplicate id \"" + id + "\", first used by " + list + "[" + first + "]"));
    }
  }

  private static void checkReferences(List<Problem> problems, RegisterContents contents) {
    Set<String> dpiaIds = new java.util.HashSet<>();
    contents.dpias().forEach(d -> dpiaIds.add(d.id()));
    Set<String> contractIds = new java.util.HashSet<>();
    contents.contracts().forEach(c -> contractIds.add(c.id()));
    for (int i = 0; i < contents.assets().size(); i++) {
      Asset asset = contents.assets().get(i);
      references(problems, i, asset, "dpiaIds", asset.dpiaIds(), dpiaIds, "DPIA");
      references(problems, i, asset, "contractIds", asset.contractIds(), contractIds, "contract");
    }
  }

  private static void references(
      List<Problem> problems,
      int assetIndex,
      Asset asset,
      String property,
      List<String> ids,
      Set<String> known,
      String kind) {
    Set<String> seen = new java.util.HashSet<>();
    for (int j = 0; j < ids.size(); j++) {
      String id = ids.get(j);
      String where = "assets[" + assetIndex + "]." + property + "[" + j + "]";
      if (!seen.add(id)) {
        problems.add(new Problem(where, asset.id().value(), "\"" + id + "\" is listed twice"));
      } else if (!known.contains(id)) {
        problems.add(
            new Problem(where, asset.id().value(), "no " + kind + " has the id \"" + id + "\""));
      }
    }
  }
}
