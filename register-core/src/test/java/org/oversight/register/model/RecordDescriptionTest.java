package org.oversight.register.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How a record description is put together and what it does with a record that breaks its rules:
 * built here from a small record of the test's own, so that each description and each value is new
 * (the shipped descriptions are built once, when their class is loaded).
 */
class RecordDescriptionTest {

  /** A record of the test's own: a required id, a note, tags defaulting to none, a count. */
  record Note(@Nullable String id, @Nullable String note, List<String> tags, @Nullable Integer n) {}

  private static Field<Note, String> id() {
    return Field.required("id", ValueType.Identifier.STRING, Note::id);
  }

  private static Field<Note, String> note() {
    return Field.optional("noteText", ValueType.text(10), Note::note);
  }

  private static Field<Note, List<String>> tags() {
    return Field.defaulted("tags", new ValueType.IdList("tags", "tag", 3), List.of(), Note::tags);
  }

  private static Field<Note, Integer> count() {
    return Field.defaulted("n", new ValueType.WholeNumber(0, 9), 0, Note::n);
  }

  /** Fields, in order, and a description made of them. */
  private record Described(
      Field<Note, String> id,
      Field<Note, String> note,
      Field<Note, List<String>> tags,
      Field<Note, Integer> count,
      RecordType<Note> type) {}

  private static Described described() {
    Field<Note, String> id = id();
    Field<Note, String> note = note();
    Field<Note, List<String>> tags = tags();
    Field<Note, Integer> count = count();
    RecordType<Note> type =
        RecordType.builder("note", Note.class)
            .fields(id, note, tags, count)
            .id(id)
            .constructor(v -> new Note(v.get(id), v.get(note), v.require(tags), v.get(count)))
            .rule(RecordRule.of("n", r -> r.n() == null || r.n() < 5, "must be below 5"))
            .rule(RecordRule.of("", r -> !"X".equals(r.id()), "must not be X"))
            .build();
    return new Described(id, note, tags, count, type);
  }

  private static List<String> problems(RecordType<Note> type, Note record) {
    List<String> found = new ArrayList<>();
    type.check(record, (pointer, message) -> found.add(pointer + ": " + message));
    return found;
  }

  @Test
  void aDescriptionBindsEachFieldToItsPositionAndFindsItByName() {
    Described d = described();

    assertThat(d.type().fields()).containsExactly(d.id(), d.note(), d.tags(), d.count());
    assertThat(d.id().index()).isZero();
    assertThat(d.note().index()).isEqualTo(1);
    assertThat(d.tags().index()).isEqualTo(2);
    assertThat(d.count().index()).isEqualTo(3);
    assertThat(d.type().field("noteText")).containsSame(d.note());
    assertThat(d.type().field("note")).isEmpty();
    assertThat(d.type().idField()).containsSame(d.id());
    assertThat(d.type().layout()).isEqualTo(RecordType.Layout.FILLED);
    assertThat(d.type().javaType()).isEqualTo(Note.class);
    assertThat(d.type().rules()).hasSize(2);
    assertThat(d.type()).hasToString("RecordType[note]");
  }

