package org.oversight.register.json;

import java.util.List;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.validation.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads one register document, schema version 1 or 2, collecting every problem with its place. The
 * document is the {@link RegisterContents#TYPE register description} plus its {@code
 * schemaVersion}, read by a {@link RecordReader}: each record is checked as soon as it is read, and
 * only the places of references are kept until the end, to check them once every list is known. So
 * memory beyond the register itself stays small however large the document is. Used once, by one
 * thread.
 */
final class DocumentReader {
  static {
    RecordReader.TEXT_FORMS.put(Organisation.TYPE, Organisation::named);
  }

  private final JsonReading in;
  private int schemaVersion;

  DocumentReader(JsonParser parser, RegisterJson.Options options) {
    this.in = new JsonReading(parser, options.maxProblems());
    in.placesListRecords = false;
  }

  /** The schema version the document declared; 0 before it is read or if it had none. */
  int schemaVersion() {
    return schemaVersion;
  }

  /** Reads the whole document. */
  RegisterContents read() throws RegisterFormatException {
    RegisterContents contents = null;
    try {
      contents = readDocument();
    } catch (UnsupportedVersion e) {
      throw new RegisterFormatException(List.of(e.problem));
    } catch (ProblemList.Stop e) {
      // The list already says that reading stopped.
    } catch (StreamConstraintsException e) {
      in.problems.addLast(JacksonErrors.limit(e, in.parser));
    } catch (StreamReadException e) {
      in.problems.addLast(JacksonErrors.syntax(e, in.parser));
    }
    if (!in.problems.isEmpty() || contents == null) {
      throw new RegisterFormatException(in.problems.sorted());
    }
    return contents;
  }

  private @org.jspecify.annotations.Nullable RegisterContents readDocument() {
    JsonParser parser = in.parser;
    JsonToken first = parser.nextToken();
    if (first == null) {
      in.problem(JsonReading.Place.of(1, 1), "", "the document is empty");
      return null;
    }
    if (first != JsonToken.START_OBJECT) {
      in.problem(
          in.here(), "", "the document must be a JSON object, was " + JsonReading.describe(first));
      return null;
    }
    RecordReader<RegisterContents> reader =
        new RecordReader<>(in, RegisterContents.TYPE, null, "")
            .extra("schemaVersion", this::readSchemaVersion, true);
    RegisterContents contents = reader.read();
    if (parser.nextToken() != null) {
      in.problem(in.here(), "", "unexpected content after the end of the document");
    }
    checkVersion();
    in.checkReferences();
    return contents;
  }

  private void readSchemaVersion() {
    JsonParser parser = in.parser;
    long place = in.here();
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      in.problem(
          place,
          "/schemaVersion",
          "must be a whole number, was " + JsonReading.describe(in.token()));
      parser.skipChildren();
      return;
    }
    String number =
        parser.getNumberType() == JsonParser.NumberType.INT
            ? Integer.toString(parser.getIntValue())
            : parser.getBigIntegerValue().toString();
    schemaVersion = SchemaVersion.check(number, place).number();
    in.declaredVersion = schemaVersion;
  }

  /** Fields and forms the document's schema version does not have, each reported where used. */
  private void checkVersion() {
    if (schemaVersion == 0) {
      return;
    }
    if (schemaVersion < 2) {
      for (JsonReading.Use use : in.laterFields) {
        in.problem(
            use.place(),
            use.pointer(),
            Text.quote(use.name()) + " needs schemaVersion " + use.since() + " or later");
      }
      for (JsonReading.Use use : in.objectForms) {
        in.problem(
            use.place(),
            use.pointer(),
            "must be a name in schemaVersion 1; an "
                + use.name()
                + " object needs schemaVersion 2");
      }
    } else {
      for (JsonReading.Use use : in.textForms) {
        in.problem(
            use.place(),
            use.pointer(),
            "must be an object in schemaVersion "
                + schemaVersion
                + ", such as {\"name\": \"Essex Police\"}; register migrate rewrites a"
                + " schemaVersion 1 file");
      }
    }
  }

  /** Thrown to stop at an unsupported schema version: that one problem is the whole answer. */
  static final class UnsupportedVersion extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: control flow inside one read
    final Problem problem;

    UnsupportedVersion(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }
}
