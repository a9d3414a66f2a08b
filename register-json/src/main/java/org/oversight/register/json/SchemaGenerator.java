package org.oversight.register.json;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.register.foi.FoiQuestions;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordRule;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.ValueType;

/**
 * Writes the JSON Schema (draft 2020-12) of the register document from the record descriptions, for
 * one schema version. The schemas in the jar are this class's output, checked in; a test holds them
 * to it, so that the schema cannot drift from the reader.
 */
final class SchemaGenerator {
  private static final String TEXT_PATTERN = "^\\S([\\s\\S]*\\S)?$";
  private static final String URL_PATTERN = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+";

  private final int version;
  private final Map<String, Object> defs = new LinkedHashMap<>();
  private final List<String> rules = new ArrayList<>();

  private SchemaGenerator(int version) {
    this.version = version;
  }

  /** The definitions a record type needs, as JSON: for tests of a description on its own. */
  static String definitions(RecordType<?> type) {
    SchemaGenerator generator = new SchemaGenerator(SchemaVersion.CURRENT.number());
    generator.define(type);
    StringBuilder out = new StringBuilder();
    write(generator.defs, 0, out);
    return out.toString();
  }

  /** The schema of one version of the document, as pretty-printed JSON with a final newline. */
  static String schema(int version) {
    return new SchemaGenerator(version).generate();
  }

  /** The schema of the FOI request document, as pretty-printed JSON with a final newline. */
  static String requestSchema() {
    return new SchemaGenerator(SchemaVersion.CURRENT.number()).generateRequest();
  }

  private String generateRequest() {
    commonDefinitions();
    Json properties = new Json();
    List<Object> required = new ArrayList<>();
    for (Field<FoiRequest, ?> field : FoiRequest.TYPE.fields()) {
      properties.put(field.name(), type(field));
      if (field.isRequired()) {
        required.add(field.name());
      }
    }
    Object question = defs.get(defName(FoiQuestions.TYPE));
    if (question instanceof Json json) {
      json.put(
          "oneOf",
          List.of(
              object("required", List.of("assets")),
              object("required", List.of("dpiasFor")),
              object("required", List.of("contractsFor"))));
    }
    Json root = new Json();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://oversight.example.org/schema/foi-request.schema.json");
    root.put("title", "Oversight FOI request");
    root.put(
        "description",
        "An FOI request the Oversight register answers (CONTRACT section 2), generated from its"
            + " record descriptions. Rules this schema cannot express, checked by the reader:"
            + " question ids are unique; every id in dpiasFor and contractsFor names an earlier"
            + " asset question; withoutPrices is only for a contractsFor question; receivedOn is"
            + " a real date from 2005-01-01 to 9999-11-30; a manufacturer is not a placeholder"
            + " such as \"Unknown\". Without regime, the organisation's nation decides it (FOISA"
            + " for Scotland, FOIA otherwise).");
    root.put("type", "object");
    root.put("required", required);
    root.put("additionalProperties", false);
    root.put("properties", properties);
    root.put("$defs", defs);
    StringBuilder out = new StringBuilder();
    write(root, 0, out);
    return out.append('\n').toString();
  }

  private void commonDefinitions() {
    defs.put(
        "text",
        object("description", "Not blank, no leading or trailing white space.", "type", "string")
            .with("pattern", TEXT_PATTERN));
    defs.put("identifier", object("type", "string").with("pattern", "^[A-Za-z0-9._:-]{1,64}$"));
    defs.put(
        "date",
        object("description", "An ISO date, yyyy-MM-dd, in the years 1 to 9999.", "type", "string")
            .with("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"));
    List<Object> codes = new ArrayList<>();
    Capability.standardValues().forEach(c -> codes.add(c.code()));
    defs.put(
        "capability",
        object(
            "anyOf",
            List.of(
                object("enum", codes),
                object("type", "string").with("pattern", "^X-[A-Z0-9-]+$"))));
  }

  private String generate() {
    commonDefinitions();
    Json properties = new Json();
    properties.put("schemaVersion", object("const", version));
    List<Object> required = new ArrayList<>(List.of("schemaVersion"));
    for (Field<RegisterContents, ?> field : RegisterContents.TYPE.fields()) {
      if (field.since() > version) {
        continue;
      }
      if (version == 1 && field == RegisterContents.ORGANISATION) {
        properties.put(field.name(), ref("text"));
      } else {
        properties.put(field.name(), type(field));
      }
      if (field.isRequired()) {
        required.add(field.name());
      }
    }
    rules.add(0, "ids are unique within assets, dpias and contracts");
    rules.add(1, "every id in dpiaIds and contractIds names a DPIA or contract of the register");
    rules.add(2, "dates are real calendar dates (no 2021-02-30)");
    Json root = new Json();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://oversight.example.org/schema/register-v" + version + ".schema.json");
    root.put("title", "Oversight surveillance-technology register, schemaVersion " + version);
    root.put(
        "description",
        "The reference data format of the Oversight register, generated from its record"
            + " descriptions. Rules this schema cannot express, checked by the reader: "
            + String.join("; ", rules)
            + ".");
    root.put("type", "object");
    root.put("required", required);
    root.put("additionalProperties", false);
    root.put("properties", properties);
    root.put("$defs", defs);
    StringBuilder out = new StringBuilder();
    write(root, 0, out);
    return out.append('\n').toString();
  }

  private <R, V> Json type(Field<R, V> field) {
    Json schema = valueSchema(field.type());
    V defaultValue = field.defaultValue();
    if (defaultValue != null && field.isWritten(defaultValue)) {
      schema.put("default", defaultValue);
    }
    return schema;
  }

