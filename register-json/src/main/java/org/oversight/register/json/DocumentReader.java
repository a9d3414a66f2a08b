package org.oversight.register.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.Money;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.ResidualRisk;
import org.oversight.register.validation.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads one register document from a token stream, version 1 of the format, collecting every
 * problem with its place. Used once, by one thread.
 *
 * <p>Each record (asset, DPIA, contract) is checked by {@link RegisterValidator} as soon as it has
 * been read, while the places of its fields are still at hand; only the places of references are
 * kept until the end, to check them once every DPIA and contract is known. So memory beyond the
 * register itself stays small however large the document is.
 */
final class DocumentReader {
  private static final RegisterValidator VALIDATOR = RegisterValidator.standard();
  private static final LocalDate SOME_DATE = LocalDate.of(2000, 1, 1);

  private final JsonParser parser;
  private final ProblemList problems;
  private final Canonicalizer canon = new Canonicalizer();

  private @Nullable String organisation;
  private @Nullable LocalDate asAt;
  private final List<Asset> assets = new ArrayList<>();
  private final List<Dpia> dpias = new ArrayList<>();
  private final List<Contract> contracts = new ArrayList<>();

  /**
   * The assets that refer to DPIAs or contracts: document index, the ids (shared lists) and the
   * place of each id, so that references can be checked once every DPIA and contract is known.
   */
  private final Growable.Ints referringAssets = new Growable.Ints();

  private final List<List<String>> dpiaReferences = new ArrayList<>();
  private final List<List<String>> contractReferences = new ArrayList<>();

  private final Growable.Longs referencePlaces = new Growable.Longs();
  private final Map<String, Integer> assetIds = new HashMap<>();
  private final Map<String, Integer> dpiaIds = new HashMap<>();
  private final Map<String, Integer> contractIds = new HashMap<>();

  DocumentReader(JsonParser parser, RegisterJson.Options options) {
    this.parser = parser;
    this.problems = new ProblemList(options.maxProblems());
  }

  /** Reads the whole document. */
  RegisterContents read() throws RegisterFormatException {
    try {
      readDocument();
    } catch (UnsupportedVersion e) {
      throw new RegisterFormatException(List.of(e.problem));
    } catch (ProblemList.Stop e) {
      // The list already says that reading stopped.
    } catch (StreamConstraintsException e) {
      problems.addLast(JacksonErrors.limit(e, parser));
    } catch (StreamReadException e) {
      problems.addLast(JacksonErrors.syntax(e, parser));
    }
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    return new RegisterContents(
        Checks.notNull(organisation), Checks.notNull(asAt), assets, dpias, contracts);
  }

  // ------------------------------------------------------------------ document

  private void readDocument() {
    JsonToken first = parser.nextToken();
    if (first == null) {
      problems.add(Place.of(1, 1), "", "the document is empty");
      return;
    }
    long start = here();
    if (first != JsonToken.START_OBJECT) {
      problems.add(start, "", "the document must be a JSON object, was " + describe(first));
      return;
    }
    Scope top = new Scope("", start);
    long[] versionPlace = {0};
    int[] version = {0};
    readMembers(
        top,
        "",
        Fields.TOP,
        (field, rel) -> {
          switch (field) {
            case "schemaVersion" -> {
              Integer v = integer(top, rel);
              if (v != null) {
                version[0] = v;
                versionPlace[0] = top.place(rel);
                SchemaVersion.check(v, top.place(rel));
              }
            }
            case "organisation" -> organisation = text(top, rel);
            case "asAt" -> asAt = date(top, rel);
            case "assets" -> readRecords(top, rel, this::readAsset);
            case "dpias" -> readRecords(top, rel, this::readDpia);
            case "contracts" -> readRecords(top, rel, this::readContract);
            default -> throw new AssertionError(field);
          }
        });
    top.requireAll("", Fields.TOP_REQUIRED);
    JsonToken after = parser.nextToken();
    if (after != null) {
      problems.add(here(), "", "unexpected content after the end of the document");
    }
    if (organisation != null && asAt != null) {
      top.validated(
          VALIDATOR.validate(
              new RegisterContents(organisation, asAt, List.of(), List.of(), List.of())),
          "");
    }
    checkReferences();
  }

