package org.oversight.register.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.model.Values;
import org.oversight.register.validation.InvalidInputException;
import org.oversight.register.validation.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one JSON object as a record of a {@link RecordType}, following its description: each field
 * by its value type, each value checked against its type's rules the moment it is read (so that
 * every problem is found in one pass, at the value's own place), then the record built and the
 * rules that span its fields checked. Unknown and repeated fields, missing required ones and values
 * of the wrong JSON type are reported. One reader per record type per document, reused from one
 * record to the next; used by one thread.
 *
 * <p>The same machinery reads every JSON input of the library: register documents, FOI requests and
 * import mappings, so the same mistake gets the same message wherever it is made.
 *
 * @param <R> the record's Java type
 */
final class RecordReader<R> {
  /** Records whose JSON may also be a plain string, as a register of schema version 1 wrote it. */
  static final Map<RecordType<?>, Function<String, ?>> TEXT_FORMS = new HashMap<>();

  private final JsonReading in;
  private final RecordType<R> type;
  private final Field<R, ?>[] fields;
  private final Map<String, Integer> ordinals;

  /**
   * The parser's own string for each field's name, as last seen: the parser hands out one string
   * per distinct name, and documents list fields in the description's order, so the next name is
   * usually the one after the last, recognised by identity without hashing or comparing text.
   */
  private final @Nullable String[] seenNames;

  private final long required;
  private final Values<R> values;
  private final long[] places;
  private final Growable.@Nullable Longs[] elementPlaces;
  private final @Nullable RecordReader<?>[] nested;
  private final Map<String, Extra> extras = new HashMap<>();
  private final BiConsumer<String, String> ruleReport = this::report;

  /** Where the record is: a list pointer and index, or the parent record and its field. */
  private final @Nullable RecordReader<?> parent;

  private final String segment;

  /**
   * The list pointer when it cannot change (the reader has no parent, or its parent has none and so
   * is in no list): one string for every record, not one per record kept with its references.
   */
  private final @Nullable String fixedListPointer;

  private int index = -1;

  private long start;
  private long seen;
  private boolean broken;

  @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of generic types
  RecordReader(
      JsonReading in, RecordType<R> type, @Nullable RecordReader<?> parent, String segment) {
    if (type.fields().size() > 63) {
      throw new IllegalArgumentException(type.name() + " has more fields than a reader tracks");
    }
    this.in = in;
    this.type = type;
    this.parent = parent;
    this.segment = segment;
    this.fixedListPointer =
        parent == null ? segment : parent.parent == null ? parent.segment + segment : null;
    this.fields = type.fields().toArray(new Field[0]);
    Map<String, Integer> names = new HashMap<>();
    long mask = 0;
    for (int i = 0; i < fields.length; i++) {
      names.put(fields[i].name(), i);
      if (fields[i].isRequired()) {
        mask |= 1L << i;
      }
    }
    this.ordinals = Map.copyOf(names);
    this.seenNames = new String[fields.length];
    this.required = mask;
    this.values = type.newValues();
    this.places = new long[fields.length];
    this.elementPlaces = new Growable.Longs[fields.length];
    this.nested = new RecordReader[fields.length];
    for (int i = 0; i < fields.length; i++) {
      ValueType<?> valueType = fields[i].type();
      if (valueType instanceof ValueType.IdList) {
        // Only identifiers are looked up by element later (references, a record's own rules).
        elementPlaces[i] = new Growable.Longs();
      } else if (valueType instanceof ValueType.Nested<?> n) {
        nested[i] = new RecordReader<>(in, n.type(), this, "/" + fields[i].name());
      } else if (valueType instanceof ValueType.RecordList<?> list) {
        nested[i] = new RecordReader<>(in, list.type(), this, "/" + fields[i].name());
        if (in.placesListRecords) {
          // The element reader is reused: it holds the places of the last record only.
          elementPlaces[i] = new Growable.Longs();
        }
      }
    }
  }

