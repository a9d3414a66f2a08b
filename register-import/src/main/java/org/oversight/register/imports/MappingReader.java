package org.oversight.register.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oversight.register.json.RegisterFormatException;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Column;
import org.oversight.register.model.Field;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;

/**
 * Reads an import mapping: a walk over a {@linkplain JsonTree located tree} of the document that
 * checks its shape, member by member, and hands every part that is a described record or value to
 * register-json's reader ({@link RegisterJson#parseRecord}): the organisation as an {@link
 * Organisation}, each default and each mapped value as the asset column it is for ({@link
 * ColumnValues#TYPE}). Their problems come back with pointers, which place them in the tree. So a
 * wrong category in a mapping gets the words it gets in a register file. Used once, by one thread.
 */
final class MappingReader {
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Set<String> REQUIRED =
      Set.of("mappingVersion", "organisation", "asAt", "columns");
  private static final List<String> MEMBERS =
      List.of(
          "mappingVersion",
          "organisation",
          "asAt",
          "idPrefix",
          "columns",
          "defaults",
          "values",
          "listSeparator",
          "sheet",
          "encoding",
          "delimiter");

  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  private @Nullable Organisation organisation;
  private @Nullable LocalDate asAt;
  private @Nullable String idPrefix;
  private final Map<String, String> columns = new LinkedHashMap<>();
  private final Map<String, Object> defaults = new LinkedHashMap<>();
  private final Set<String> defaulted = new java.util.HashSet<>();
  private final Map<String, Map<String, Object>> values = new LinkedHashMap<>();
  private String listSeparator = ";";
  private @Nullable String sheet;
  private Charset encoding = ImportMapping.DEFAULT_ENCODING;
  private @Nullable Character delimiter;

  MappingReader(String source) {
    this.source = source;
  }

  ImportMapping read(String json) {
    JsonTree.Node root;
    try {
      root = JsonTree.parse(json);
    } catch (JsonTree.SyntaxError e) {
      throw new InvalidMappingException(
          List.of(new Problem(source, e.line, e.column, "", null, e.message)));
    }
    if (root.kind != JsonTree.Kind.OBJECT) {
      problem(root, "", "the mapping must be a JSON object, was " + root.describe());
      throw new InvalidMappingException(problems);
    }
    Map<String, JsonTree.Member> seen = new LinkedHashMap<>();
    for (JsonTree.Member member : root.members) {
      String pointer = "/" + JsonTree.escape(member.name());
      if (!MEMBERS.contains(member.name())) {
        problem(
            member.line(),
            member.column(),
            pointer,
            "unknown field "
                + quoteName(member.name())
                + ": a mapping has "
                + String.join(", ", MEMBERS));
      } else if (seen.putIfAbsent(member.name(), member) != null) {
        problem(
            member.line(), member.column(), pointer, quoteName(member.name()) + " is given twice");
      }
    }
    for (String name : MEMBERS) {
      if (REQUIRED.contains(name) && !seen.containsKey(name)) {
        problem(root, "", "missing required field \"" + name + "\"");
      }
    }
    seen.forEach((name, member) -> member(name, member.value()));
    rules(root, seen);
    if (!problems.isEmpty() || organisation == null || asAt == null) {
      throw new InvalidMappingException(sorted());
    }
    return new ImportMapping(
        source,
        organisation,
        asAt,
        idPrefix,
        columns,
        defaults,
        values,
        listSeparator,
        sheet,
        encoding,
        delimiter);
  }

  private List<Problem> sorted() {
    List<Problem> list = new ArrayList<>(problems);
    list.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return list;
  }