  // ------------------------------------------------------------------ assets

  private void readAsset(int index) {
    Scope r = new Scope("/assets/" + index, here());
    if (!isObject(r)) {
      return;
    }
    AssetDraft a = new AssetDraft();
    readMembers(
        r,
        "",
        Fields.ASSET,
        (field, rel) -> {
          switch (field) {
            case "id" -> a.id = text(r, rel);
            case "description" -> a.description = canon.string(text(r, rel));
            case "manufacturer" -> a.manufacturer = canon.string(text(r, rel));
            case "brand" -> a.brand = canon.string(text(r, rel));
            case "model" -> a.model = canon.string(text(r, rel));
            case "category" -> a.category = choice(r, rel, AssetCategory.class);
            case "capabilities" -> a.capabilities = capabilities(r, rel);
            case "deployment" -> a.deployment = choice(r, rel, Deployment.class);
            case "owned" -> a.owned = bool(r, rel);
            case "operated" -> a.operated = bool(r, rel);
            case "status" -> a.status = choice(r, rel, AssetStatus.class);
            case "inServiceFrom" -> a.inServiceFrom = date(r, rel);
            case "inServiceUntil" -> a.inServiceUntil = date(r, rel);
            case "quantity" -> a.quantity = integer(r, rel);
            case "site" -> a.site = canon.string(text(r, rel));
            case "dpiaIds" -> a.dpiaIds = ids(r, rel);
            case "contractIds" -> a.contractIds = ids(r, rel);
            case "authorisationRef" -> a.authorisationRef = text(r, rel);
            case "notes" -> a.notes = text(r, rel);
            default -> throw new AssertionError(field);
          }
        });
    r.requireAll("", Fields.ASSET_REQUIRED);
    if (a.id != null) {
      unique(r, assetIds, "assets", index, a.id);
    }
    // References are checked at the end even when another field of the asset is broken.
    List<String> dpiaRefs = a.dpiaIds == null ? List.of() : a.dpiaIds;
    List<String> contractRefs = a.contractIds == null ? List.of() : a.contractIds;
    if (!dpiaRefs.isEmpty() || !contractRefs.isEmpty()) {
      referringAssets.add(index);
      dpiaReferences.add(dpiaRefs);
      contractReferences.add(contractRefs);
      for (int j = 0; j < dpiaRefs.size(); j++) {
        referencePlaces.add(r.place("/dpiaIds/" + j));
      }
      for (int j = 0; j < contractRefs.size(); j++) {
        referencePlaces.add(r.place("/contractIds/" + j));
      }
    }
    if (r.broken) {
      return;
    }
    Asset asset =
        new Asset(
            AssetId.of(Checks.notNull(a.id)),
            a.description,
            a.manufacturer,
            a.brand,
            a.model,
            Checks.notNull(a.category),
            Checks.notNull(a.capabilities),
            Checks.notNull(a.deployment),
            Checks.notNull(a.owned),
            Checks.notNull(a.operated),
            Checks.notNull(a.status),
            a.inServiceFrom,
            a.inServiceUntil,
            a.quantity == null ? 1 : a.quantity,
            a.site,
            dpiaRefs,
            contractRefs,
            a.authorisationRef,
            a.notes);
    r.validated(VALIDATOR.validate(asset), "");
    assets.add(asset);
  }