  RecordType<R> type() {
    return type;
  }

  /** Sets the record's index in its list, for pointers. */
  RecordReader<R> at(int index) {
    this.index = index;
    return this;
  }

  /**
   * Reads a member that is not one of the record's fields, such as a document's {@code
   * schemaVersion}: the action reads its value, the parser being at it.
   */
  RecordReader<R> extra(String name, Runnable action, boolean required) {
    extras.put(name, new Extra(action, required));
    return this;
  }

  /** A member read by its own action. */
  private static final class Extra {
    final Runnable action;
    final boolean required;
    boolean seen;

    Extra(Runnable action, boolean required) {
      this.action = action;
      this.required = required;
    }
  }

  /** The JSON pointer of the list the record is in, or of the record when it is in none. */
  String listPointer() {
    if (fixedListPointer != null) {
      return fixedListPointer;
    }
    return requireNonNull(parent).pointer() + segment;
  }

  /** The JSON pointer of the record being read. Built only for a problem. */
  String pointer() {
    return index < 0 ? listPointer() : listPointer() + "/" + index;
  }

  /**
   * Reads the object the parser is at. Returns the record, or null when a value could not be read
   * or a required field is missing (each reported).
   */
  @Nullable R read() {
    start = in.here();
    int problemsBefore = in.problems.size();
    if (in.parser.currentToken() != JsonToken.START_OBJECT) {
      in.problem(start, pointer(), "must be an object, was " + JsonReading.describe(in.token()));
      in.parser.skipChildren();
      return null;
    }
    values.clear();
    seen = 0;
    broken = false;
    for (Growable.Longs p : elementPlaces) {
      if (p != null) {
        p.clear();
      }
    }
    for (Extra extra : extras.values()) {
      extra.seen = false;
    }
    String name;
    JsonParser parser = in.parser;
    int next = 0;
    while ((name = parser.nextName()) != null) {
      Integer ordinal = ordinal(name, next);
      if (ordinal != null) {
        next = ordinal + 1;
      }
      Extra extra = ordinal == null ? extras.get(name) : null;
      if (extra != null && !extra.seen) {
        parser.nextToken();
        extra.seen = true;
        extra.action.run();
        continue;
      }
      if (ordinal == null || (seen & (1L << ordinal)) != 0) {
        long namePlace = in.here();
        parser.nextToken();
        in.problem(
            namePlace,
            pointer() + "/" + Text.pointerSegment(name),
            // A member read by its own action (schemaVersion) lands here only the second time.
            ordinal == null && extra == null
                ? "unknown field " + Text.quote(name)
                : Text.quote(name) + " is given twice");
        parser.skipChildren();
        continue;
      }
      parser.nextToken();
      int i = ordinal;
      places[i] = in.here();
      seen |= 1L << i;
      if (in.recordsUse(fields[i].since())) {
        in.usedSince(fields[i].since(), places[i], pointer() + "/" + fields[i].name());
      }
      read(fields[i], i);
    }
    for (Map.Entry<String, Extra> extra : extras.entrySet()) {
      if (extra.getValue().required && !extra.getValue().seen) {
        in.problem(start, pointer(), "missing required field " + Text.quote(extra.getKey()));
      }
    }
    if ((required & ~seen) != 0) {
      for (int i = 0; i < fields.length; i++) {
        if ((required & ~seen & (1L << i)) != 0) {
          in.problem(start, pointer(), "missing required field " + Text.quote(fields[i].name()));
        }
      }
      broken = true;
    }
    if (broken) {
      return null;
    }
    R record;
    try {
      record = type.construct(values);
    } catch (InvalidInputException invalid) {
      // Rules the record's own constructor checks across its fields (an FOI request's references
      // to earlier questions): each problem where its value is. When this record's values already
      // had problems, the record's view of them may be incomplete, so only those are reported.
      broken = true;
      if (in.problems.size() == problemsBefore) {
        for (Problem problem : invalid.problems()) {
          String absolute = pointer() + problem.pointer();
          long place = in.referencePlace(absolute);
          in.problem(place != 0 ? place : place(problem.pointer()), absolute, problem.message());
        }
      }
      return null;
    } catch (IllegalArgumentException unrepresentable) {
      // A value its record cannot hold (a latitude of 91): its problem is already reported.
      broken = true;
      return null;
    }
    type.checkRules(record, ruleReport);
    return record;
  }