  private Json valueSchema(ValueType<?> type) {
    if (type instanceof ValueType.Text text) {
      return text.isBounded()
          ? object("allOf", List.of(ref("text"))).with("maxLength", text.maxLength())
          : ref("text");
    } else if (type instanceof ValueType.Identifier<?>) {
      return ref("identifier");
    } else if (type instanceof ValueType.Day) {
      return ref("date");
    } else if (type instanceof ValueType.Flag) {
      return object("type", "boolean");
    } else if (type instanceof ValueType.WholeNumber number) {
      return object("type", "integer", "minimum", number.min()).with("maximum", number.max());
    } else if (type instanceof ValueType.Amount) {
      return object(
              "description",
              "An exact amount: a decimal string (preferred; what the writer writes) or a JSON"
                  + " number.")
          .with(
              "oneOf",
              List.of(
                  object("type", "string").with("pattern", "^[0-9]{1,18}(\\.[0-9]{1,6})?$"),
                  object("type", "number", "minimum", 0)
                      .with("exclusiveMaximum", 1_000_000_000_000_000_000L)));
    } else if (type instanceof ValueType.CurrencyCode) {
      return object("description", "An ISO 4217 code.", "type", "string")
          .with("pattern", "^[A-Z]{3}$");
    } else if (type instanceof ValueType.Choice<?> choice) {
      return object("enum", new ArrayList<Object>(Arrays.asList(enumNames(choice.type()))));
    } else if (type instanceof ValueType.Choices<?> choices) {
      return object(
              "type",
              "array",
              "items",
              object("enum", new ArrayList<Object>(Arrays.asList(enumNames(choices.type())))))
          .with("uniqueItems", true);
    } else if (type instanceof ValueType.WebAddress) {
      return object("type", "string").with("pattern", URL_PATTERN);
    } else if (type instanceof ValueType.EmailAddress) {
      return object("type", "string", "maxLength", 254)
          .with("pattern", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    } else if (type instanceof ValueType.Degrees degrees) {
      return object(
              "description", "Decimal degrees, at most " + ValueType.Degrees.MAX_SCALE + " places.")
          .with("type", "number")
          .with("minimum", -degrees.limit())
          .with("maximum", degrees.limit());
    } else if (type instanceof ValueType.Capabilities capabilities) {
      return object("type", "array", "items", ref("capability"))
          .with("uniqueItems", true)
          .with("maxItems", capabilities.max());
    } else if (type instanceof ValueType.IdList ids) {
      return object("type", "array", "items", ref("identifier"))
          .with("uniqueItems", true)
          .with("maxItems", ids.max());
    } else if (type instanceof ValueType.Nested<?> nested) {
      return ref(define(nested.type()));
    } else if (type instanceof ValueType.RecordList<?> list) {
      return object("type", "array", "items", ref(define(list.type())));
    }
    throw new IllegalArgumentException("no schema for " + type);
  }

  private static String[] enumNames(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
  }

  /** Defines a record type once under {@code $defs}, by its name in camel case. */
  private <R> String define(RecordType<R> type) {
    String name = defName(type);
    if (defs.containsKey(name)) {
      return name;
    }
    defs.put(name, object("type", "object")); // reserve the place, in order of first use
    Json properties = new Json();
    List<Object> required = new ArrayList<>();
    for (Field<R, ?> field : type.fields()) {
      if (field.since() > version) {
        continue;
      }
      properties.put(field.name(), type(field));
      if (field.isRequired()) {
        required.add(field.name());
      }
    }
    for (RecordRule<R> rule : type.rules()) {
      rules.add(type.name() + ": " + rule.description());
    }
    Json schema = object("type", "object", "additionalProperties", false);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("properties", properties);
    defs.put(name, schema);
    return name;
  }

  private static String defName(RecordType<?> type) {
    if (type == Asset.TYPE || type == Dpia.TYPE || type == Contract.TYPE) {
      return type.name().toLowerCase(java.util.Locale.ROOT);
    }
    // "FOI contact" -> foiContact
    List<String> words = Splitter.on(' ').splitToList(type.name());
    StringBuilder name = new StringBuilder(words.get(0).toLowerCase(java.util.Locale.ROOT));
    for (String word : words.subList(1, words.size())) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }

  // ------------------------------------------------------------------ a small ordered JSON tree

  /** An ordered JSON object. */
  private static final class Json extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    Json with(String name, Object value) {
      put(name, value);
      return this;
    }
  }

  private static Json object(Object... members) {
    Json json = new Json();
    for (int i = 0; i < members.length; i += 2) {
      json.put((String) members[i], members[i + 1]);
    }
    return json;
  }

  private static Json ref(String name) {
    return object("$ref", "#/$defs/" + name);
  }

  /** Pretty-prints as Python's {@code json.dumps(indent=2)} does: one member per line. */
  private static void write(Object value, int indent, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append("  ".repeat(indent + 1));
        quote(entry.getKey().toString(), out);
        out.append(": ");
        write(entry.getValue(), indent + 1, out);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append("  ".repeat(indent)).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append("  ".repeat(indent + 1));
        write(list.get(i), indent + 1, out);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append("  ".repeat(indent)).append(']');
    } else if (value instanceof String text) {
      quote(text, out);
    } else {
      out.append(value);
    }
  }

  private static void quote(String text, StringBuilder out) {
    try {
      CanonicalWriter.quote(text, out);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
  }
}