  private @Nullable SortedSet<Capability> capabilities(Scope r, String rel) {
    if (!isArray(r, rel)) {
      return null;
    }
    List<Capability> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int j = 0;
    while (nextInArray()) {
      String element = rel + "/" + j++;
      r.locate(element, here());
      String code = text(r, element);
      if (code == null) {
        continue;
      }
      if (!seen.add(code)) {
        r.report(element, Text.quote(code) + " is listed twice");
      } else if (!Checks.isCapabilityCode(code)) {
        r.report(
            element,
            Text.quote(code)
                + " is not a capability code: use a standard code or X- followed by upper-case"
                + " letters, digits and hyphens");
      } else {
        found.add(Capability.of(code));
      }
    }
    return canon.capabilities(found);
  }

  private @Nullable List<String> ids(Scope r, String rel) {
    if (!isArray(r, rel)) {
      return null;
    }
    List<String> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int j = 0;
    while (nextInArray()) {
      String element = rel + "/" + j++;
      r.locate(element, here());
      String id = text(r, element);
      if (id == null) {
        continue;
      }
      if (!seen.add(id)) {
        r.report(element, Text.quote(id) + " is listed twice");
      }
      found.add(canon.string(id));
    }
    return canon.ids(found);
  }

  // ------------------------------------------------------------------ DPIAs and contracts

  private void readDpia(int index) {
    Scope r = new Scope("/dpias/" + index, here());
    if (!isObject(r)) {
      return;
    }
    DpiaDraft d = new DpiaDraft();
    readMembers(
        r,
        "",
        Fields.DPIA,
        (field, rel) -> {
          switch (field) {
            case "id" -> d.id = text(r, rel);
            case "title" -> d.title = text(r, rel);
            case "version" -> d.version = text(r, rel);
            case "status" -> d.status = choice(r, rel, DpiaStatus.class);
            case "completedOn" -> d.completedOn = date(r, rel);
            case "reviewDue" -> d.reviewDue = date(r, rel);
            case "owner" -> d.owner = canon.string(text(r, rel));
            case "residualRisk" -> d.residualRisk = choice(r, rel, ResidualRisk.class);
            case "icoConsulted" -> d.icoConsulted = bool(r, rel);
            case "url" -> d.url = text(r, rel);
            default -> throw new AssertionError(field);
          }
        });
    r.requireAll("", Fields.DPIA_REQUIRED);
    if (d.id != null) {
      unique(r, dpiaIds, "dpias", index, d.id);
    }
    if (r.broken) {
      return;
    }
    Dpia dpia =
        new Dpia(
            Checks.notNull(d.id),
            Checks.notNull(d.title),
            d.version,
            Checks.notNull(d.status),
            d.completedOn,
            d.reviewDue,
            d.owner,
            d.residualRisk,
            d.icoConsulted != null && d.icoConsulted,
            d.url);
    // The validator checks a record inside a register: wrap it in one of its own.
    r.validated(
        VALIDATOR.validate(
            new RegisterContents("x", SOME_DATE, List.of(), List.of(dpia), List.of())),
        "/dpias/0");
    dpias.add(dpia);
  }

  private void readContract(int index) {
    Scope r = new Scope("/contracts/" + index, here());
    if (!isObject(r)) {
      return;
    }
    ContractDraft c = new ContractDraft();
    readMembers(
        r,
        "",
        Fields.CONTRACT,
        (field, rel) -> {
          switch (field) {
            case "id" -> c.id = text(r, rel);
            case "reference" -> c.reference = text(r, rel);
            case "supplier" -> c.supplier = canon.string(text(r, rel));
            case "title" -> c.title = text(r, rel);
            case "startDate" -> c.startDate = date(r, rel);
            case "endDate" -> c.endDate = date(r, rel);
            case "value" -> c.value = money(r, rel);
            case "procurementRoute" -> c.procurementRoute = canon.string(text(r, rel));
            case "publishedUrl" -> c.publishedUrl = text(r, rel);
            default -> throw new AssertionError(field);
          }
        });
    r.requireAll("", Fields.CONTRACT_REQUIRED);
    if (c.id != null) {
      unique(r, contractIds, "contracts", index, c.id);
    }
    if (r.broken) {
      return;
    }
    Contract contract =
        new Contract(
            Checks.notNull(c.id),
            c.reference,
            Checks.notNull(c.supplier),
            c.title,
            c.startDate,
            c.endDate,
            c.value,
            c.procurementRoute,
            c.publishedUrl);
    r.validated(
        VALIDATOR.validate(
            new RegisterContents("x", SOME_DATE, List.of(), List.of(), List.of(contract))),
        "/contracts/0");
    contracts.add(contract);
  }