  /** The ordinal of a field name, trying the expected one first; null for no field. */
  @SuppressWarnings({"StringEquality", "ReferenceEquality"}) // identity on purpose: seenNames
  private @Nullable Integer ordinal(String name, int expected) {
    if (expected < seenNames.length && seenNames[expected] == name) {
      return expected;
    }
    Integer ordinal = ordinals.get(name);
    if (ordinal != null) {
      seenNames[ordinal] = name;
    }
    return ordinal;
  }

  /** Reports a problem at a pointer relative to the record, placed where that value was read. */
  void report(String relative, String message) {
    in.problem(place(relative), pointer() + relative, message);
  }

  /**
   * The place of the value at a pointer relative to the record, or the record's own place. Inside a
   * list of records, the place of the record at that index ({@code /questions/1/id} is placed at
   * question 1), as the reader of its elements holds the places of the last one only; the list's
   * own place when the records' places are not kept.
   */
  long place(String relative) {
    if (relative.isEmpty()) {
      return start;
    }
    int slash = relative.indexOf('/', 1);
    String name = relative.substring(1, slash < 0 ? relative.length() : slash);
    Integer ordinal = ordinals.get(name);
    if (ordinal == null || (seen & (1L << ordinal)) == 0) {
      return start;
    }
    if (slash < 0) {
      return places[ordinal];
    }
    String rest = relative.substring(slash);
    RecordReader<?> inner = nested[ordinal];
    if (inner != null && fields[ordinal].type() instanceof ValueType.Nested<?>) {
      return inner.place(rest);
    }
    Growable.Longs elements = elementPlaces[ordinal];
    String index = rest.substring(1);
    int end = index.indexOf('/');
    int element = parseIndex(end == -1 ? index : index.substring(0, end));
    if (elements != null && element >= 0 && element < elements.size()) {
      return elements.get(element);
    }
    return places[ordinal];
  }

  // ------------------------------------------------------------------ values

  private <V> void read(Field<R, V> field, int i) {
    V value = value(field.type(), i);
    if (value != null) {
      values.set(field, value);
    }
  }

  /**
   * A value that breaks its type's rules: reported, kept, so that every problem is found. Placed at
   * the value: the types checked here are scalars, whose rules report no element (lists of codes
   * and identifiers are checked element by element as they are read).
   */
  private void breaks(int i, String relative, String message) {
    in.problem(places[i], pointer() + "/" + fields[i].name() + relative, message);
  }

  /** A value that cannot be read at all: the record cannot be built. */
  private void unreadable(int i, String message) {
    broken = true;
    in.problem(in.here(), pointer() + "/" + fields[i].name(), message);
    in.parser.skipChildren();
  }

