package org.oversight.register.json;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.RecordType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/** One record as a whole JSON document: read and written by the register's own machinery. */
final class RecordDocument {
  private RecordDocument() {}

  static <R> R read(JsonParser parser, RecordType<R> type, RegisterJson.Options options)
      throws RegisterFormatException {
    return read(parser, type, options, true);
  }

  /**
   * Reads one record; {@code checkReferences} false leaves identifier lists for the record's own
   * constructor to check (an FOI request's references to earlier questions).
   */
  static <R> R read(
      JsonParser parser, RecordType<R> type, RegisterJson.Options options, boolean checkReferences)
      throws RegisterFormatException {
    JsonReading in = new JsonReading(parser, options.maxProblems());
    R record = null;
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        in.problem(JsonReading.Place.of(1, 1), "", "the document is empty");
      } else {
        record = new RecordReader<>(in, type, null, "").read();
        if (parser.nextToken() != null) {
          in.problem(in.here(), "", "unexpected content after the end of the document");
        }
        // A record on its own holds no DPIAs or contracts: references to lists it does not hold are
        // the caller's to check.
        if (checkReferences) {
          in.checkReferences(true);
        }
      }
    } catch (ProblemList.Stop e) {
      // The list says reading stopped.
    } catch (StreamConstraintsException e) {
      in.problems.addLast(JacksonErrors.limit(e, parser));
    } catch (StreamReadException e) {
      in.problems.addLast(JacksonErrors.syntax(e, parser));
    }
    return result(in, record);
  }

  private static <R> R result(JsonReading in, @Nullable R record) throws RegisterFormatException {
    if (!in.problems.isEmpty() || record == null) {
      throw new RegisterFormatException(in.problems.sorted());
    }
    return record;
  }

  static <R> String write(RecordType<R> type, R record, boolean confidential) {
    StringBuilder out = new StringBuilder();
    try {
      CanonicalWriter.inline(type, type.javaType().cast(record), out, confidential);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