  private @Nullable Money money(Scope r, String rel) {
    if (!isObject(r, rel)) {
      return null;
    }
    @Nullable BigDecimal[] amount = {null};
    @Nullable Currency[] currency = {null};
    readMembers(
        r,
        rel,
        Fields.MONEY,
        (field, member) -> {
          switch (field) {
            case "amount" -> amount[0] = amount(r, member);
            case "currency" -> currency[0] = currency(r, member);
            default -> throw new AssertionError(field);
          }
        });
    r.requireAll(rel, Fields.MONEY_REQUIRED);
    BigDecimal a = amount[0];
    Currency c = currency[0];
    return a == null || c == null ? null : new Money(a, c);
  }

  private @Nullable BigDecimal amount(Scope r, String rel) {
    JsonToken token = parser.currentToken();
    BigDecimal value;
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getString();
      if (!Checks.isDecimal(text)) {
        r.problem(rel, Text.quote(text) + " is not a decimal amount such as \"125000.00\"");
        return null;
      }
      value = new BigDecimal(text);
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      value = parser.getDecimalValue();
    } else {
      r.problem(rel, "must be a decimal string or a number, was " + describe(token));
      parser.skipChildren();
      return null;
    }
    if (value.precision() - value.scale() > Checks.MAX_AMOUNT_INTEGER_DIGITS
        || value.scale() > Checks.MAX_AMOUNT_SCALE) {
      r.problem(
          rel,
          "must have at most "
              + Checks.MAX_AMOUNT_INTEGER_DIGITS
              + " digits before the point and "
              + Checks.MAX_AMOUNT_SCALE
              + " after it");
      return null;
    }
    // 1.25E+5 is kept as 125000, the same amount written plainly, so that it is written back so.
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private @Nullable Currency currency(Scope r, String rel) {
    String code = text(r, rel);
    if (code == null) {
      return null;
    }
    Currency currency = Checks.currency(code);
    if (currency == null) {
      r.problem(rel, Text.quote(code) + " is not an ISO 4217 currency code");
    }
    return currency;
  }

  // ------------------------------------------------------------------ cross-record rules

  private void unique(Scope r, Map<String, Integer> seen, String list, int index, String id) {
    Integer first = seen.putIfAbsent(id, index);
    if (first != null) {
      // Same wording as RegisterValidator's check, which sees the same lists.
      r.report(
          "/id", "duplicate id " + Text.quote(id) + ", first used by " + list + "[" + first + "]");
    }
  }

  private void checkReferences() {
    int k = 0;
    for (int i = 0; i < dpiaReferences.size(); i++) {
      String pointer = "/assets/" + referringAssets.get(i);
      k = references(pointer + "/dpiaIds/", dpiaReferences.get(i), dpiaIds, "DPIA", k);
      k =
          references(
              pointer + "/contractIds/", contractReferences.get(i), contractIds, "contract", k);
    }
  }

  private int references(
      String pointer, List<String> ids, Map<String, Integer> known, String kind, int k) {
    for (int j = 0; j < ids.size(); j++, k++) {
      String id = ids.get(j);
      if (!known.containsKey(id) && ids.indexOf(id) == j) {
        problems.add(
            referencePlaces.get(k), pointer + j, "no " + kind + " has the id " + Text.quote(id));
      }
    }
    return k;
  }

  // ------------------------------------------------------------------ values

