package org.oversight.register;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.oversight.register.internal.Described;
import org.oversight.register.internal.DescribedValidator;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Field;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;

/**
 * Checks a whole register and reports every problem in one pass: each record against its
 * description ({@link RecordType}: field rules, then rules that span fields), then the rules that
 * span the register — unique ids and references from assets to DPIAs and contracts that exist.
 *
 * <p>Thread-safe; {@link #standard()} is shared. Valid data, the common case, takes the fast path
 * ({@link RecordType#isValid}, which allocates nothing); only a record that fails it is checked
 * again through Hibernate Validator (with the {@link ParameterMessageInterpolator}, so no
 * Expression Language implementation is needed), whose one constraint per record class runs the
 * same description and reports its exact problems. Both paths come from the one description; a
 * property test holds them to the same verdict.
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
      // The validator lives in an unexported package: bind it here, not in an annotation.
      mapping.constraintDefinition(Described.class).validatedBy(DescribedValidator.class);
      for (Class<?> type : DescribedValidator.TYPES.keySet()) {
        mapping.type(type).constraint(new GenericConstraintDef<>(Described.class));
      }
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
   * @return every problem, in a deterministic order (organisation, assets, DPIAs, contracts, then
   *     the cross-record rules), each at a JSON pointer into the register document; empty when
   *     valid. Never null
   */
  public List<Problem> validate(RegisterContents contents) {
    requireNonNull(contents, "contents");
    List<Problem> problems = new ArrayList<>();
    Organisation organisation = contents.organisation();
    if (!Organisation.TYPE.isValid(organisation)) {
      problems.addAll(under("/organisation", hibernateProblems(organisation)));
    }
    if (!RegisterContents.AS_AT.type().isValid(contents.asAt())) {
      RegisterContents.AS_AT
          .type()
          .check(contents.asAt(), (p, m) -> problems.add(Problem.at("/asAt" + p, null, m)));
    }
    records(problems, RegisterContents.ASSETS, contents);
    records(problems, RegisterContents.DPIAS, contents);
    records(problems, RegisterContents.CONTRACTS, contents);
    records(problems, RegisterContents.DOCUMENTS, contents);
    crossRecord(problems, contents);
    return List.copyOf(problems);
  }

  private static <R> void records(
      List<Problem> problems, Field<RegisterContents, List<R>> list, RegisterContents contents) {
    RecordType<R> type = ((ValueType.RecordList<R>) list.type()).type();
    List<R> records = list.get(contents);
    if (records == null) {
      return;
    }
    for (int i = 0; i < records.size(); i++) {
      R record = records.get(i);
      if (!type.isValid(record)) {
        problems.addAll(under("/" + list.name() + "/" + i, hibernateProblems(record)));
      }
    }
  }

  private static List<Problem> under(String prefix, List<Problem> problems) {
    List<Problem> placed = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      placed.add(problem.under(prefix));
    }
    return placed;
  }

  /**
   * Checks one record on its own: its fields and the rules that span them, not its references.
   *
   * @param record an asset, DPIA, contract, organisation, FOI contact, money or location
   * @return its problems, with pointers relative to the record ({@code /quantity}); never null
   * @throws IllegalArgumentException if the record is of no described type
   */
  public List<Problem> validate(Object record) {
    requireNonNull(record, "record");
    RecordType<?> type = DescribedValidator.TYPES.get(record.getClass());
    if (type == null) {
      throw new IllegalArgumentException("no description of " + record.getClass().getName());
    }
    return isValid(type, record) ? List.of() : hibernateProblems(record);
  }

  private static <R> boolean isValid(RecordType<R> type, Object record) {
    return type.isValid(type.javaType().cast(record));
  }

  /** Hibernate Validator's problems for one record, without the fast path. For tests. */
  static List<Problem> hibernateProblems(Object record) {
    Set<ConstraintViolation<Object>> violations = Hibernate.VALIDATOR.validate(record);
    RecordType<?> type = DescribedValidator.TYPES.get(record.getClass());
    String id = type == null ? null : id(type, record);
    List<Problem> problems = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> violation : violations) {
      problems.add(Problem.at(pointer(violation.getPropertyPath()), id, violation.getMessage()));
    }
    // Hibernate Validator returns a HashSet: order as the description lists its fields.
    if (type != null) {
      problems.sort(
          Comparator.comparingInt((Problem p) -> fieldOrder(type, p.pointer()))
              .thenComparing(Problem::pointer)
              .thenComparing(Problem::message));
    }
    return problems;
  }

  private static <R> @Nullable String id(RecordType<R> type, Object record) {
    return type.id(type.javaType().cast(record));
  }

  private static int fieldOrder(RecordType<?> type, String pointer) {
    if (pointer.isEmpty()) {
      return -1;
    }
    int end = pointer.indexOf('/', 1);
    String name = pointer.substring(1, end < 0 ? pointer.length() : end);
    return type.field(name).map(type.fields()::indexOf).orElse(Integer.MAX_VALUE);
  }

  private static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getName() != null && !node.getName().isEmpty()) {
        pointer.append(node.getName());
      }
    }
    return pointer.toString();
  }

  private static void crossRecord(List<Problem> problems, RegisterContents contents) {
    Map<String, Set<String>> idsByList = new HashMap<>();
    idsByList.put("assets", ids(problems, RegisterContents.ASSETS, contents));
    idsByList.put("dpias", ids(problems, RegisterContents.DPIAS, contents));
    idsByList.put("contracts", ids(problems, RegisterContents.CONTRACTS, contents));
    idsByList.put("documents", ids(problems, RegisterContents.DOCUMENTS, contents));
    references(problems, Asset.TYPE, "assets", contents.assets(), idsByList);
    references(problems, GoverningDocument.TYPE, "documents", contents.documents(), idsByList);
  }

  private static <R> Set<String> ids(
      List<Problem> problems, Field<RegisterContents, List<R>> list, RegisterContents contents) {
    RecordType<R> type = ((ValueType.RecordList<R>) list.type()).type();
    List<R> records = list.get(contents);
    Map<String, Integer> first = new HashMap<>();
    if (records == null) {
      return Set.of();
    }
    for (int i = 0; i < records.size(); i++) {
      String id = type.id(records.get(i));
      if (id == null) {
        continue;
      }
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        problems.add(
            Problem.at(
                "/" + list.name() + "/" + i + "/id",
                id,
                duplicateMessage(id, list.name(), earlier)));
      }
    }
    return first.keySet();
  }

  /**
   * The message for a second record with the same id; the same words wherever it is found.
   *
   * @param id the repeated id
   * @param list the list's name, such as {@code assets}
   * @param first the index of the record that has it first
   * @return the message, never null
   */
  public static String duplicateMessage(String id, String list, int first) {
    return "duplicate id \"" + id + "\", first used by /" + list + "/" + first;
  }

  /**
   * The message for an identifier that names no record.
   *
   * @param id the identifier
   * @param targetLabel what it should name, such as {@code DPIA}
   * @return the message, never null
   */
  public static String unknownReferenceMessage(String id, String targetLabel) {
    return "no " + targetLabel + " has the id \"" + id + "\"";
  }

  /**
   * Reports each identifier in a record's lists of identifiers that names no record, once per list
   * where it first appears, record by record. Nothing is made for a record whose identifiers all
   * name records (a register's million assets each refer to a few DPIAs and contracts).
   */
  private static <R> void references(
      List<Problem> problems,
      RecordType<R> type,
      String listName,
      List<R> records,
      Map<String, Set<String>> idsByList) {
    List<Field<R, ?>> idLists = new ArrayList<>();
    for (Field<R, ?> field : type.fields()) {
      if (field.type() instanceof ValueType.IdList) {
        idLists.add(field);
      }
    }
    for (int i = 0; i < records.size(); i++) {
      R record = records.get(i);
      for (Field<R, ?> field : idLists) {
        if (!(field.get(record) instanceof List<?> list)) {
          continue;
        }
        ValueType.IdList ids = (ValueType.IdList) field.type();
        Set<String> known = idsByList.getOrDefault(ids.target(), Set.of());
        Set<String> reported = null; // made at the first unknown identifier of the list
        for (int j = 0; j < list.size(); j++) {
          String id = String.valueOf(list.get(j));
          if (known.contains(id) || !ValueType.Identifier.isIdentifier(id)) {
            continue;
          }
          if (reported == null) {
            reported = new HashSet<>();
          }
          if (reported.add(id)) {
            problems.add(
                Problem.at(
                    "/" + listName + "/" + i + "/" + field.name() + "/" + j,
                    type.id(record),
                    unknownReferenceMessage(id, ids.targetLabel())));
          }
        }
      }
    }
  }
}