  @Test
  void aFieldCanBelongToOneDescriptionOnly() {
    Field<Note, String> id = id();
    RecordType.builder("first", Note.class)
        .fields(id)
        .constructor(v -> new Note(v.get(id), null, List.of(), null))
        .build();

    assertThatThrownBy(
            () ->
                RecordType.builder("second", Note.class)
                    .fields(id)
                    .constructor(v -> new Note(v.get(id), null, List.of(), null))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("field id already belongs to a record type");
  }

  @Test
  void twoFieldsOfOneNameAreRefused() {
    Field<Note, String> id = id();
    Field<Note, String> again = Field.optional("id", ValueType.text(), Note::note);

    assertThatThrownBy(
            () ->
                RecordType.builder("note", Note.class)
                    .fields(id, again)
                    .constructor(v -> new Note(null, null, List.of(), null))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("note: field id given twice");
  }

  @Test
  void aDescriptionNeedsAConstructorAnIdAmongItsFieldsAndRulesOnItsFields() {
    Field<Note, String> id = id();
    Field<Note, String> note = note();

    assertThatThrownBy(() -> RecordType.builder("note", Note.class).fields(id).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("note: no constructor");
    assertThatThrownBy(
            () ->
                RecordType.builder("note", Note.class)
                    .fields(id)
                    .id(note)
                    .constructor(v -> new Note(null, null, List.of(), null))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("note: the id field is not one of the fields");
    assertThatThrownBy(
            () ->
                RecordType.builder("note", Note.class)
                    .fields(id)
                    .rule(RecordRule.of("noteText", r -> true, "never"))
                    .constructor(v -> new Note(null, null, List.of(), null))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("note: a rule names no field noteText");

    // A rule on the record as a whole names no field, and a rule may name the last field.
    RecordType<Note> type =
        RecordType.builder("note", Note.class)
            .fields(id, note)
            .rule(RecordRule.of("", r -> true, "never"))
            .rule(RecordRule.of("noteText", r -> true, "never"))
            .constructor(v -> new Note(v.get(id), v.get(note), List.of(), null))
            .layout(RecordType.Layout.INLINE)
            .build();
    assertThat(type.rules()).extracting(RecordRule::field).containsExactly("", "noteText");
    assertThat(type.idField()).isEmpty();
    assertThat(type.id(new Note("N-1", null, List.of(), null))).isNull();
    assertThat(type.layout()).isEqualTo(RecordType.Layout.INLINE);
  }

  @Test
  void aMissingRequiredFieldIsAProblemAndAMissingOptionalOneIsNot() {
    RecordType<Note> type = described().type();

    Note noId = new Note(null, null, List.of(), null);
    assertThat(type.isValid(noId)).isFalse();
    assertThat(problems(type, noId)).containsExactly("/id: is required");

    Note bare = new Note("N-1", null, List.of(), null);
    assertThat(type.isValid(bare)).isTrue();
    assertThat(problems(type, bare)).isEmpty();
    assertThat(type.problems(bare)).isEmpty();
  }

  @Test
  void problemsComeInFieldOrderThenRecordRulesAtTheirPointers() {
    RecordType<Note> type = described().type();
    Note bad = new Note("X", "x".repeat(11), List.of("t", "t"), 7);

    assertThat(problems(type, bad))
        .containsExactly(
            "/noteText: is 11 characters, at most 10",
            "/tags/1: \"t\" is listed twice",
            "/n: must be below 5",
            ": must not be X");
    assertThat(type.problems(bad))
        .containsExactly(
            Map.entry("/noteText", "is 11 characters, at most 10"),
            Map.entry("/tags/1", "\"t\" is listed twice"),
            Map.entry("/n", "must be below 5"),
            Map.entry("", "must not be X"));
    assertThat(type.isValid(bad)).isFalse();

    List<String> rulesOnly = new ArrayList<>();
    type.checkRules(bad, (pointer, message) -> rulesOnly.add(pointer + ": " + message));
    assertThat(rulesOnly).containsExactly("/n: must be below 5", ": must not be X");
    assertThat(type.isValid(new Note("N-1", null, List.of(), 5))).isFalse();
    assertThat(type.isValid(new Note("N-1", null, List.of(), 4))).isTrue();
    assertThat(type.isValid(new Note("X", null, List.of(), null))).isFalse();
  }

  @Test
  void aRecordsTextLeavesOutAbsentValuesAndEmptyDefaultCollectionsButKeepsScalarDefaults() {
    RecordType<Note> type = described().type();

    assertThat(type.text(new Note("N-1", null, List.of(), 0))).isEqualTo("id=N-1, n=0");
    assertThat(type.text(new Note("N-1", "hi", List.of("a", "b"), null)))
        .isEqualTo("id=N-1, noteText=hi, tags=a;b");
    assertThat(type.text(new Note(null, null, List.of(), null))).isEmpty();
    assertThat(type.id(new Note("N-1", null, List.of(), null))).isEqualTo("N-1");
    assertThat(type.id(new Note(null, null, List.of(), null))).isNull();
  }

  @Test
  void fieldsAreLabelledByTheirNameInWordsAndCopiedWithAnotherLabelDisclosureOrVersion() {
    Field<Note, String> note = note();
    Field<Note, String> id = id();

    assertThat(note.label()).isEqualTo("note text");
    assertThat(id.label()).isEqualTo("id");
    assertThat(Field.required("inServiceFrom", ValueType.text(), Note::id).label())
        .isEqualTo("in service from");
    assertThat(Field.required("x", ValueType.text(), Note::id).label()).isEqualTo("x");
    assertThat(id.name()).isEqualTo("id");
    assertThat(id).hasToString("id");
    assertThat(id.since()).isEqualTo(1);
    assertThat(id.disclosure()).isEqualTo(Disclosure.disclosed());
    assertThat(id.isConfidential()).isFalse();
    assertThat(id.isRequired()).isTrue();
    assertThat(id.presence()).isEqualTo(Field.Presence.REQUIRED);
    assertThat(note.isRequired()).isFalse();
    assertThat(note.presence()).isEqualTo(Field.Presence.OPTIONAL);
    assertThat(note.defaultValue()).isNull();
    assertThat(count().presence()).isEqualTo(Field.Presence.DEFAULTED);
    assertThat(count().defaultValue()).isZero();

    Field<Note, String> later =
        note.label("the note")
            .disclosure(Disclosure.withheld(Disclosure.Ground.PERSONAL_DATA))
            .since(2);
    assertThat(later.label()).isEqualTo("the note");
    assertThat(later.since()).isEqualTo(2);
    assertThat(later.disclosure()).isEqualTo(Disclosure.withheld(Disclosure.Ground.PERSONAL_DATA));
    assertThat(later.isConfidential()).isFalse();
    assertThat(later.name()).isEqualTo("noteText");
    assertThat(later.type()).isSameAs(note.type());

    Field<Note, String> secret = later.confidential();
    assertThat(secret.isConfidential()).isTrue();
    assertThat(secret.disclosure()).isEqualTo(Disclosure.never());
    assertThat(secret.since()).isEqualTo(2);
    assertThat(secret.label()).isEqualTo("the note");
    assertThat(secret.get(new Note("N-1", "hi", List.of(), null))).isEqualTo("hi");
  }

  @Test
  void aFieldIsWrittenWhenItHasAValueExceptAnEmptyCollectionThatIsNotRequired() {
    Field<Note, List<String>> tags = tags();
    Field<Note, Integer> count = count();
    Field<Note, String> note = note();
    Field<Note, List<String>> optionalTags =
        Field.optional("tags", new ValueType.IdList("tags", "tag", 3), Note::tags);
    Field<Note, List<String>> requiredTags =
        Field.required("tags", new ValueType.IdList("tags", "tag", 3), Note::tags);

    assertThat(tags.isWritten(null)).isFalse();
    assertThat(tags.isWritten(List.of())).isFalse();
    assertThat(tags.isWritten(List.of("a"))).isTrue();
    assertThat(count.isWritten(null)).isFalse();
    assertThat(count.isWritten(0)).isTrue();
    assertThat(note.isWritten(null)).isFalse();
    assertThat(note.isWritten("")).isTrue();
    // An optional collection is written only when it holds something; a required one always.
    assertThat(optionalTags.isWritten(List.of())).isFalse();
    assertThat(optionalTags.isWritten(List.of("a"))).isTrue();
    assertThat(requiredTags.isWritten(List.of())).isTrue();
    assertThat(id().isWritten("N-1")).isTrue();
  }

  @Test
  void disclosureHasAGroundExactlyWhenWithheld() {
    assertThat(new Disclosure(Disclosure.Kind.NEVER, null)).isEqualTo(Disclosure.never());
    assertThat(new Disclosure(Disclosure.Kind.DISCLOSED, null)).isEqualTo(Disclosure.disclosed());
    assertThat(Disclosure.withheld(Disclosure.Ground.LAW_ENFORCEMENT).ground())
        .isEqualTo(Disclosure.Ground.LAW_ENFORCEMENT);
    for (Disclosure.Kind kind : List.of(Disclosure.Kind.NEVER, Disclosure.Kind.DISCLOSED)) {
      assertThatThrownBy(() -> new Disclosure(kind, Disclosure.Ground.PERSONAL_DATA))
          .as(kind.name())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a ground is given exactly when a field is withheld");
    }
    assertThatThrownBy(() -> new Disclosure(Disclosure.Kind.WITHHELD, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ground is given exactly when a field is withheld");
    assertThat(Disclosure.never().isPublic()).isFalse();
    assertThat(Disclosure.disclosed().isPublic()).isTrue();
    assertThat(Disclosure.withheld(Disclosure.Ground.COMMERCIAL_INTERESTS).isPublic()).isTrue();
  }

  @Test
  void valuesReadDefaultsUntilSetAndRefuseAFieldOfAnotherDescription() {
    Described d = described();
    Values<Note> values = d.type().newValues();

    assertThat(values.type()).isSameAs(d.type());
    assertThat(values.get(d.count())).isZero();
    assertThat(values.get(d.note())).isNull();
    assertThat(values.isSet(d.count())).isFalse();
    assertThat(values).hasToString("Values[note:  set]");
    assertThatThrownBy(() -> values.require(d.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("note: id was not set");

    values.set(d.id(), "N-1").set(d.count(), 3).set(d.note(), "secret");
    assertThat(values.require(d.id())).isEqualTo("N-1");
    assertThat(values.isSet(d.count())).isTrue();
    assertThat(values).hasToString("Values[note: id, noteText, n set]");
    assertThat(values.build()).isEqualTo(new Note("N-1", "secret", List.of(), 3));
    assertThat(values.set(d.note(), null)).hasToString("Values[note: id, n set]");

    assertThat(values.clear()).hasToString("Values[note:  set]");
    assertThat(values.isSet(d.id())).isFalse();
    assertThat(values.get(d.count())).isZero();

    // A field of a description with more fields, at a position past this one's last field.
    assertThat(Contract.SUPPLIER.index()).isEqualTo(2);
    Values<Money> money = Money.TYPE.newValues();
    assertThat(Money.TYPE.fields()).hasSize(2);
    assertThatThrownBy(() -> money.isSet(asMoney(Contract.SUPPLIER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("supplier is not a field of money");
    assertThatThrownBy(() -> money.isSet(asMoney(Contract.ID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id is not a field of money");
    assertThatThrownBy(() -> money.isSet(asMoney(id())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id is not a field of money");
    assertThatThrownBy(() -> Money.TYPE.construct(asMoney(values)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values of note, not money");
  }

  /** A field of another record type passed where a money field is expected, as raw code could. */
  @SuppressWarnings("unchecked")
  private static Field<Money, ?> asMoney(Field<?, ?> field) {
    return (Field<Money, ?>) field;
  }

  @SuppressWarnings("unchecked")
  private static Values<Money> asMoney(Values<?> values) {
    return (Values<Money>) values;
  }

  @Test
  void aListOfRecordsIsValidWhenEachIsAndReportsEachProblemAtItsPosition() {
    RecordType<Note> type = described().type();
    ValueType.RecordList<Note> list = new ValueType.RecordList<>(type);
    Note good = new Note("N-1", null, List.of(), null);
    Note bad = new Note(null, null, List.of(), 9);

    assertThat(list.isValid(List.of(good, good))).isTrue();
    assertThat(list.isValid(List.of(good, bad))).isFalse();
    List<String> found = new ArrayList<>();
    list.check(List.of(good, bad, bad), (pointer, message) -> found.add(pointer + ": " + message));
    assertThat(found)
        .containsExactly(
            "/1/id: is required",
            "/1/n: must be below 5",
            "/2/id: is required",
            "/2/n: must be below 5");
  }
}
