package org.oversight.register.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.Field;
import org.oversight.register.model.ValueType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The state of reading one JSON document: the parser, the problems found so far, the values shared
 * across records, and what the document used that its schema version must allow. Used once, by one
 * thread.
 */
final class JsonReading {
  final JsonParser parser;
  final ProblemList problems;
  final Canonicalizer canon = new Canonicalizer();

  /** Buffers for the elements of the array being read, reused. */
  String[] codes = new String[16];

  String[] ids = new String[16];

  /** Fields of a later schema version than 1, each with its place and pointer. */
  final List<Use> laterFields = new ArrayList<>();

  /** Records written as plain text (schema version 1) or as objects (version 2 on). */
  final List<Use> textForms = new ArrayList<>();

  final List<Use> objectForms = new ArrayList<>();

  /** The ids of each list read, by the list's name, each with its first index. */
  final Map<String, Map<String, Integer>> listIds = new HashMap<>();

  /** References to other records, checked once every list is read. */
  final List<Reference> references = new ArrayList<>();

  final Growable.Longs referencePlaces = new Growable.Longs();

  /**
   * The schema version the document declared, once read; 0 before. Every later field a document of
   * version 2 or later uses is allowed, so when the version comes first nothing is kept.
   */
  int declaredVersion;

  /**
   * Whether each record of a list keeps its place until the end of the document, so that a problem
   * the enclosing record finds in one of them (an FOI request's question that refers to one the
   * cost limit leaves unanswered) is placed at that record. A register document keeps none: its
   * lists may hold a million records, and its contents find no problem inside them.
   */
  boolean placesListRecords = true;

  private final int maxProblems;

  JsonReading(JsonParser parser, int maxProblems) {
    this.parser = parser;
    this.problems = new ProblemList(maxProblems);
    this.maxProblems = maxProblems;
  }

  /**
   * Whether a field of schema version {@code since} must be kept with its place, to be reported if
   * the declared version turns out to be older: not when the version already declared has it, nor
   * past the most problems a document can report (each kept use would be one problem).
   */
  boolean recordsUse(int since) {
    return since > Math.max(1, declaredVersion) && laterFields.size() <= maxProblems;
  }

  /** Something the document used, at a place and pointer. */
  record Use(int since, long place, String pointer, String name) {}

  /**
   * Identifiers one record lists, to be checked against the records of another list.
   *
   * @param type the list type, naming its target
   * @param listPointer the pointer of the list the referring record is in
   * @param index the referring record's index in it
   * @param field the referring field's name
   * @param ids the identifiers
   * @param firstPlace the index in {@link #referencePlaces} of the first identifier's place
   */
  record Reference(
      ValueType.IdList type,
      String listPointer,
      int index,
      String field,
      List<String> ids,
      int firstPlace) {}

  void problem(long place, String pointer, String message) {
    problems.add(place, pointer, message);
  }

  long here() {
    return Place.of(parser.currentTokenLocation());
  }

  @Nullable JsonToken token() {
    return parser.currentToken();
  }

  /** Moves to the next element of the array the parser is in; false at its end. */
  boolean nextInArray() {
    JsonToken token = parser.nextToken();
    if (token == null) {
      // The parser reports a truncated document itself; this only guards the loop.
      problems.addLast(0, "", "the document ends before it is complete");
      throw new ProblemList.Stop();
    }
    return token != JsonToken.END_ARRAY;
  }

  String[] keepCode(int at, String code) {
    codes = keep(codes, at, code);
    return codes;
  }

  String[] keepId(int at, String id) {
    ids = keep(ids, at, id);
    return ids;
  }

  private static String[] keep(String[] buffer, int at, String value) {
    String[] values = at == buffer.length ? Arrays.copyOf(buffer, at * 2) : buffer;
    values[at] = value;
    return values;
  }

  void usedSince(int since, long place, String pointer) {
    laterFields.add(
        new Use(since, place, pointer, pointer.substring(pointer.lastIndexOf('/') + 1)));
  }

  void usedTextForm(Field<?, ?> field, long place, String pointer) {
    textForms.add(new Use(1, place, pointer, field.name()));
  }

  void usedObjectForm(Field<?, ?> field, long place, String pointer) {
    objectForms.add(new Use(2, place, pointer, field.name()));
  }

  void refer(
      ValueType.IdList type,
      String listPointer,
      int index,
      String field,
      List<String> list,
      Growable.@Nullable Longs places) {
    int first = referencePlaces.size();
    for (int j = 0; j < list.size(); j++) {
      referencePlaces.add(places != null && j < places.size() ? places.get(j) : 0);
    }
    references.add(new Reference(type, listPointer, index, field, list, first));
  }

  /**
   * The place of an identifier a record listed, by its pointer ({@code /questions/2/dpiasFor/0}),
   * or 0 when no reference is at that pointer.
   */
  long referencePlace(String pointer) {
    for (Reference reference : references) {
      String prefix =
          reference.listPointer() + "/" + reference.index() + "/" + reference.field() + "/";
      if (pointer.startsWith(prefix)) {
        String rest = pointer.substring(prefix.length());
        try {
          int j = Integer.parseInt(rest);
          if (j >= 0 && j < reference.ids().size()) {
            return referencePlaces.get(reference.firstPlace() + j);
          }
        } catch (NumberFormatException notAnIndex) {
          return 0;
        }
      }
    }
    return 0;
  }

  /** Reports each identifier that names no record of the list it refers to. */
  void checkReferences() {
    checkReferences(false);
  }

  /**
   * Reports each identifier that names no record of the list it refers to; with {@code
   * onlyListsRead}, only references to lists the document holds (a single record cannot hold the
   * DPIAs its ids name).
   */
  void checkReferences(boolean onlyListsRead) {
    for (Reference reference : references) {
      Map<String, Integer> known = listIds.get(reference.type().target());
      if (known == null) {
        if (onlyListsRead) {
          continue;
        }
        known = Map.of();
      }
      List<String> ids = reference.ids();
      for (int j = 0; j < ids.size(); j++) {
        String id = ids.get(j);
        if (!known.containsKey(id)
            && ids.indexOf(id) == j
            && ValueType.Identifier.isIdentifier(id)) {
          problem(
              referencePlaces.get(reference.firstPlace() + j),
              reference.listPointer() + "/" + reference.index() + "/" + reference.field() + "/" + j,
              RegisterValidator.unknownReferenceMessage(id, reference.type().targetLabel()));
        }
      }
    }
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