  /**
   * Reads a value by the JSON shape its type is written in, then checks it against the type's own
   * rules (the same rules validation applies), reporting each problem where the value is.
   */
  @SuppressWarnings("unchecked") // each branch returns the Java type of its value type
  private <V> @Nullable V value(ValueType<V> valueType, int i) {
    Object value;
    if (valueType instanceof ValueType.Text text) {
      value = string(i, text.repeats());
    } else if (valueType instanceof ValueType.Identifier<?> identifier) {
      String s = string(i, false);
      value = s == null ? null : identifier.from().apply(s);
    } else if (valueType instanceof ValueType.Day) {
      value = date(i);
    } else if (valueType instanceof ValueType.Flag) {
      value = bool(i);
    } else if (valueType instanceof ValueType.WholeNumber number) {
      value = integer(number, i);
    } else if (valueType instanceof ValueType.Amount) {
      value = amount(i);
    } else if (valueType instanceof ValueType.CurrencyCode) {
      value = currency(i);
    } else if (valueType instanceof ValueType.Choice<?> choice) {
      value = choice(choice, i);
    } else if (valueType instanceof ValueType.Choices<?> choices) {
      // Element by element as read, each at its own place; bad codes are left out of the set.
      return (V) choices(choices, i);
    } else if (valueType instanceof ValueType.WebAddress
        || valueType instanceof ValueType.EmailAddress) {
      value = string(i, false);
    } else if (valueType instanceof ValueType.Degrees) {
      value = decimal(i);
    } else if (valueType instanceof ValueType.Capabilities capabilities) {
      // Element by element as read, each at its own place; bad codes are left out of the set.
      return (V) capabilities(capabilities, i);
    } else if (valueType instanceof ValueType.IdList ids) {
      // Element by element as read; every element kept, so that indexes match the document.
      return (V) ids(ids, i);
    } else if (valueType instanceof ValueType.Nested<?> n) {
      return (V) nested(n, i);
    } else if (valueType instanceof ValueType.RecordList<?> list) {
      // Each record checked as it is read.
      return (V) list(list, i);
    } else {
      throw new IllegalStateException(type.name() + "." + fields[i].name() + ": not in a record");
    }
    if (value == null) {
      return null;
    }
    V typed = (V) value;
    if (!valueType.isValid(typed)) {
      valueType.check(typed, (relative, message) -> breaks(i, relative, message));
    }
    return typed;
  }

