package org.oversight.register.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>Each record (asset, DPIA, contract) is checked as soon as it has been read, while the places
 * of its fields are still at hand: first by the register's hand-written checks, and only when those
 * fail by {@link RegisterValidator}, for the exact problems. Only the places of references are kept
 * until the end, to check them once every DPIA and contract is known. So memory beyond the register
 * itself stays small however large the document is.
 *
 * <p>The reader is the hot path of loading a register, so it keeps its bookkeeping in integers: the
 * place of each field is a packed line and column in an array indexed by the field's ordinal,
 * reused from one record to the next, and JSON pointers and messages are only built when a problem
 * is found. Repeated strings and dates are shared straight from the parser's buffer.
 */
final class DocumentReader {
  private static final RegisterValidator VALIDATOR = RegisterValidator.standard();

  private static final int TOP_SCHEMA_VERSION = 0;
  private static final int TOP_ORGANISATION = 1;
  private static final int TOP_AS_AT = 2;
  private static final int TOP_ASSETS = 3;
  private static final int TOP_DPIAS = 4;
  private static final int TOP_CONTRACTS = 5;

  private static final int A_ID = 0;
  private static final int A_DESCRIPTION = 1;
  private static final int A_MANUFACTURER = 2;
  private static final int A_BRAND = 3;
  private static final int A_MODEL = 4;
  private static final int A_CATEGORY = 5;
  private static final int A_CAPABILITIES = 6;
  private static final int A_DEPLOYMENT = 7;
  private static final int A_OWNED = 8;
  private static final int A_OPERATED = 9;
  private static final int A_STATUS = 10;
  private static final int A_IN_SERVICE_FROM = 11;
  private static final int A_IN_SERVICE_UNTIL = 12;
  private static final int A_QUANTITY = 13;
  private static final int A_SITE = 14;
  private static final int A_DPIA_IDS = 15;
  private static final int A_CONTRACT_IDS = 16;
  private static final int A_AUTHORISATION_REF = 17;
  private static final int A_NOTES = 18;

  private static final int D_ID = 0;
  private static final int D_TITLE = 1;
  private static final int D_VERSION = 2;
  private static final int D_STATUS = 3;
  private static final int D_COMPLETED_ON = 4;
  private static final int D_REVIEW_DUE = 5;
  private static final int D_OWNER = 6;
  private static final int D_RESIDUAL_RISK = 7;
  private static final int D_ICO_CONSULTED = 8;
  private static final int D_URL = 9;

  private static final int C_ID = 0;
  private static final int C_REFERENCE = 1;
  private static final int C_SUPPLIER = 2;
  private static final int C_TITLE = 3;
  private static final int C_START_DATE = 4;
  private static final int C_END_DATE = 5;
  private static final int C_VALUE = 6;
  private static final int C_PROCUREMENT_ROUTE = 7;
  private static final int C_PUBLISHED_URL = 8;

  private static final int M_AMOUNT = 0;
  private static final int M_CURRENCY = 1;

  /** Where codes: a field's ordinal, plus (element + 1) shifted by this for an element of it. */
  private static final int SUB_SHIFT = 6;

  /** The where code of the record itself. */
  private static final int RECORD = -1;

  private static final long TOP_REQUIRED = mask(Fields.TOP_ORDER, Fields.TOP_REQUIRED);
  private static final long ASSET_REQUIRED = mask(Fields.ASSET_ORDER, Fields.ASSET_REQUIRED);
  private static final long DPIA_REQUIRED = mask(Fields.DPIA_ORDER, Fields.DPIA_REQUIRED);
  private static final long CONTRACT_REQUIRED =
      mask(Fields.CONTRACT_ORDER, Fields.CONTRACT_REQUIRED);
  private static final long MONEY_REQUIRED = mask(Fields.MONEY_ORDER, Fields.MONEY_REQUIRED);

