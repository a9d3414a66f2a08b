package org.oversight.register.json;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.oversight.register.foi.AssetTiming;
import org.oversight.register.foi.CitedExemption;
import org.oversight.register.foi.Clarification;
import org.oversight.register.foi.CostLimit;
import org.oversight.register.foi.DisclosedField;
import org.oversight.register.foi.DisclosedRecord;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.Ncnd;
import org.oversight.register.foi.OfficerWarning;
import org.oversight.register.foi.PublishedReference;
import org.oversight.register.foi.QuestionAnswer;
import org.oversight.register.foi.QuestionKind;
import org.oversight.register.foi.Redaction;
import org.oversight.register.foi.Working;
import org.oversight.register.model.Field;
import org.oversight.register.validation.Problem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Reads FOI requests (CONTRACT §2) and writes FOI responses (CONTRACT §3) as JSON.
 *
 * <p>A request is read by the same machinery as a register document, following the request's
 * description ({@link FoiRequest#TYPE}): streamed token by token from the file, never read whole,
 * with the register's read limits (a request may be at most {@link #MAX_REQUEST_BYTES} long), every
 * problem located by line, column and JSON pointer with the same messages as a register's, repeated
 * members rejected, and at most 1,000 problems reported. The response is written in a fixed field
 * order with two-space indentation and a final newline, so equal responses give equal bytes; the
 * officer's workings and warnings are under their own keys. Thread-safe.
 */
public final class FoiJson {
  /** The longest request document read, in bytes: 16 MiB, far more than any real request. */
  public static final long MAX_REQUEST_BYTES = 16L << 20;

  private static final RegisterJson.Options OPTIONS =
      RegisterJson.Options.defaults().withMaxDocumentLength(MAX_REQUEST_BYTES);

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(OPTIONS.maxNestingDepth())
                  .maxStringLength(OPTIONS.maxStringLength())
                  .maxNameLength(OPTIONS.maxNameLength())
                  .maxNumberLength(OPTIONS.maxNumberLength())
                  .maxDocumentLength(OPTIONS.maxDocumentLength())
                  .build())
          .build();

  private FoiJson() {}

  /**
   * Reads a request from a file (UTF-8), streaming it.
   *
   * @param file the file
   * @return the request, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid request
   * @throws IOException if the file cannot be read
   */
  public static FoiRequest readRequest(Path file) throws RegisterFormatException, IOException {
    try (InputStream in = Files.newInputStream(requireNonNull(file, "file"))) {
      return readRequest(in);
    }
  }

  /**
   * Reads a request from a stream of UTF-8 bytes. The stream is not closed.
   *
   * @param in the bytes
   * @return the request, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid request
   * @throws IOException if the stream cannot be read
   */
  public static FoiRequest readRequest(InputStream in) throws RegisterFormatException, IOException {
    requireNonNull(in, "in");
    try (JsonParser parser =
        FACTORY.createParser(ObjectReadContext.empty(), InputText.checked(in))) {
      return RecordDocument.read(parser, FoiRequest.TYPE, OPTIONS, false);
    } catch (InputText.Invalid e) {
      // Found while the parser was being created: no place in the structure to add.
      throw new RegisterFormatException(List.of(e.problem()));
    } catch (JacksonIOException e) {
      throw e.getCause();
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
    requireNonNull(json, "json");
    Problem lone = InputText.firstProblem(json); // UTF-8 cannot hold a lone surrogate
    if (lone != null) {
      throw new RegisterFormatException(List.of(lone));
    }
    try (JsonParser parser =
        FACTORY.createParser(
            ObjectReadContext.empty(),
            InputText.checked(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))) {
      return RecordDocument.read(parser, FoiRequest.TYPE, OPTIONS, false);
    } catch (InputText.Invalid e) {
      throw new RegisterFormatException(List.of(e.problem()));
    }
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the request document, generated from the request's
   * description ({@link FoiRequest#TYPE}); a test holds the checked-in file to it.
   *
   * @return the schema text, never null
   */
  public static String requestSchema() {
    try (InputStream in = FoiJson.class.getResourceAsStream("foi-request.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the request schema resource is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes a response as JSON with the shipped wording of the officer's warnings.
   *
   * @param response the response
   * @return the document, never null
   */
  public static String writeResponse(FoiResponse response) {
    return writeResponse(response, FoiRenderer.standard());
  }

  /**
   * Writes a response as JSON: the decisions in a fixed field order, two-space indentation, ISO
   * dates and codes, a final newline. Absent values are omitted. The officer's {@code warnings}
   * (each with its code and the renderer's words) and {@code workings} (why each asset was listed)
   * are under their own keys, apart from the answer.
   *
   * @param response the response
   * @param renderer words the warnings
   * @return the document, never null
   */
  public static String writeResponse(FoiResponse response, FoiRenderer renderer) {
    StringWriter out = new StringWriter();
    try {
      writeResponse(response, renderer, out);
    } catch (IOException e) {
      throw new AssertionError("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes the document of {@link #writeResponse(FoiResponse, FoiRenderer)} to {@code out} as it is
   * generated, so that a response listing a quarter of a million records is never held whole as
   * text. {@code out} is flushed, not closed.
   *
   * @param response the response
   * @param renderer words the warnings
   * @param out where the document is written
   * @throws IOException if writing to {@code out} fails
   */
  public static void writeResponse(FoiResponse response, FoiRenderer renderer, Writer out)
      throws IOException {
    requireNonNull(response, "response");
    requireNonNull(renderer, "renderer");
    requireNonNull(out, "out");
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
    // The generator closes what it writes to when it is closed: the caller's writer stays open.
    Writer unclosed =
        new FilterWriter(out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        };
    try (JsonGenerator g = FACTORY.createGenerator(context, unclosed)) {
      g.writeStartObject();
      g.writeStringProperty("reference", response.reference());
      g.writeStringProperty("organisation", response.organisation().name());
      if (response.kindAssumed() != null) {
        g.writeStringProperty("organisationKindAssumed", response.kindAssumed().name());
      }
      g.writeStringProperty("regime", response.regime().name());
      if (response.requester() != null) {
        g.writeStringProperty("requester", response.requester());
      }
      g.writeStringProperty("receivedOn", response.receivedOn().toString());
      g.writeStringProperty("dueOn", response.dueOn().toString());
      g.writeStringProperty("respondedOn", response.respondedOn().toString());
      g.writeStringProperty("reviewRequestBy", response.reviewRequestBy().toString());
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
        g.writeStringProperty("exemption", exemption.key());
        g.writeBooleanProperty("qualified", exemption.qualified());
        g.writeBooleanProperty("neitherConfirmNorDeny", exemption.ncnd());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("redactions");
      g.writeStartArray();
      for (Redaction redaction : response.redactions()) {
        g.writeStartObject();
        g.writeStringProperty("type", redaction.type().name());
        g.writeStringProperty("id", redaction.id());
        g.writeStringProperty("field", redaction.field().name());
        g.writeStringProperty("section", redaction.section());
        g.writeStringProperty("exemption", redaction.key());
        g.writeEndObject();
      }
      g.writeEndArray();
      Ncnd ncnd = response.ncnd();
      if (ncnd != null) {
        g.writeName("neitherConfirmNorDeny");
        g.writeStartObject();
        if (ncnd.provision() != null) {
          g.writeStringProperty("provision", ncnd.provision());
        }
        strings(g, "sections", ncnd.bundle().stream().map(CitedExemption::section).toList());
        strings(g, "questions", ncnd.questionIds());
        g.writeEndObject();
      }
      CostLimit costLimit = response.costLimit();
      if (costLimit != null) {
        g.writeName("costLimit");
        g.writeStartObject();
        g.writeNumberProperty("estimateHours", costLimit.estimateHours());
        g.writeNumberProperty("limitPounds", response.regime().costLimitPounds());
        g.writeNumberProperty("poundsPerHour", response.regime().costPerHourPounds());
        strings(g, "questions", costLimit.questions());
        g.writeStringProperty("advice", costLimit.advice());
        g.writeEndObject();
      }
      Clarification clarification = response.clarification();
      if (clarification != null) {
        g.writeName("clarification");
        g.writeStartObject();
        g.writeStringProperty("soughtOn", clarification.soughtOn().toString());
        g.writeStringProperty("sought", clarification.sought());
        LocalDate came = clarification.receivedOn();
        if (came != null) {
          g.writeStringProperty("receivedOn", came.toString());
        }
        g.writeEndObject();
      }
      g.writeName("warnings");
      g.writeStartArray();
      List<String> words = renderer.warnings(response);
      for (int i = 0; i < response.warnings().size(); i++) {
        OfficerWarning warning = response.warnings().get(i);
        g.writeStartObject();
        g.writeStringProperty("code", warning.code().name());
        if (warning.subject() != null) {
          g.writeStringProperty("subject", warning.subject());
        }
        if (warning.date() != null) {
          g.writeStringProperty("date", warning.date().toString());
        }
        g.writeStringProperty("message", words.get(i));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("workings");
      g.writeStartArray();
      for (QuestionAnswer answer : response.answers()) {
        for (Working working : answer.workings()) {
          g.writeStartObject();
          g.writeStringProperty("questionId", working.questionId());
          g.writeStringProperty("assetId", working.assetId());
          strings(g, "reasons", working.reasons());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.append('\n').flush();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void writeAnswer(JsonGenerator g, QuestionAnswer answer) {
    g.writeStartObject();
    g.writeStringProperty("questionId", answer.questionId());
    g.writeStringProperty("text", answer.text());
    g.writeStringProperty("kind", answer.kind().name());
    g.writeStringProperty("outcome", answer.outcome().name());
    g.writeBooleanProperty("overtOnly", answer.overtOnly());
    if (answer.vendor() != null) {
      g.writeStringProperty("vendor", answer.vendor());
    }
    if (answer.found().entries() > 0 || answer.manufacturerUnknown().entries() > 0) {
      g.writeName("found");
      count(g, answer.found().entries(), answer.found().units());
      g.writeName("manufacturerUnknown");
      count(g, answer.manufacturerUnknown().entries(), answer.manufacturerUnknown().units());
    }
    if (!answer.about().isEmpty()) {
      strings(g, "about", answer.about());
    }
    g.writeName("records");
    g.writeStartArray();
    for (DisclosedRecord record : answer.records()) {
      g.writeStartObject();
      g.writeStringProperty("type", record.type().name());
      g.writeStringProperty("id", record.id());
      g.writeName("fields");
      g.writeStartObject();
      for (DisclosedField field : record.fields()) {
        if (field.withheldUnder() != null) {
          g.writeName(field.field().name());
          g.writeStartObject();
          g.writeStringProperty("withheldUnder", field.withheldUnder());
          g.writeEndObject();
        } else if (field.leftOut()) {
          g.writeName(field.field().name());
          g.writeStartObject();
          g.writeBooleanProperty("leftOutAtRequest", true);
          g.writeEndObject();
        } else if (field.value() != null) {
          g.writeStringProperty(field.field().name(), text(field.field(), field.value()));
        }
      }
      g.writeEndObject();
      if (!record.covers().isEmpty()) {
        strings(g, "covers", record.covers());
      }
      if (record.manufacturerUnknown()) {
        g.writeBooleanProperty("manufacturerUnknown", true);
      }
      if (record.document() != DisclosedRecord.DocumentProvision.NONE) {
        g.writeStringProperty("document", record.document().name());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!answer.publishedElsewhere().isEmpty()) {
      g.writeName("publishedElsewhere");
      g.writeStartArray();
      for (PublishedReference published : answer.publishedElsewhere()) {
        g.writeStartObject();
        g.writeStringProperty("type", published.type().name());
        g.writeStringProperty("id", published.id());
        if (published.title() != null) {
          g.writeStringProperty("title", published.title());
        }
        if (published.supplier() != null) {
          g.writeStringProperty("supplier", published.supplier());
        }
        g.writeStringProperty("url", published.url());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!answer.exemptions().isEmpty()) {
      strings(g, "exemptions", answer.exemptions());
    }
    if (answer.pricesLeftOut()) {
      g.writeBooleanProperty("pricesLeftOutAtRequest", true);
    }
    AssetTiming timing = answer.timing();
    if (timing != null && timing.kind() != AssetTiming.Kind.ON) {
      g.writeName("timing");
      g.writeStartObject();
      g.writeStringProperty("kind", timing.kind().name());
      g.writeStringProperty("from", timing.from().toString());
      LocalDate to = timing.to();
      if (to != null) {
        g.writeStringProperty("to", to.toString());
      }
      g.writeEndObject();
    }
    Boolean uses = answer.uses();
    if (answer.kind() == QuestionKind.USES) {
      if (uses == null) {
        g.writeNullProperty("uses");
      } else {
        g.writeBooleanProperty("uses", uses);
      }
    }
    if (answer.undated().entries() > 0) {
      g.writeName("expectedDateNotRecorded");
      count(g, answer.undated().entries(), answer.undated().units());
    }
    if (answer.kind() == QuestionKind.SUPPLIERS) {
      strings(g, "suppliers", answer.suppliers());
    }
    String officer = answer.officerAnswer();
    if (officer != null) {
      g.writeStringProperty("officerAnswer", officer);
    }
    g.writeEndObject();
  }

  private static void count(JsonGenerator g, int entries, long units) {
    g.writeStartObject();
    g.writeNumberProperty("entries", entries);
    g.writeNumberProperty("units", units);
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked") // the value was read from this field
  private static <R, V> String text(Field<R, V> field, Object value) {
    return field.type().text((V) value);
  }
}