  /** Reads the members of the object at the current token; calls back for each known field. */
  private void readMembers(Scope r, String prefix, Map<String, Integer> fields, Member member) {
    long seen = 0;
    String name;
    while ((name = parser.nextName()) != null) {
      long namePlace = here();
      parser.nextToken();
      String rel = prefix + "/" + Text.pointerSegment(name);
      Integer ordinal = fields.get(name);
      if (ordinal == null) {
        r.problemAt(rel, namePlace, "unknown field " + Text.quote(name));
        parser.skipChildren();
        continue;
      }
      long bit = 1L << ordinal;
      if ((seen & bit) != 0) {
        r.problemAt(rel, namePlace, Text.quote(name) + " is given twice");
        parser.skipChildren();
        continue;
      }
      seen |= bit;
      r.locate(rel, here());
      member.read(name, rel);
    }
  }

  /** Reads one known field. */
  private interface Member {
    void read(String field, String rel);
  }

  /** Reads the records of the array at the current token. */
  private interface RecordReader {
    void read(int index);
  }

  private void readRecords(Scope top, String rel, RecordReader reader) {
    if (!isArray(top, rel)) {
      return;
    }
    int index = 0;
    while (nextInArray()) {
      reader.read(index++);
    }
  }

  private boolean nextInArray() {
    JsonToken token = parser.nextToken();
    if (token == null) {
      // The parser reports a truncated document itself; this only guards the loop.
      problems.addLast(new FormatProblem(0, 0, "", "the document ends before it is complete"));
      throw new ProblemList.Stop();
    }
    return token != JsonToken.END_ARRAY;
  }

  private boolean isObject(Scope r) {
    return isObject(r, "");
  }

  private boolean isObject(Scope r, String rel) {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    r.problem(rel, "must be an object, was " + describe(parser.currentToken()));
    parser.skipChildren();
    return false;
  }

  private boolean isArray(Scope r, String rel) {
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    r.problem(rel, "must be an array, was " + describe(parser.currentToken()));
    parser.skipChildren();
    return false;
  }

  private @Nullable String text(Scope r, String rel) {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    r.problem(rel, "must be a string, was " + describe(parser.currentToken()));
    parser.skipChildren();
    return null;
  }

