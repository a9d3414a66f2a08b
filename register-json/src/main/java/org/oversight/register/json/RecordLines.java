package org.oversight.register.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Records of one type as JSON Lines, one JSON object per line, read through one parser and one
 * {@link RecordReader} reused from record to record: the per-document costs of {@link
 * RecordDocument} (a parser, a reader, the shared-value tables) are paid once for the whole
 * sequence, and equal strings and dates are shared across records as in a register document. Each
 * record is checked as {@link RegisterJson#parseRecord} checks one; identifiers that refer to other
 * lists are checked for their form only. Used once, by one thread.
 */
final class RecordLines {
  private RecordLines() {}

  static <R> List<R> read(JsonParser parser, RecordType<R> type, RegisterJson.Options options)
      throws RegisterFormatException {
    JsonReading in = new JsonReading(parser, options.maxProblems());
    // Every field of every version the library reads is allowed: nothing to keep for a version
    // check, as there is no declared version to check against.
    in.declaredVersion = SchemaVersion.CURRENT.number();
    RecordReader<R> reader = new RecordReader<>(in, type, null, "");
    Field<R, ?> idField = type.idField().orElse(null);
    Map<String, Integer> lineOfId = new HashMap<>();
    List<R> records = new ArrayList<>();
    try {
      int lastLine = 0;
      while (parser.nextToken() != null) {
        long start = in.here();
        int line = JsonReading.Place.line(start);
        if (line == lastLine) {
          in.problem(
              start, "", "a second record on line " + line + ": JSON Lines holds one per line");
        }
        R record = reader.read();
        lastLine = JsonReading.Place.line(in.here());
        if (record != null) {
          if (idField != null) {
            String id = type.id(record);
            Integer first = id == null ? null : lineOfId.putIfAbsent(id, line);
            if (id != null && first != null) {
              in.problem(
                  reader.place("/" + idField.name()),
                  "/" + idField.name(),
                  "duplicate id " + Text.quote(id) + ", first used on line " + first);
            }
          }
          records.add(record);
        }
        // References to other lists are not checked here, nor the forms a version allows: what
        // the reader kept for those is dropped with each record, so memory stays with the records.
        in.references.clear();
        in.referencePlaces.clear();
        in.textForms.clear();
        in.objectForms.clear();
      }
    } catch (ProblemList.Stop e) {
      // The list says reading stopped.
    } catch (StreamConstraintsException e) {
      in.problems.addLast(JacksonErrors.limit(e, parser));
    } catch (StreamReadException e) {
      in.problems.addLast(JacksonErrors.syntax(e, parser));
    }
    if (!in.problems.isEmpty()) {
      throw new RegisterFormatException(in.problems.sorted());
    }
    return records;
  }
}