  private void member(String name, JsonTree.Node value) {
    String pointer = "/" + name;
    switch (name) {
      case "mappingVersion" -> {
        if (value.kind != JsonTree.Kind.NUMBER
            || !value.text.equals(Integer.toString(ImportMapping.VERSION))) {
          problem(
              value,
              pointer,
              (value.kind == JsonTree.Kind.NUMBER
                      ? "mappingVersion " + value.text
                      : value.describe())
                  + " is not supported: this version reads mappingVersion "
                  + ImportMapping.VERSION);
        }
      }
      case "organisation" -> organisation = organisation(value);
      case "asAt" -> asAt = date(value, pointer);
      case "idPrefix" -> {
        String text = string(value, pointer);
        if (text != null) {
          if (text.length() > 32 || !ValueType.Identifier.isIdentifier(text)) {
            problem(value, pointer, "must be 1 to 32 characters of A-Z a-z 0-9 . _ : -");
          } else {
            idPrefix = text;
          }
        }
      }
      case "columns" -> columns(value);
      case "defaults" -> defaults(value);
      case "values" -> values(value);
      case "listSeparator" -> {
        String text = string(value, pointer);
        if (text != null) {
          if (text.isEmpty() || text.length() > 4 || text.isBlank()) {
            problem(value, pointer, "must be 1 to 4 characters, not only white space");
          } else {
            listSeparator = text;
          }
        }
      }
      case "sheet" -> {
        String text = string(value, pointer);
        if (text != null) {
          String clean = Cells.clean(text);
          if (clean.isEmpty() || clean.length() > 31) {
            problem(value, pointer, "must be a sheet name of 1 to 31 characters");
          } else {
            sheet = clean;
          }
        }
      }
      case "encoding" -> {
        String text = string(value, pointer);
        if (text != null) {
          if (text.equals("UTF-8")) {
            encoding = StandardCharsets.UTF_8;
          } else if (text.equals("windows-1252")) {
            encoding = ImportMapping.WINDOWS_1252;
          } else {
            problem(value, pointer, Cells.quote(text) + " is not one of UTF-8, windows-1252");
          }
        }
      }
      case "delimiter" -> {
        String text = string(value, pointer);
        if (text != null) {
          switch (text) {
            case ",", ";", "\t" -> delimiter = text.charAt(0);
            case "tab" -> delimiter = '\t';
            default ->
                problem(value, pointer, "must be \",\", \";\" or a tab (\"\\t\" or \"tab\")");
          }
        }
      }
      default -> throw new IllegalStateException(name);
    }
  }

  private @Nullable Organisation organisation(JsonTree.Node value) {
    if (value.kind != JsonTree.Kind.OBJECT) {
      problem(value, "/organisation", "must be an object, was " + value.describe());
      return null;
    }
    try {
      return RegisterJson.standard().parseRecord(Organisation.TYPE, value.json());
    } catch (RegisterFormatException e) {
      for (Problem problem : e.problems()) {
        JsonTree.Node at = value.at(problem.pointer());
        problem(at, "/organisation" + problem.pointer(), problem.message());
      }
      return null;
    }
  }