  private @Nullable Boolean bool(Scope r, String rel) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    r.problem(rel, "must be true or false, was " + describe(token));
    parser.skipChildren();
    return null;
  }

  private @Nullable Integer integer(Scope r, String rel) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      r.problem(rel, "must be an integer, was " + describe(token));
      parser.skipChildren();
      return null;
    }
    if (parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue();
    }
    BigInteger big = parser.getBigIntegerValue();
    r.problem(rel, big.signum() < 0 ? "must be at least 1" : "must be at most 10000000");
    return null;
  }

  private @Nullable LocalDate date(Scope r, String rel) {
    String text = text(r, rel);
    if (text == null) {
      return null;
    }
    LocalDate date = canon.date(text);
    if (date == null) {
      r.problem(
          rel,
          Checks.looksLikeDate(text)
              ? Text.quote(text) + " is not a real date"
              : Text.quote(text) + " is not a date: use yyyy-MM-dd");
    }
    return date;
  }

  private <E extends Enum<E>> @Nullable E choice(Scope r, String rel, Class<E> type) {
    String text = text(r, rel);
    if (text == null) {
      return null;
    }
    E value = Checks.enumValue(type, text);
    if (value == null) {
      r.problem(rel, Text.quote(text) + " is not one of " + Checks.enumNames(type));
    }
    return value;
  }

  private long here() {
    return Place.of(parser.currentTokenLocation());
  }

  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> "something else";
    };
  }

  // ------------------------------------------------------------------ scope of one record

  /** The places of one record's fields while it is read, and its problems. */
  private final class Scope {
    final String pointer;
    final long start;
    final Map<String, Long> places = new HashMap<>();

    /** Whether a value could not be read, so that the record cannot be built. */
    boolean broken;

    Scope(String pointer, long start) {
      this.pointer = pointer;
      this.start = start;
    }

    void locate(String rel, long place) {
      places.put(rel, place);
    }

    /** The place of a field, or of the nearest enclosing value that has one. */
    long place(String rel) {
      String path = rel;
      while (true) {
        Long place = places.get(path);
        if (place != null) {
          return place;
        }
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
          return start;
        }
        path = path.substring(0, slash);
      }
    }

    /** A value that could not be read, at the current token. */
    void problem(String rel, String message) {
      problemAt(rel, here(), message);
    }

    void problemAt(String rel, long place, String message) {
      broken = true;
      problems.add(place, pointer + rel, message);
    }

    /** A value that was read but breaks a rule: the record can still be built and checked. */
    void report(String rel, String message) {
      problems.add(place(rel), pointer + rel, message);
    }

    void requireAll(String rel, List<String> required) {
      for (String field : required) {
        if (!places.containsKey(rel + "/" + field)) {
          problemAt(rel, place(rel), "missing required field " + Text.quote(field));
        }
      }
    }

    /** Reports the validator's problems; {@code strip} removes the wrapper's own prefix. */
    void validated(List<Problem> found, String strip) {
      for (Problem problem : found) {
        String rel = problem.jsonPointer();
        if (!rel.startsWith(strip)) {
          continue;
        }
        rel = rel.substring(strip.length());
        problems.add(place(rel), pointer + rel, problem.message());
      }
    }
  }

  // ------------------------------------------------------------------ drafts

  /** The fields of an asset as read, before it is built. */
  private static final class AssetDraft {
    @Nullable String id;
    @Nullable String description;
    @Nullable String manufacturer;
    @Nullable String brand;
    @Nullable String model;
    @Nullable AssetCategory category;
    @Nullable SortedSet<Capability> capabilities;
    @Nullable Deployment deployment;
    @Nullable Boolean owned;
    @Nullable Boolean operated;
    @Nullable AssetStatus status;
    @Nullable LocalDate inServiceFrom;
    @Nullable LocalDate inServiceUntil;
    @Nullable Integer quantity;
    @Nullable String site;
    @Nullable List<String> dpiaIds;
    @Nullable List<String> contractIds;
    @Nullable String authorisationRef;
    @Nullable String notes;
  }

  /** The fields of a DPIA as read. */
  private static final class DpiaDraft {
    @Nullable String id;
    @Nullable String title;
    @Nullable String version;
    @Nullable DpiaStatus status;
    @Nullable LocalDate completedOn;
    @Nullable LocalDate reviewDue;
    @Nullable String owner;
    @Nullable ResidualRisk residualRisk;
    @Nullable Boolean icoConsulted;
    @Nullable String url;
  }

  /** The fields of a contract as read. */
  private static final class ContractDraft {
    @Nullable String id;
    @Nullable String reference;
    @Nullable String supplier;
    @Nullable String title;
    @Nullable LocalDate startDate;
    @Nullable LocalDate endDate;
    @Nullable Money value;
    @Nullable String procurementRoute;
    @Nullable String publishedUrl;
  }

  /** Thrown to stop at an unsupported schema version: that one problem is the whole answer. */
  static final class UnsupportedVersion extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: control flow inside one read
    final FormatProblem problem;

    UnsupportedVersion(FormatProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** Keeps the comparator out of the hot path. */
  static final Comparator<FormatProblem> IN_DOCUMENT_ORDER =
      Comparator.comparingInt(FormatProblem::line).thenComparingInt(FormatProblem::column);

  /** Locations packed into a long: line in the high half, column in the low half. */
  static final class Place {
    private Place() {}

    static long of(int line, int column) {
      return ((long) Math.max(line, 0) << 32) | Math.max(column, 0);
    }

    static long of(@Nullable TokenStreamLocation location) {
      return location == null ? 0 : of(location.getLineNr(), location.getColumnNr());
    }

    static int line(long place) {
      return (int) (place >>> 32);
    }

    static int column(long place) {
      return (int) place;
    }
  }
}