  private @Nullable String string(int i, boolean shared) {
    JsonParser parser = in.parser;
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      unreadable(i, "must be a string, was " + JsonReading.describe(in.token()));
      return null;
    }
    return shared
        ? in.canon.string(
            parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength())
        : parser.getString();
  }

  private @Nullable LocalDate date(int i) {
    JsonParser parser = in.parser;
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      unreadable(i, "must be a date string, was " + JsonReading.describe(in.token()));
      return null;
    }
    LocalDate date =
        in.canon.date(
            parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    if (date == null) {
      String text = parser.getString();
      unreadable(
          i,
          Checks.looksLikeDate(text)
              ? Text.quote(text) + " is not a real date"
              : Text.quote(text) + " is not a date: use yyyy-MM-dd");
      return null;
    }
    return date;
  }

  private @Nullable Boolean bool(int i) {
    JsonToken token = in.token();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    unreadable(i, "must be true or false, was " + JsonReading.describe(token));
    return null;
  }

  private @Nullable Integer integer(ValueType.WholeNumber number, int i) {
    JsonParser parser = in.parser;
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      unreadable(i, "must be a whole number, was " + JsonReading.describe(in.token()));
      return null;
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      BigInteger big = parser.getBigIntegerValue();
      unreadable(
          i,
          big.signum() < 0
              ? "must be at least " + number.min()
              : "must be at most " + number.max());
      return null;
    }
    return parser.getIntValue();
  }

  private @Nullable BigDecimal amount(int i) {
    JsonParser parser = in.parser;
    JsonToken token = parser.currentToken();
    BigDecimal value;
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getString();
      if (!Checks.isDecimal(text)) {
        // Never the text: an amount is commercially sensitive.
        unreadable(i, "is not a decimal amount such as \"125000.00\"");
        return null;
      }
      value = new BigDecimal(text);
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      value = parser.getDecimalValue();
    } else {
      unreadable(i, "must be a decimal string or a number, was " + JsonReading.describe(token));
      return null;
    }
    // 1.25E+5 is kept as 125000, the same amount written plainly, so that it is written back so.
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private @Nullable Currency currency(int i) {
    String code = string(i, true);
    if (code == null) {
      return null;
    }
    Currency currency = Checks.currency(code);
    if (currency == null) {
      unreadable(i, Text.quoteCode(code) + " is not an ISO 4217 currency code");
    }
    return currency;
  }

  private <E extends Enum<E>> @Nullable E choice(ValueType.Choice<E> choice, int i) {
    String text = string(i, true);
    if (text == null) {
      return null;
    }
    E value = Checks.enumValue(choice.type(), text);
    if (value == null) {
      broken = true;
      in.problem(
          places[i],
          pointer() + "/" + fields[i].name(),
          Text.quoteCode(text) + " is not one of " + choice.names());
    }
    return value;
  }

  private <E extends Enum<E>> @Nullable Set<E> choices(ValueType.Choices<E> choices, int i) {
    if (!isArray(i)) {
      return null;
    }
    EnumSet<E> set = EnumSet.noneOf(choices.type());
    for (int j = 0; in.nextInArray(); j++) {
      long place = in.here();
      String code = element(i, j);
      if (code == null) {
        continue;
      }
      E value = Checks.enumValue(choices.type(), code);
      if (value == null) {
        in.problem(place, where(i, j), Text.quoteCode(code) + " is not one of " + choices.names());
      } else if (!set.add(value)) {
        in.problem(place, where(i, j), Text.quoteCode(code) + " is listed twice");
      }
    }
    return Collections.unmodifiableSet(set);
  }

  private @Nullable BigDecimal decimal(int i) {
    JsonToken token = in.token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      unreadable(i, "must be a number, was " + JsonReading.describe(token));
      return null;
    }
    return in.parser.getDecimalValue();
  }

  private @Nullable ImmutableSortedSet<Capability> capabilities(
      ValueType.Capabilities capabilities, int i) {
    if (!isArray(i)) {
      return null;
    }
    String[] codes = in.codes;
    int count = 0;
    Set<String> seenCodes = null;
    for (int j = 0; in.nextInArray(); j++) {
      long place = in.here();
      String code = element(i, j);
      if (code == null) {
        continue;
      }
      // Few codes per asset: a scan beats a set until the list is long (then linear, not n²).
      boolean twice;
      if (count < 16) {
        twice = contains(codes, count, code);
      } else {
        if (seenCodes == null) {
          seenCodes = new HashSet<>(List.of(codes).subList(0, count));
        }
        twice = !seenCodes.add(code);
      }
      if (twice) {
        in.problem(place, where(i, j), Text.quoteCode(code) + " is listed twice");
      } else if (!Capability.isValidCode(code)) {
        in.problem(place, where(i, j), ValueType.Capabilities.codeProblem(code));
      } else if (count == capabilities.max()) {
        in.problem(
            place, where(i, j), "an asset lists at most " + capabilities.max() + " capabilities");
      } else {
        codes = in.keepCode(count++, code);
      }
    }
    return in.canon.capabilities(codes, count);
  }

  private @Nullable ImmutableList<String> ids(ValueType.IdList ids, int i) {
    if (!isArray(i)) {
      return null;
    }
    Growable.Longs elements = elementPlaces[i];
    String[] found = in.ids;
    int count = 0;
    Set<String> seenIds = null;
    for (int j = 0; in.nextInArray(); j++) {
      long place = in.here();
      if (elements != null) {
        elements.add(place);
      }
      String id = element(i, j);
      if (id == null) {
        continue;
      }
      String problem = ValueType.Identifier.problem(id);
      boolean twice;
      if (count < 16) {
        twice = contains(found, count, id);
      } else {
        if (seenIds == null) {
          seenIds = new HashSet<>(List.of(found).subList(0, count));
        }
        twice = !seenIds.add(id);
      }
      if (problem != null) {
        in.problem(place, where(i, j), problem);
      } else if (twice) {
        in.problem(place, where(i, j), Text.quoteCode(id) + " is listed twice");
      } else if (count >= ids.max()) {
        in.problem(place, where(i, j), "a list holds at most " + ids.max() + " identifiers");
      }
      found = in.keepId(count++, id);
    }
    ImmutableList<String> list = in.canon.ids(found, count);
    if (!list.isEmpty()) {
      in.refer(ids, listPointer(), index, fields[i].name(), list, elements);
    }
    return list;
  }

  /** The pointer of element {@code j} of field {@code i}. Built only for a problem. */
  private String where(int i, int j) {
    return pointer() + "/" + fields[i].name() + "/" + j;
  }

  private @Nullable String element(int i, int j) {
    JsonParser parser = in.parser;
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      in.problem(
          in.here(),
          pointer() + "/" + fields[i].name() + "/" + j,
          "must be a string, was " + JsonReading.describe(in.token()));
      parser.skipChildren();
      broken = true;
      return null;
    }
    return in.canon.string(
        parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
  }

  private boolean isArray(int i) {
    if (in.parser.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    unreadable(i, "must be an array, was " + JsonReading.describe(in.token()));
    return false;
  }

  private @Nullable Object nested(ValueType.Nested<?> n, int i) {
    Function<String, ?> textForm = TEXT_FORMS.get(n.type());
    if (textForm != null && in.parser.currentToken() == JsonToken.VALUE_STRING) {
      String text = in.parser.getString();
      String problem = ValueType.text().problem(text);
      if (problem != null) {
        breaks(i, "", problem);
      }
      in.usedTextForm(fields[i], places[i], pointer() + "/" + fields[i].name());
      return textForm.apply(text);
    }
    RecordReader<?> reader = nested[i];
    if (reader == null) {
      throw new IllegalStateException(fields[i].name() + " has no nested reader");
    }
    if (in.parser.currentToken() != JsonToken.START_OBJECT) {
      unreadable(i, "must be an object, was " + JsonReading.describe(in.token()));
      return null;
    }
    if (textForm != null) {
      in.usedObjectForm(fields[i], places[i], pointer() + "/" + fields[i].name());
    }
    Object value = reader.read();
    if (value == null) {
      broken = true;
    }
    return value;
  }

  private <E> @Nullable List<E> list(ValueType.RecordList<E> list, int i) {
    if (!isArray(i)) {
      return null;
    }
    @SuppressWarnings("unchecked") // built in the constructor for this field's record type
    RecordReader<E> reader = (RecordReader<E>) nested[i];
    if (reader == null) {
      throw new IllegalStateException(fields[i].name() + " has no reader");
    }
    Field<E, ?> idField = list.type().idField().orElse(null);
    Map<String, Integer> ids = new HashMap<>();
    in.listIds.put(fields[i].name(), ids);
    List<E> records = new ArrayList<>();
    Growable.Longs starts = elementPlaces[i];
    for (int j = 0; in.nextInArray(); j++) {
      if (starts != null) {
        starts.add(in.here());
      }
      E record = reader.at(j).read();
      if (idField != null) {
        reader.unique(idField, ids, fields[i].name(), j);
      }
      if (record != null) {
        records.add(record);
      }
    }
    return records;
  }

  /** Reports a record whose id an earlier record of its list has; same words as validation. */
  private void unique(Field<R, ?> idField, Map<String, Integer> ids, String list, int j) {
    // The values are cleared for each record: a value is this record's.
    Object value = values.get(idField);
    if (value == null) {
      return;
    }
    String id = text(idField, value);
    Integer first = ids.putIfAbsent(id, j);
    if (first != null) {
      report("/" + idField.name(), RegisterValidator.duplicateMessage(id, list, first));
    }
  }

  @SuppressWarnings("unchecked") // the value was read for this field
  private static <R, V> String text(Field<R, V> field, Object value) {
    return field.type().text((V) value);
  }

  private static boolean contains(String[] values, int count, String value) {
    for (int i = 0; i < count; i++) {
      if (values[i].equals(value)) {
        return true;
      }
    }
    return false;
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
}