  private @Nullable LocalDate date(JsonTree.Node value, String pointer) {
    String text = string(value, pointer);
    if (text == null) {
      return null;
    }
    if (ISO_DATE.matcher(text).matches()) {
      try {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() >= 1) {
          return date;
        }
      } catch (DateTimeException e) {
        problem(value, pointer, Cells.quote(text) + " is not a real date");
        return null;
      }
    }
    problem(value, pointer, Cells.quote(text) + " is not a date: use yyyy-MM-dd");
    return null;
  }

  private @Nullable String string(JsonTree.Node value, String pointer) {
    if (value.kind != JsonTree.Kind.STRING) {
      problem(value, pointer, "must be a string, was " + value.describe());
      return null;
    }
    return value.text;
  }

  private void columns(JsonTree.Node value) {
    for (JsonTree.Member member : fields(value, "/columns")) {
      String pointer = "/columns/" + JsonTree.escape(member.name());
      String header = string(member.value(), pointer);
      if (header == null) {
        continue;
      }
      String clean = Cells.clean(header);
      if (clean.isEmpty() || clean.length() > 256) {
        problem(member.value(), pointer, "must be the header of a column: 1 to 256 characters");
      } else {
        columns.put(member.name(), clean);
      }
    }
  }

  private void defaults(JsonTree.Node value) {
    for (JsonTree.Member member : fields(value, "/defaults")) {
      String pointer = "/defaults/" + JsonTree.escape(member.name());
      if (member.name().equals(Asset.ID.name())) {
        problem(
            member.line(),
            member.column(),
            pointer,
            "the id cannot have a default: each row has its own");
        continue;
      }
      defaulted.add(member.name());
      Object read = columnValue(member.name(), member.value(), pointer);
      if (read != null) {
        defaults.put(member.name(), read);
      }
    }
  }

  private void values(JsonTree.Node value) {
    for (JsonTree.Member member : fields(value, "/values")) {
      String pointer = "/values/" + JsonTree.escape(member.name());
      JsonTree.Node map = member.value();
      if (map.kind != JsonTree.Kind.OBJECT) {
        problem(map, pointer, "must be an object of cell texts and values, was " + map.describe());
        continue;
      }
      Map<String, Object> byKey = new LinkedHashMap<>();
      Map<String, String> firstSpelling = new LinkedHashMap<>();
      for (JsonTree.Member entry : map.members) {
        String at = pointer + "/" + JsonTree.escape(entry.name());
        String key = Cells.key(entry.name());
        if (key.isEmpty()) {
          problem(
              entry.line(),
              entry.column(),
              at,
              "a cell text must not be blank: a blank cell takes the default");
          continue;
        }
        String earlier = firstSpelling.putIfAbsent(key, entry.name());
        if (earlier != null) {
          problem(
              entry.line(),
              entry.column(),
              at,
              "is the same cell text as "
                  + quoteName(earlier)
                  + " once case and spaces are ignored");
          continue;
        }
        Object read = columnValue(member.name(), entry.value(), at);
        if (read != null) {
          byKey.put(key, read);
        }
      }
      values.put(member.name(), byKey);
    }
  }

  /** The members of an object whose names must be asset columns; others reported. */
  private List<JsonTree.Member> fields(JsonTree.Node value, String pointer) {
    List<JsonTree.Member> known = new ArrayList<>();
    if (value.kind != JsonTree.Kind.OBJECT) {
      problem(value, pointer, "must be an object of asset fields, was " + value.describe());
      return known;
    }
    Set<String> seen = new java.util.HashSet<>();
    for (JsonTree.Member member : value.members) {
      String at = pointer + "/" + JsonTree.escape(member.name());
      if (ColumnValues.indexOf(member.name()) < 0) {
        problem(
            member.line(),
            member.column(),
            at,
            "unknown field "
                + quoteName(member.name())
                + ": the asset fields are "
                + ColumnValues.names());
      } else if (!seen.add(member.name())) {
        problem(member.line(), member.column(), at, quoteName(member.name()) + " is given twice");
      } else {
        known.add(member);
      }
    }
    return known;
  }

  /**
   * A value of an asset column, written as the register file writes that field, read by
   * register-json's reader as a one-member record of {@link ColumnValues#TYPE}.
   */
  private @Nullable Object columnValue(String column, JsonTree.Node value, String pointer) {
    StringBuilder json = new StringBuilder("{");
    JsonTree.quote(column, json);
    json.append(':').append(value.json()).append('}');
    String own = "/" + JsonTree.escape(column);
    try {
      ColumnValues read = RegisterJson.standard().parseRecord(ColumnValues.TYPE, json.toString());
      return read.get(ColumnValues.indexOf(column));
    } catch (RegisterFormatException e) {
      for (Problem problem : e.problems()) {
        String rest =
            problem.pointer().startsWith(own) ? problem.pointer().substring(own.length()) : "";
        problem(value.at(rest), pointer + rest, problem.message());
      }
      return null;
    }
  }

  /** The rules across members: what every asset needs has a column or a default. */
  private void rules(JsonTree.Node root, Map<String, JsonTree.Member> seen) {
    JsonTree.Member columnsMember = seen.get("columns");
    if (columnsMember == null || columnsMember.value().kind != JsonTree.Kind.OBJECT) {
      return;
    }
    JsonTree.Node at = columnsMember.value();
    if (!columns.containsKey(Asset.ID.name())) {
      problem(at, "/columns", "the id needs a column: each row is one asset, named by its id");
    }
    for (Field<Asset, ?> field : Asset.TYPE.fields()) {
      List<Column<Asset>> of = columnsOf(field);
      if (of.isEmpty() || field == Asset.ID) {
        continue;
      }
      boolean nested = of.get(0).path().size() > 1;
      if (!nested) {
        String name = of.get(0).name();
        if (field.isRequired() && !mapped(name)) {
          problem(
              at,
              "/columns",
              "\""
                  + name
                  + "\" needs a column or a default: every asset has one"
                  + (field.type() instanceof ValueType.Capabilities
                      ? " (a default of [] if the list has none)"
                      : ""));
        }
        continue;
      }
      // A nested record (a location): all its required parts, or none of it.
      String given = null;
      for (Column<Asset> column : of) {
        if (mapped(column.name())) {
          given = column.name();
          break;
        }
      }
      if (given == null && !field.isRequired()) {
        continue;
      }
      for (Column<Asset> column : of) {
        if (column.field().isRequired() && !mapped(column.name())) {
          problem(
              at,
              "/columns",
              "\""
                  + column.name()
                  + "\" needs a column or a default"
                  + (given == null ? "" : ", as \"" + given + "\" has one"));
        }
      }
    }
    if (idPrefix != null && !columns.containsKey(Asset.ID.name())) {
      problem(root, "/idPrefix", "an id prefix needs an id column");
    }
  }

  private boolean mapped(String column) {
    // A default given but wrong is reported where it is, not again as missing.
    return columns.containsKey(column) || defaulted.contains(column);
  }

  private static List<Column<Asset>> columnsOf(Field<Asset, ?> field) {
    List<Column<Asset>> of = new ArrayList<>();
    for (Column<Asset> column : ColumnValues.COLUMNS) {
      if (column.path().get(0) == field) {
        of.add(column);
      }
    }
    return of;
  }

  private static String quoteName(String name) {
    StringBuilder out = new StringBuilder();
    JsonTree.quote(name.length() > 80 ? name.substring(0, 77) + "..." : name, out);
    return out.toString();
  }

  private void problem(JsonTree.Node at, String pointer, String message) {
    problem(at.line, at.column, pointer, message);
  }

  private void problem(int line, int column, String pointer, String message) {
    problems.add(
        new Problem(source, Math.max(line, 0), Math.max(column, 0), pointer, null, message));
  }
}
