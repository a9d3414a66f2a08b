package org.oversight.register.imports;

import java.util.ArrayList;
import java.util.List;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Column;
import org.oversight.register.model.Field;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema (draft 2020-12) of the mapping document. Nothing in it is written by hand
 * twice: the field names are the asset's columns ({@link Column#of}), and the schema of each
 * field's default and mapped values is taken from the register's own generated schema ({@link
 * RegisterJson#schema()}), as are the organisation and the shared definitions. The schema in the
 * jar is this class's output, checked in; a test holds it to it.
 */
final class MappingSchema {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private MappingSchema() {}

  /** The schema, pretty-printed, with a final newline. */
  static String generate() {
    JsonNode register = JSON.readTree(RegisterJson.schema());
    JsonNode registerDefs = register.get("$defs");
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put(
        "$id",
        "https://oversight.example.org/schema/mapping-v" + ImportMapping.VERSION + ".schema.json");
    root.put("title", "Oversight import mapping, mappingVersion " + ImportMapping.VERSION);
    root.put("description", description());
    root.put("type", "object");
    ArrayNode required = root.putArray("required");
    for (String name : List.of("mappingVersion", "organisation", "asAt", "columns")) {
      required.add(name);
    }
    root.put("additionalProperties", false);
    ObjectNode properties = root.putObject("properties");
    properties.putObject("mappingVersion").put("const", ImportMapping.VERSION);
    properties.putObject("organisation").put("$ref", "#/$defs/organisation");
    properties.putObject("asAt").put("$ref", "#/$defs/date");
    properties
        .putObject("idPrefix")
        .put("type", "string")
        .put("pattern", "^[A-Za-z0-9._:-]{1,32}$");
    ObjectNode columns = object(properties.putObject("columns"));
    ObjectNode defaults = object(properties.putObject("defaults"));
    ObjectNode values = object(properties.putObject("values"));
    for (Column<Asset> column : ColumnValues.COLUMNS) {
      columns.putObject(column.name()).put("$ref", "#/$defs/header");
      JsonNode field = fieldSchema(registerDefs, column);
      if (column.field() != Asset.ID) {
        defaults.set(column.name(), field.deepCopy());
      }
      ObjectNode map = values.putObject(column.name());
      map.put("type", "object");
      map.putObject("propertyNames").put("pattern", "\\S");
      map.set("additionalProperties", field.deepCopy());
    }
    properties
        .putObject("listSeparator")
        .put("type", "string")
        .put("minLength", 1)
        .put("maxLength", 4)
        .put("pattern", "\\S");
    properties
        .putObject("sheet")
        .put("type", "string")
        .put("minLength", 1)
        .put("maxLength", 31)
        .put("pattern", "\\S");
    ArrayNode encodings = properties.putObject("encoding").putArray("enum");
    encodings.add("UTF-8");
    encodings.add("windows-1252");
    ArrayNode delimiters = properties.putObject("delimiter").putArray("enum");
    for (String delimiter : List.of(",", ";", "\t", "tab")) {
      delimiters.add(delimiter);
    }
    ObjectNode defs = root.putObject("$defs");
    defs.putObject("header")
        .put("description", "The text of a header cell of the spreadsheet.")
        .put("type", "string")
        .put("minLength", 1)
        .put("maxLength", 256)
        .put("pattern", "\\S");
    for (var entry : registerDefs.properties()) {
      if (!List.of("asset", "dpia", "contract", "money").contains(entry.getKey())) {
        defs.set(entry.getKey(), entry.getValue().deepCopy());
      }
    }
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }

  private static ObjectNode object(ObjectNode node) {
    node.put("type", "object");
    node.put("additionalProperties", false);
    return node.putObject("properties");
  }

  /** The register schema's schema of the column's field, following the nested records' refs. */
  private static JsonNode fieldSchema(JsonNode defs, Column<Asset> column) {
    JsonNode def = defs.get("asset");
    JsonNode property = def;
    List<Field<?, ?>> path = column.path();
    for (int i = 0; i < path.size(); i++) {
      property = def.get("properties").get(path.get(i).name());
      if (i < path.size() - 1) {
        String ref = property.get("$ref").asString();
        def = defs.get(ref.substring(ref.lastIndexOf('/') + 1));
      }
    }
    return property;
  }

  private static String description() {
    List<String> required = new ArrayList<>();
    for (Field<Asset, ?> field : Asset.TYPE.fields()) {
      if (field.isRequired()) {
        required.add(field.name());
      }
    }
    return "How the columns of a spreadsheet become the assets of an Oversight register (CONTRACT"
        + " section 6), generated from the asset's description. columns maps asset fields (nested"
        + " ones dotted) to header texts; defaults gives a field's value when no column holds it"
        + " or its cell is blank; values maps cell texts to field values per field. Rules this"
        + " schema cannot express, checked by the reader: the id has a column; each of "
        + String.join(", ", required)
        + " has a column or a default; the parts of a nested record (location.latitude and"
        + " location.longitude) are given together; values keys are distinct once case and white"
        + " space are ignored; dates are real calendar dates.";
  }
}