  private static final Map<String, AssetCategory> CATEGORIES = constants(AssetCategory.class);
  private static final Map<String, Deployment> DEPLOYMENTS = constants(Deployment.class);
  private static final Map<String, AssetStatus> STATUSES = constants(AssetStatus.class);
  private static final Map<String, DpiaStatus> DPIA_STATUSES = constants(DpiaStatus.class);
  private static final Map<String, ResidualRisk> RISKS = constants(ResidualRisk.class);

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

  /** One scope per kind of record, reused from one record to the next. */
  private final Scope top = new Scope("", Fields.TOP_ORDER, -1);

  private final Scope assetScope =
      new Scope("/assets/", Fields.ASSET_ORDER, -1, A_CAPABILITIES, A_DPIA_IDS, A_CONTRACT_IDS);
  private final Scope dpiaScope = new Scope("/dpias/", Fields.DPIA_ORDER, -1);
  private final Scope contractScope = new Scope("/contracts/", Fields.CONTRACT_ORDER, C_VALUE);

  /** The elements of the array being read (capability codes or ids), reused. */
  private String[] elements = new String[16];

  /** The valid, distinct capability codes of the array being read, reused. */
  private String[] codes = new String[16];

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
    Scope r = top.begin(0, start);
    int field;
    while ((field = nextField(r, Fields.TOP, false)) >= 0) {
      switch (field) {
        case TOP_SCHEMA_VERSION -> {
          Integer v = integer(r, field);
          if (v != null) {
            SchemaVersion.check(v, r.places[field]);
          }
        }
        case TOP_ORGANISATION -> organisation = text(r, field);
        case TOP_AS_AT -> asAt = date(r, field);
        case TOP_ASSETS -> {
          if (isArray(r, field)) {
            for (int index = 0; nextInArray(); index++) {
              readAsset(index);
            }
          }
        }
        case TOP_DPIAS -> {
          if (isArray(r, field)) {
            for (int index = 0; nextInArray(); index++) {
              readDpia(index);
            }
          }
        }
        case TOP_CONTRACTS -> {
          if (isArray(r, field)) {
            for (int index = 0; nextInArray(); index++) {
              readContract(index);
            }
          }
        }
        default -> throw new AssertionError(field);
      }
    }
    r.requireAll(TOP_REQUIRED);
    JsonToken after = parser.nextToken();
    if (after != null) {
      problems.add(here(), "", "unexpected content after the end of the document");
    }
    if (organisation != null && asAt != null) {
      r.validated(
          VALIDATOR.validate(
              new RegisterContents(organisation, asAt, List.of(), List.of(), List.of())));
    }
    checkReferences();
  }

  // ------------------------------------------------------------------ assets

  private void readAsset(int index) {
    Scope r = assetScope.begin(index, here());
    if (!isObject(r, RECORD)) {
      return;
    }
    String id = null;
    String description = null;
    String manufacturer = null;
    String brand = null;
    String model = null;
    AssetCategory category = null;
    ImmutableSortedSet<Capability> capabilities = null;
    Deployment deployment = null;
    Boolean owned = null;
    Boolean operated = null;
    AssetStatus status = null;
    LocalDate inServiceFrom = null;
    LocalDate inServiceUntil = null;
    Integer quantity = null;
    String site = null;
    ImmutableList<String> dpiaRefs = ImmutableList.of();
    ImmutableList<String> contractRefs = ImmutableList.of();
    String authorisationRef = null;
    String notes = null;
    int field;
    while ((field = nextField(r, Fields.ASSET, false)) >= 0) {
      switch (field) {
        case A_ID -> id = text(r, field);
        case A_DESCRIPTION -> description = shared(r, field);
        case A_MANUFACTURER -> manufacturer = shared(r, field);
        case A_BRAND -> brand = shared(r, field);
        case A_MODEL -> model = shared(r, field);
        case A_CATEGORY -> category = choice(r, field, CATEGORIES, AssetCategory.class);
        case A_CAPABILITIES -> capabilities = capabilities(r, field);
        case A_DEPLOYMENT -> deployment = choice(r, field, DEPLOYMENTS, Deployment.class);
        case A_OWNED -> owned = bool(r, field);
        case A_OPERATED -> operated = bool(r, field);
        case A_STATUS -> status = choice(r, field, STATUSES, AssetStatus.class);
        case A_IN_SERVICE_FROM -> inServiceFrom = date(r, field);
        case A_IN_SERVICE_UNTIL -> inServiceUntil = date(r, field);
        case A_QUANTITY -> quantity = integer(r, field);
        case A_SITE -> site = shared(r, field);
        case A_DPIA_IDS -> dpiaRefs = ids(r, field, dpiaRefs);
        case A_CONTRACT_IDS -> contractRefs = ids(r, field, contractRefs);
        case A_AUTHORISATION_REF -> authorisationRef = text(r, field);
        case A_NOTES -> notes = text(r, field);
        default -> throw new AssertionError(field);
      }
    }
    r.requireAll(ASSET_REQUIRED);
    if (id != null) {
      unique(r, A_ID, assetIds, "assets", index, id);
    }
    // References are checked at the end even when another field of the asset is broken.
    if (!dpiaRefs.isEmpty() || !contractRefs.isEmpty()) {
      referringAssets.add(index);
      dpiaReferences.add(dpiaRefs);
      contractReferences.add(contractRefs);
      for (int j = 0; j < dpiaRefs.size(); j++) {
        referencePlaces.add(r.elementPlace(A_DPIA_IDS, j));
      }
      for (int j = 0; j < contractRefs.size(); j++) {
        referencePlaces.add(r.elementPlace(A_CONTRACT_IDS, j));
      }
    }
    if (r.broken) {
      return;
    }
    Asset asset =
        new Asset(
            AssetId.of(Checks.notNull(id)),
            description,
            manufacturer,
            brand,
            model,
            Checks.notNull(category),
            Checks.notNull(capabilities),
            Checks.notNull(deployment),
            Checks.notNull(owned),
            Checks.notNull(operated),
            Checks.notNull(status),
            inServiceFrom,
            inServiceUntil,
            quantity == null ? 1 : quantity,
            site,
            dpiaRefs,
            contractRefs,
            authorisationRef,
            notes);
    r.validated(VALIDATOR.validate(asset)); // fast path inside: empty for a valid record
    assets.add(asset);
  }

  private @Nullable ImmutableSortedSet<Capability> capabilities(Scope r, int field) {
    if (!isArray(r, field)) {
      return null;
    }
    int count = 0;
    int valid = 0;
    for (int j = 0; nextInArray(); j++) {
      r.locateElement(field, here());
      int where = element(field, j);
      String code = shared(r, where);
      if (code == null) {
        continue;
      }
      boolean twice = contains(elements, count, code);
      elements = keep(elements, count++, code);
      if (twice) {
        r.report(where, Text.quote(code) + " is listed twice");
      } else if (!Checks.isCapabilityCode(code)) {
        r.report(
            where,
            Text.quote(code)
                + " is not a capability code: use a standard code or X- followed by upper-case"
                + " letters, digits and hyphens");
      } else {
        codes = keep(codes, valid++, code);
      }
    }
    return canon.capabilities(codes, valid);
  }

  private ImmutableList<String> ids(Scope r, int field, ImmutableList<String> absent) {
    if (!isArray(r, field)) {
      return absent;
    }
    int count = 0;
    Set<String> seen = null;
    for (int j = 0; nextInArray(); j++) {
      r.locateElement(field, here());
      int where = element(field, j);
      String id = shared(r, where);
      if (id == null) {
        continue;
      }
      // Few ids per asset: a scan beats a set until the list is long.
      boolean twice;
      if (count < 16) {
        twice = contains(elements, count, id);
      } else {
        if (seen == null) {
          seen = new HashSet<>(Arrays.asList(elements).subList(0, count));
        }
        twice = !seen.add(id);
      }
      if (twice) {
        r.report(where, Text.quote(id) + " is listed twice");
      }
      elements = keep(elements, count++, id);
    }
    return canon.ids(elements, count);
  }

  private static boolean contains(String[] values, int count, String value) {
    for (int i = 0; i < count; i++) {
      if (values[i].equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** Stores a value in a buffer, growing it if need be; returns the buffer. */
  private static String[] keep(String[] buffer, int at, String value) {
    String[] values = at == buffer.length ? Arrays.copyOf(buffer, at * 2) : buffer;
    values[at] = value;
    return values;
  }

  private static int element(int field, int index) {
    return field | ((index + 1) << SUB_SHIFT);
  }

  // ------------------------------------------------------------------ DPIAs and contracts

  private void readDpia(int index) {
    Scope r = dpiaScope.begin(index, here());
    if (!isObject(r, RECORD)) {
      return;
    }
    String id = null;
    String title = null;
    String version = null;
    DpiaStatus status = null;
    LocalDate completedOn = null;
    LocalDate reviewDue = null;
    String owner = null;
    ResidualRisk residualRisk = null;
    Boolean icoConsulted = null;
    String url = null;
    int field;
    while ((field = nextField(r, Fields.DPIA, false)) >= 0) {
      switch (field) {
        case D_ID -> id = text(r, field);
        case D_TITLE -> title = text(r, field);
        case D_VERSION -> version = text(r, field);
        case D_STATUS -> status = choice(r, field, DPIA_STATUSES, DpiaStatus.class);
        case D_COMPLETED_ON -> completedOn = date(r, field);
        case D_REVIEW_DUE -> reviewDue = date(r, field);
        case D_OWNER -> owner = shared(r, field);
        case D_RESIDUAL_RISK -> residualRisk = choice(r, field, RISKS, ResidualRisk.class);
        case D_ICO_CONSULTED -> icoConsulted = bool(r, field);
        case D_URL -> url = text(r, field);
        default -> throw new AssertionError(field);
      }
    }
    r.requireAll(DPIA_REQUIRED);
    if (id != null) {
      unique(r, D_ID, dpiaIds, "dpias", index, id);
    }
    if (r.broken) {
      return;
    }
    Dpia dpia =
        new Dpia(
            Checks.notNull(id),
            Checks.notNull(title),
            version,
            Checks.notNull(status),
            completedOn,
            reviewDue,
            owner,
            residualRisk,
            icoConsulted != null && icoConsulted,
            url);
    r.validated(VALIDATOR.validate(dpia)); // fast path inside: empty for a valid record
    dpias.add(dpia);
  }

  private void readContract(int index) {
    Scope r = contractScope.begin(index, here());
    if (!isObject(r, RECORD)) {
      return;
    }
    String id = null;
    String reference = null;
    String supplier = null;
    String title = null;
    LocalDate startDate = null;
    LocalDate endDate = null;
    Money value = null;
    String procurementRoute = null;
    String publishedUrl = null;
    int field;
    while ((field = nextField(r, Fields.CONTRACT, false)) >= 0) {
      switch (field) {
        case C_ID -> id = text(r, field);
        case C_REFERENCE -> reference = text(r, field);
        case C_SUPPLIER -> supplier = shared(r, field);
        case C_TITLE -> title = text(r, field);
        case C_START_DATE -> startDate = date(r, field);
        case C_END_DATE -> endDate = date(r, field);
        case C_VALUE -> value = money(r, field);
        case C_PROCUREMENT_ROUTE -> procurementRoute = shared(r, field);
        case C_PUBLISHED_URL -> publishedUrl = text(r, field);
        default -> throw new AssertionError(field);
      }
    }
    r.requireAll(CONTRACT_REQUIRED);
    if (id != null) {
      unique(r, C_ID, contractIds, "contracts", index, id);
    }
    if (r.broken) {
      return;
    }
    Contract contract =
        new Contract(
            Checks.notNull(id),
            reference,
            Checks.notNull(supplier),
            title,
            startDate,
            endDate,
            value,
            procurementRoute,
            publishedUrl);
    r.validated(VALIDATOR.validate(contract)); // fast path inside: empty for a valid record
    contracts.add(contract);
  }

  private @Nullable Money money(Scope r, int field) {
    if (!isObject(r, field)) {
      return null;
    }
    BigDecimal amount = null;
    Currency currency = null;
    int member;
    while ((member = nextField(r, Fields.MONEY, true)) >= 0) {
      int where = element(field, member);
      switch (member) {
        case M_AMOUNT -> amount = amount(r, where);
        case M_CURRENCY -> currency = currency(r, where);
        default -> throw new AssertionError(member);
      }
    }
    r.requireAllOf(field, MONEY_REQUIRED);
    return amount == null || currency == null ? null : new Money(amount, currency);
  }

  private @Nullable BigDecimal amount(Scope r, int where) {
    JsonToken token = parser.currentToken();
    BigDecimal value;
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getString();
      if (!Checks.isDecimal(text)) {
        r.problem(where, Text.quote(text) + " is not a decimal amount such as \"125000.00\"");
        return null;
      }
      value = new BigDecimal(text);
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      value = parser.getDecimalValue();
    } else {
      r.problem(where, "must be a decimal string or a number, was " + describe(token));
      parser.skipChildren();
      return null;
    }
    if (value.precision() - value.scale() > Checks.MAX_AMOUNT_INTEGER_DIGITS
        || value.scale() > Checks.MAX_AMOUNT_SCALE) {
      r.problem(
          where,
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

  private @Nullable Currency currency(Scope r, int where) {
    String code = text(r, where);
    if (code == null) {
      return null;
    }
    Currency currency = Checks.currency(code);
    if (currency == null) {
      r.problem(where, Text.quote(code) + " is not an ISO 4217 currency code");
    }
    return currency;
  }

  // ------------------------------------------------------------------ cross-record rules

  private void unique(
      Scope r, int field, Map<String, Integer> seen, String list, int index, String id) {
    Integer first = seen.putIfAbsent(id, index);
    if (first != null) {
      // Same wording as RegisterValidator's check, which sees the same lists.
      r.report(
          field, "duplicate id " + Text.quote(id) + ", first used by " + list + "[" + first + "]");
    }
  }

  private void checkReferences() {
    int k = 0;
    for (int i = 0; i < dpiaReferences.size(); i++) {
      int asset = referringAssets.get(i);
      k = references(asset, "/dpiaIds/", dpiaReferences.get(i), dpiaIds, "DPIA", k);
      k = references(asset, "/contractIds/", contractReferences.get(i), contractIds, "contract", k);
    }
  }

  private int references(
      int asset,
      String property,
      List<String> ids,
      Map<String, Integer> known,
      String kind,
      int k) {
    for (int j = 0; j < ids.size(); j++, k++) {
      String id = ids.get(j);
      if (!known.containsKey(id) && ids.indexOf(id) == j) {
        problems.add(
            referencePlaces.get(k),
            "/assets/" + asset + property + j,
            "no " + kind + " has the id " + Text.quote(id));
      }
    }
    return k;
  }

  // ------------------------------------------------------------------ values

  /**
   * Moves to the value of the next known field of the object being read and returns the field's
   * ordinal, or -1 at the end of the object. Unknown and repeated fields are reported and skipped.
   *
   * @param sub whether the object is a value inside the record (a contract's value), whose fields
   *     are tracked apart from the record's own
   */
  private int nextField(Scope r, Map<String, Integer> fields, boolean sub) {
    String name;
    while ((name = parser.nextName()) != null) {
      Integer ordinal = fields.get(name);
      long seen = sub ? r.subSeen : r.seen;
      if (ordinal == null || (seen & (1L << ordinal)) != 0) {
        long namePlace = here();
        parser.nextToken();
        String rel =
            (sub ? r.rel(r.subField) : "") + "/" + Text.pointerSegment(Checks.notNull(name));
        r.problemAt(
            rel,
            namePlace,
            ordinal == null
                ? "unknown field " + Text.quote(name)
                : Text.quote(name) + " is given twice");
        parser.skipChildren();
        continue;
      }
      parser.nextToken();
      if (sub) {
        r.locateSub(ordinal, here());
      } else {
        r.locate(ordinal, here());
      }
      return ordinal;
    }
    return -1;
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

  private boolean isObject(Scope r, int where) {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      if (where != RECORD) {
        r.enterSub(where);
      }
      return true;
    }
    r.problem(where, "must be an object, was " + describe(parser.currentToken()));
    parser.skipChildren();
    return false;
  }

  private boolean isArray(Scope r, int where) {
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    r.problem(where, "must be an array, was " + describe(parser.currentToken()));
    parser.skipChildren();
    return false;
  }

  private @Nullable String text(Scope r, int where) {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    return notText(r, where);
  }

  private @Nullable String notText(Scope r, int where) {
    r.problem(where, "must be a string, was " + describe(parser.currentToken()));
    parser.skipChildren();
    return null;
  }

  /** A string field whose values repeat across records: shared, and read without a copy. */
  private @Nullable String shared(Scope r, int where) {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return canon.string(
          parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    }
    return notText(r, where);
  }

  private @Nullable Boolean bool(Scope r, int where) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    r.problem(where, "must be true or false, was " + describe(token));
    parser.skipChildren();
    return null;
  }

  private @Nullable Integer integer(Scope r, int where) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      r.problem(where, "must be an integer, was " + describe(token));
      parser.skipChildren();
      return null;
    }
    if (parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue();
    }
    BigInteger big = parser.getBigIntegerValue();
    r.problem(where, big.signum() < 0 ? "must be at least 1" : "must be at most 10000000");
    return null;
  }

  private @Nullable LocalDate date(Scope r, int where) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      notText(r, where);
      return null;
    }
    LocalDate date =
        canon.date(
            parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    if (date == null) {
      String text = parser.getString();
      r.problem(
          where,
          Checks.looksLikeDate(text)
              ? Text.quote(text) + " is not a real date"
              : Text.quote(text) + " is not a date: use yyyy-MM-dd");
    }
    return date;
  }

  private <E extends Enum<E>> @Nullable E choice(
      Scope r, int where, Map<String, E> constants, Class<E> type) {
    String text = shared(r, where);
    if (text == null) {
      return null;
    }
    E value = constants.get(text);
    if (value == null) {
      r.problem(where, Text.quote(text) + " is not one of " + Checks.enumNames(type));
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

  private static long mask(List<String> order, List<String> fields) {
    long mask = 0;
    for (String field : fields) {
      mask |= 1L << order.indexOf(field);
    }
    return mask;
  }

  private static <E extends Enum<E>> Map<String, E> constants(Class<E> type) {
    Map<String, E> byName = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    return Map.copyOf(byName);
  }

  // ------------------------------------------------------------------ scope of one record

  /**
   * The places of one record's fields while it is read, and its problems. A place is known for each
   * field read, for each element of an array field that has element places, and for each member of
   * the one object-valued field (a contract's value). A where code names a field by its ordinal, or
   * an element or member of it (see {@link #element}); pointers are built from it only for a
   * problem.
   */
  private final class Scope {
    /** The pointer of the list the record is in, with its trailing slash; empty for the top. */
    private final String listPointer;

    private final List<String> names;
    private final long[] places;
    private final Growable.@Nullable Longs[] elementPlaces;

    /** The one field whose value is an object (-1 if none), whose members have places. */
    private final int objectField;

    private final long[] subPlaces = new long[Fields.MONEY_ORDER.size()];

    int index;
    long start;

    /** The fields read, each a bit by ordinal; the members of the object field likewise. */
    long seen;

    long subSeen;
    int subField = -1;

    /** Whether a value could not be read, so that the record cannot be built. */
    boolean broken;

    Scope(String listPointer, List<String> names, int objectField, int... arrayFields) {
      this.listPointer = listPointer;
      this.names = names;
      this.places = new long[names.size()];
      this.elementPlaces = new Growable.Longs[names.size()];
      for (int field : arrayFields) {
        elementPlaces[field] = new Growable.Longs();
      }
      this.objectField = objectField;
    }

    Scope begin(int index, long start) {
      this.index = index;
      this.start = start;
      seen = 0;
      subSeen = 0;
      broken = false;
      for (Growable.Longs p : elementPlaces) {
        if (p != null) {
          p.clear();
        }
      }
      return this;
    }

    void enterSub(int field) {
      subField = field;
    }

    void locate(int field, long place) {
      places[field] = place;
      seen |= 1L << field;
    }

    void locateSub(int member, long place) {
      subPlaces[member] = place;
      subSeen |= 1L << member;
    }

    void locateElement(int field, long place) {
      Checks.notNull(elementPlaces[field]).add(place);
    }

    /** The place of element j of an array field, as the validator's pointer would resolve it. */
    long elementPlace(int field, int j) {
      Growable.Longs p = Checks.notNull(elementPlaces[field]);
      return j < p.size() ? p.get(j) : places[field];
    }

    String pointer() {
      return listPointer.isEmpty() ? "" : listPointer + index;
    }

    /** The pointer, relative to the record, of a where code. */
    String rel(int where) {
      if (where == RECORD) {
        return "";
      }
      int field = where & ((1 << SUB_SHIFT) - 1);
      int sub = (where >>> SUB_SHIFT) - 1;
      String rel = "/" + names.get(field);
      if (sub < 0) {
        return rel;
      }
      return rel + "/" + (field == objectField ? Fields.MONEY_ORDER.get(sub) : sub);
    }

    /** The place of the value at a pointer relative to the record, if it was read; else -1. */
    private long located(String rel) {
      if (rel.isEmpty()) {
        return start;
      }
      String[] parts = rel.substring(1).split("/", -1);
      int field = names.indexOf(parts[0]);
      if (field < 0 || (seen & (1L << field)) == 0 || parts.length > 2) {
        return -1;
      }
      if (parts.length == 1) {
        return places[field];
      }
      Growable.Longs elements = elementPlaces[field];
      if (elements != null) {
        int j = parseIndex(parts[1]);
        return j >= 0 && j < elements.size() ? elements.get(j) : -1;
      }
      if (field == objectField) {
        int member = Fields.MONEY_ORDER.indexOf(parts[1]);
        return member >= 0 && (subSeen & (1L << member)) != 0 ? subPlaces[member] : -1;
      }
      return -1;
    }

    /** The place of a value, or of the nearest enclosing value that has one. */
    long place(String rel) {
      String path = rel;
      while (true) {
        long place = located(path);
        if (place != -1) {
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
    void problem(int where, String message) {
      problemAt(rel(where), here(), message);
    }

    void problemAt(String rel, long place, String message) {
      broken = true;
      problems.add(place, pointer() + rel, message);
    }

    /** A value that was read but breaks a rule: the record can still be built and checked. */
    void report(int where, String message) {
      String rel = rel(where);
      problems.add(place(rel), pointer() + rel, message);
    }

    /** Reports each required field missing from the record. */
    void requireAll(long required) {
      if ((required & ~seen) != 0) {
        missing(names, "", required & ~seen);
      }
    }

    /** Reports each required member missing from the object field. */
    void requireAllOf(int field, long required) {
      if ((required & ~subSeen) != 0) {
        missing(Fields.MONEY_ORDER, rel(field), required & ~subSeen);
      }
    }

    private void missing(List<String> fieldNames, String rel, long missing) {
      for (int i = 0; i < fieldNames.size(); i++) {
        if ((missing & (1L << i)) != 0) {
          problemAt(rel, place(rel), "missing required field " + Text.quote(fieldNames.get(i)));
        }
      }
    }

    /** Reports the validator's problems, whose pointers are relative to the record. */
    void validated(List<Problem> found) {
      for (Problem problem : found) {
        String rel = problem.jsonPointer();
        problems.add(place(rel), pointer() + rel, problem.message());
      }
    }
  }

  private static int parseIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
