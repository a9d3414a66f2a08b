package org.oversight.register.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.oversight.register.foi.AssetCriteria;
import org.oversight.register.foi.CitedExemption;
import org.oversight.register.foi.DisclosedField;
import org.oversight.register.foi.DisclosedRecord;
import org.oversight.register.foi.FoiQuestion;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.InvalidFoiRequestException;
import org.oversight.register.foi.PublishedReference;
import org.oversight.register.foi.QuestionAnswer;
import org.oversight.register.foi.Redaction;
import org.oversight.register.foi.Regime;
import org.oversight.register.foi.Relationship;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;
import org.oversight.register.validation.Problem;
import org.oversight.register.vendor.VendorNames;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Reads FOI requests (CONTRACT §2) and writes FOI responses (CONTRACT §3) as JSON.
 *
 * <p>A request document is small, so it is read whole; every problem (syntax, unknown field,
 * missing field, wrong type, unknown code, and the request's own rules) is reported as a {@link
 * RegisterFormatException} located by line, column and JSON pointer. The response is written in a
 * fixed field order with two-space indentation and a final newline, so equal responses give equal
 * bytes. Thread-safe.
 */
public final class FoiJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(16)
                  .maxStringLength(65_536)
                  .maxNumberLength(64)
                  .maxDocumentLength(16L << 20)
                  .build())
          .build();

  private FoiJson() {}

  /**
   * Reads a request from a file (UTF-8).
   *
   * @param file the file
   * @return the request, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid request
   * @throws IOException if the file cannot be read
   */
  public static FoiRequest readRequest(Path file) throws RegisterFormatException, IOException {
    try (InputStream in = Files.newInputStream(requireNonNull(file, "file"))) {
      return readRequest(in.readAllBytes());
    }
  }

  /**
   * Reads a request from a string.
   *
   * @param json the document
   * @return the request, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid request
   */
  public static FoiRequest readRequest(String json) throws RegisterFormatException {
    Problem lone = InputText.firstProblem(json); // UTF-8 cannot hold a lone surrogate
    if (lone != null) {
      throw new RegisterFormatException(List.of(lone));
    }
    return readRequest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static FoiRequest readRequest(byte[] bytes) throws RegisterFormatException {
    RequestReader reader = new RequestReader();
    try (JsonParser parser =
        FACTORY.createParser(
            ObjectReadContext.empty(),
            InputText.checked(new java.io.ByteArrayInputStream(bytes)))) {
      reader.parser = parser;
      FoiRequest request = reader.read();
      if (request != null && reader.problems.isEmpty()) {
        return request;
      }
    } catch (InputText.Invalid e) {
      reader.problems.add(JacksonErrors.syntax(e, reader.parser));
    } catch (StreamConstraintsException e) {
      reader.problems.add(JacksonErrors.limit(e, reader.parser()));
    } catch (StreamReadException e) {
      reader.problems.add(JacksonErrors.syntax(e, reader.parser()));
    } catch (JacksonException e) {
      reader.problems.add(new Problem("", 0, 0, "", null, "the document cannot be read"));
    }
    if (reader.problems.isEmpty()) {
      reader.problems.add(new Problem("", 1, 1, "", null, "not an FOI request"));
    }
    throw new RegisterFormatException(reader.problems);
  }

  /** Reads one request document, collecting problems. Used by one thread. */
  private static final class RequestReader {
    private @Nullable JsonParser parser;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, int[]> places = new HashMap<>();

    JsonParser parser() {
      return requireNonNull(parser, "parser");
    }

    private int[] here() {
      TokenStreamLocation location = parser().currentTokenLocation();
      return new int[] {Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0)};
    }

    private void problem(String pointer, String message) {
      int[] at = here();
      problems.add(new Problem("", at[0], at[1], pointer, null, message));
    }

    private void problemAt(int[] at, String pointer, String message) {
      problems.add(new Problem("", at[0], at[1], pointer, null, message));
    }

    @Nullable FoiRequest read() {
      JsonParser p = parser();
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(new Problem("", 1, 1, "", null, "the document is empty"));
        return null;
      }
      if (first != JsonToken.START_OBJECT) {
        problem("", "an FOI request must be a JSON object");
        p.skipChildren();
        return null;
      }
      int[] start = here();
      String reference = null;
      LocalDate receivedOn = null;
      Regime regime = Regime.FOIA;
      List<FoiQuestion> questions = null;
      boolean questionsSeen = false;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        String pointer = "/" + name;
        places.put(pointer, here());
        switch (name) {
          case "reference" -> reference = string(pointer);
          case "receivedOn" -> receivedOn = date(pointer);
          case "regime" -> {
            String code = string(pointer);
            if (code != null) {
              regime = code(pointer, code, Regime.class, Regime.FOIA);
            }
          }
          case "questions" -> {
            questionsSeen = true;
            questions = questions(pointer);
          }
          default -> {
            problem(pointer, "unknown field \"" + name + "\"");
            p.skipChildren();
          }
        }
      }
      if (reference == null && !places.containsKey("/reference")) {
        problemAt(start, "", "missing required field \"reference\"");
      }
      if (receivedOn == null && !places.containsKey("/receivedOn")) {
        problemAt(start, "", "missing required field \"receivedOn\"");
      }
      if (!questionsSeen) {
        problemAt(start, "", "missing required field \"questions\"");
      }
      if (p.nextToken() != null) {
        problem("", "unexpected content after the request");
      }
      if (!problems.isEmpty() || reference == null || receivedOn == null || questions == null) {
        return null;
      }
      try {
        return new FoiRequest(reference, receivedOn, regime, questions);
      } catch (InvalidFoiRequestException e) {
        for (Problem problem : e.problems()) {
          String pointer = problem.pointer();
          problemAt(nearest(pointer), pointer, problem.message());
        }
        return null;
      }
    }

    private int[] nearest(String pointer) {
      String p = pointer;
      while (!p.isEmpty()) {
        int[] at = places.get(p);
        if (at != null) {
          return at;
        }
        p = p.substring(0, p.lastIndexOf('/'));
      }
      return new int[] {1, 1};
    }

    private @Nullable List<FoiQuestion> questions(String pointer) {
      return list(pointer, "must be an array of questions", this::question);
    }

    /** Reads an array, each element at its own pointer; null if it or any element is bad. */
    private <T> @Nullable List<T> list(
        String pointer, String notAnArray, Function<String, @Nullable T> element) {
      JsonParser p = parser();
      if (p.currentToken() != JsonToken.START_ARRAY) {
        problem(pointer, notAnArray);
        p.skipChildren();
        return null;
      }
      List<T> values = new ArrayList<>();
      boolean ok = true;
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String at = pointer + "/" + index++;
        places.put(at, here());
        T value = element.apply(at);
        if (value == null) {
          ok = false;
        } else {
          values.add(value);
        }
      }
      return ok ? values : null;
    }

    private @Nullable FoiQuestion question(String pointer) {
      JsonParser p = parser();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        problem(pointer, "a question must be a JSON object");
        p.skipChildren();
        return null;
      }
      int[] start = here();
      int before = problems.size();
      String id = null;
      String text = null;
      AssetCriteria criteria = null;
      List<String> dpiasFor = null;
      List<String> contractsFor = null;
      int kinds = 0;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        String at = pointer + "/" + name;
        places.put(at, here());
        switch (name) {
          case "id" -> id = string(at);
          case "text" -> text = string(at);
          case "assets" -> {
            kinds++;
            criteria = criteria(at);
          }
          case "dpiasFor" -> {
            kinds++;
            dpiasFor = strings(at);
          }
          case "contractsFor" -> {
            kinds++;
            contractsFor = strings(at);
          }
          default -> {
            problem(at, "unknown field \"" + name + "\"");
            p.skipChildren();
          }
        }
      }
      if (id == null && !places.containsKey(pointer + "/id")) {
        problemAt(start, pointer, "missing required field \"id\"");
      }
      if (text == null && !places.containsKey(pointer + "/text")) {
        problemAt(start, pointer, "missing required field \"text\"");
      }
      if (kinds != 1) {
        problemAt(
            start, pointer, "give exactly one of \"assets\", \"dpiasFor\" and \"contractsFor\"");
      }
      if (problems.size() > before || id == null || text == null) {
        return null;
      }
      if (id.isBlank() || text.isBlank()) {
        problemAt(start, pointer + (id.isBlank() ? "/id" : "/text"), "must not be blank");
        return null;
      }
      if ((dpiasFor != null && dpiasFor.isEmpty())
          || (contractsFor != null && contractsFor.isEmpty())) {
        problemAt(
            start,
            pointer + (dpiasFor != null ? "/dpiasFor" : "/contractsFor"),
            "must name at least one earlier asset question");
        return null;
      }
      return new FoiQuestion(id, text, criteria, dpiasFor, contractsFor);
    }

    private @Nullable AssetCriteria criteria(String pointer) {
      JsonParser p = parser();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        problem(pointer, "must be an object of criteria");
        p.skipChildren();
        return null;
      }
      int before = problems.size();
      String manufacturer = null;
      Set<Capability> capabilities = new LinkedHashSet<>();
      Set<AssetCategory> categories = new LinkedHashSet<>();
      Boolean advanced = null;
      Relationship relationship = Relationship.OWNS_OR_OPERATES;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        String at = pointer + "/" + name;
        places.put(at, here());
        switch (name) {
          case "manufacturer" -> {
            manufacturer = string(at);
            if (manufacturer != null
                && manufacturer.chars().noneMatch(Character::isLetterOrDigit)) {
              problem(at, "must contain a letter or digit");
            } else if (manufacturer != null && VendorNames.isPlaceholder(manufacturer)) {
              // AssetCriteria refuses it too; said here so that it is a located problem.
              problem(
                  at, "is a placeholder for an unknown manufacturer, not a vendor to ask about");
            }
          }
          case "capabilities" -> {
            List<String> codes = strings(at);
            if (codes != null) {
              for (int i = 0; i < codes.size(); i++) {
                if (Capability.isValidCode(codes.get(i))) {
                  capabilities.add(Capability.of(codes.get(i)));
                } else {
                  problemAt(
                      places.getOrDefault(at + "/" + i, here()),
                      at + "/" + i,
                      Text.quote(codes.get(i)) + " is not a capability code");
                }
              }
            }
          }
          case "categories" -> {
            List<String> codes = strings(at);
            if (codes != null) {
              for (int i = 0; i < codes.size(); i++) {
                String item = at + "/" + i;
                AssetCategory category =
                    codeOrNull(
                        item, codes.get(i), AssetCategory.class, places.getOrDefault(item, here()));
                if (category != null) {
                  categories.add(category);
                }
              }
            }
          }
          case "advanced" -> {
            if (p.currentToken() == JsonToken.VALUE_TRUE
                || p.currentToken() == JsonToken.VALUE_FALSE) {
              advanced = p.currentToken() == JsonToken.VALUE_TRUE;
            } else {
              problem(at, "must be true or false");
              p.skipChildren();
            }
          }
          case "relationship" -> {
            String code = string(at);
            if (code != null) {
              relationship = code(at, code, Relationship.class, Relationship.OWNS_OR_OPERATES);
            }
          }
          default -> {
            problem(at, "unknown field \"" + name + "\"");
            p.skipChildren();
          }
        }
      }
      if (problems.size() > before) {
        return null;
      }
      return new AssetCriteria(manufacturer, capabilities, categories, advanced, relationship);
    }

    private @Nullable String string(String pointer) {
      JsonParser p = parser();
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        problem(pointer, "must be a string");
        p.skipChildren();
        return null;
      }
      return p.getString();
    }

    private @Nullable List<String> strings(String pointer) {
      return list(pointer, "must be an array of strings", this::string);
    }

    private @Nullable LocalDate date(String pointer) {
      String text = string(pointer);
      if (text == null) {
        return null;
      }
      try {
        if (text.length() != 10) {
          throw new DateTimeParseException("length", text, 0);
        }
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problem(pointer, Text.quote(text) + " is not a date in the form yyyy-MM-dd");
        return null;
      }
    }

    private <E extends Enum<E>> E code(String pointer, String code, Class<E> type, E otherwise) {
      E value = codeOrNull(pointer, code, type, here());
      return value == null ? otherwise : value;
    }

    private <E extends Enum<E>> @Nullable E codeOrNull(
        String pointer, String code, Class<E> type, int[] at) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(code)) {
          return constant;
        }
      }
      StringBuilder names = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        names.append(names.length() == 0 ? "" : ", ").append(constant.name());
      }
      problemAt(at, pointer, Text.quote(code) + " is not one of " + names);
      return null;
    }
  }

  /**
   * Writes a response as JSON: a fixed field order, two-space indentation, ISO dates, a final
   * newline. Absent values are omitted.
   *
   * @param response the response
   * @return the document, never null
   */
  public static String writeResponse(FoiResponse response) {
    requireNonNull(response, "response");
    StringWriter out = new StringWriter();
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    ObjectWriteContext context =
        new ObjectWriteContext.Base() {
          @Override
          public PrettyPrinter getPrettyPrinter() {
            return printer;
          }

          @Override
          public boolean hasPrettyPrinter() {
            return true;
          }
        };
    try (JsonGenerator g = FACTORY.createGenerator(context, out)) {
      g.writeStartObject();
      g.writeStringProperty("reference", response.reference());
      g.writeStringProperty("organisation", response.organisation());
      g.writeStringProperty("regime", response.regime().name());
      g.writeStringProperty("receivedOn", response.receivedOn().toString());
      g.writeStringProperty("dueOn", response.dueOn().toString());
      g.writeStringProperty("dataCorrectAsAt", response.dataCorrectAsAt().toString());
      g.writeStringProperty("outcome", response.outcome().name());
      g.writeName("answers");
      g.writeStartArray();
      for (QuestionAnswer answer : response.answers()) {
        writeAnswer(g, answer);
      }
      g.writeEndArray();
      g.writeName("exemptions");
      g.writeStartArray();
      for (CitedExemption exemption : response.exemptions()) {
        g.writeStartObject();
        g.writeStringProperty("section", exemption.section());
        g.writeStringProperty("title", exemption.title());
        g.writeStringProperty("reason", exemption.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("redactions");
      g.writeStartArray();
      for (Redaction redaction : response.redactions()) {
        g.writeStartObject();
        g.writeStringProperty("type", redaction.type());
        g.writeStringProperty("id", redaction.id());
        g.writeStringProperty("field", redaction.field().name());
        g.writeStringProperty("section", redaction.section());
        g.writeStringProperty("title", redaction.title());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (response.ncndStatement() != null) {
        g.writeStringProperty("neitherConfirmNorDeny", response.ncndStatement());
      }
      g.writeName("rights");
      g.writeStartObject();
      g.writeNumberProperty(
          "internalReviewWorkingDays", response.rights().internalReviewWorkingDays());
      g.writeStringProperty("commissioner", response.rights().commissioner());
      g.writeStringProperty("commissionerAddress", response.rights().commissionerAddress());
      g.writeStringProperty("statement", response.rights().statement());
      g.writeEndObject();
      g.writeNumberProperty("costLimitPounds", response.costLimitPounds());
      g.writeEndObject();
    }
    return out.append('\n').toString();
  }

  private static void writeAnswer(JsonGenerator g, QuestionAnswer answer) {
    g.writeStartObject();
    g.writeStringProperty("questionId", answer.questionId());
    g.writeStringProperty("text", answer.text());
    g.writeStringProperty("kind", answer.kind().name());
    g.writeStringProperty("outcome", answer.outcome().name());
    g.writeStringProperty("answer", answer.answer());
    g.writeName("records");
    g.writeStartArray();
    for (DisclosedRecord record : answer.records()) {
      g.writeStartObject();
      g.writeStringProperty("type", record.type());
      g.writeStringProperty("id", record.id());
      g.writeName("fields");
      g.writeStartObject();
      for (DisclosedField field : record.fields()) {
        if (field.withheldUnder() != null) {
          g.writeName(field.field().name());
          g.writeStartObject();
          g.writeStringProperty("withheldUnder", field.withheldUnder());
          g.writeEndObject();
        } else if (field.value() != null) {
          g.writeStringProperty(field.field().name(), field.value());
        }
      }
      g.writeEndObject();
      if (!record.notes().isEmpty()) {
        g.writeName("notes");
        g.writeStartArray();
        for (String note : record.notes()) {
          g.writeString(note);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!answer.publishedElsewhere().isEmpty()) {
      g.writeName("publishedElsewhere");
      g.writeStartArray();
      for (PublishedReference published : answer.publishedElsewhere()) {
        g.writeStartObject();
        g.writeStringProperty("type", published.type());
        g.writeStringProperty("id", published.id());
        g.writeStringProperty("title", published.title());
        g.writeStringProperty("url", published.url());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!answer.exemptions().isEmpty()) {
      g.writeName("exemptions");
      g.writeStartArray();
      for (String exemption : answer.exemptions()) {
        g.writeString(exemption);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
