package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Column;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;

/**
 * The measure of the one-description design: a field added to a description, and nowhere else, is
 * read, checked, written, in the JSON Schema and in the columns. A test-only record stands in for
 * an asset, described twice: before and after its new field {@code shape}.
 */
class AddingAFieldTest {
  record Widget(String id, @Nullable String colour, @Nullable String shape) {}

  private static final Field<Widget, String> ID =
      Field.required("id", ValueType.Identifier.STRING, Widget::id);
  private static final Field<Widget, String> COLOUR =
      Field.optional("colour", ValueType.text(20), Widget::colour);

  /** Before: two fields. */
  private static final RecordType<Widget> BEFORE =
      RecordType.builder("widget", Widget.class)
          .fields(ID, COLOUR)
          .id(ID)
          .constructor(v -> new Widget(v.require(ID), v.get(COLOUR), null))
          .build();

  // After: the same two fields (as new constants: a field belongs to one description) and the new
  // one. The record component and these lines are the whole change.
  private static final Field<Widget, String> ID2 =
      Field.required("id", ValueType.Identifier.STRING, Widget::id);
  private static final Field<Widget, String> COLOUR2 =
      Field.optional("colour", ValueType.text(20), Widget::colour);
  private static final Field<Widget, String> SHAPE =
      Field.optional("shape", ValueType.text(10), Widget::shape);

  private static final RecordType<Widget> AFTER =
      RecordType.builder("widget", Widget.class)
          .fields(ID2, COLOUR2, SHAPE)
          .id(ID2)
          .constructor(v -> new Widget(v.require(ID2), v.get(COLOUR2), v.get(SHAPE)))
          .build();

  private static final RegisterJson JSON = RegisterJson.standard();

  @Test
  void newFieldIsReadAndWritten() throws Exception {
    String document = "{\"id\": \"W-1\", \"colour\": \"red\", \"shape\": \"round\"}";

    Widget widget = JSON.parseRecord(AFTER, document);

    assertThat(widget).isEqualTo(new Widget("W-1", "red", "round"));
    assertThat(JSON.writeRecord(AFTER, widget)).isEqualTo(document);
    // Before the field was described, the same document had an unknown field.
    RegisterFormatException before =
        catchThrowableOfType(
            RegisterFormatException.class, () -> JSON.parseRecord(BEFORE, document));
    assertThat(before.problems())
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/shape", "unknown field \"shape\""));
  }

  @Test
  void newFieldIsCheckedByItsType() {
    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class,
            () -> JSON.parseRecord(AFTER, "{\"id\": \"W-1\", \"shape\": \"dodecahedron\"}"));

    assertThat(e.problems())
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/shape", "is 12 characters, at most 10"));
    assertThat(AFTER.isValid(new Widget("W-1", null, "dodecahedron"))).isFalse();
  }

  @Test
  void newFieldIsInTheSchemaAndTheColumns() {
    assertThat(SchemaGenerator.definitions(BEFORE)).doesNotContain("\"shape\"");
    assertThat(SchemaGenerator.definitions(AFTER))
        .contains("\"shape\": {\n        \"allOf\"")
        .contains("\"maxLength\": 10");
    assertThat(Column.of(BEFORE)).extracting(Column::name).containsExactly("id", "colour");
    assertThat(Column.of(AFTER)).extracting(Column::name).containsExactly("id", "colour", "shape");
    assertThat(Column.of(AFTER).get(2).text(new Widget("W-1", null, "round"))).isEqualTo("round");
  }

  @Test
  void newFieldIsDisclosedByDefaultAndLabelledInWords() {
    assertThat(SHAPE.disclosure().isPublic()).isTrue();
    assertThat(SHAPE.label()).isEqualTo("shape");
    assertThat(List.of(ID2, COLOUR2, SHAPE)).allMatch(f -> AFTER.field(f.name()).isPresent());
  }
}
