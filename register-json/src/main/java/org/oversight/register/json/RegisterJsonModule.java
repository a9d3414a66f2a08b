package org.oversight.register.json;

import java.io.IOException;
import java.util.List;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Location;
import org.oversight.register.model.Money;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.RegisterContents;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that writes and reads the register's types as the register format does, for an
 * application's own {@code ObjectMapper}: one serializer and one deserializer per record type, all
 * working from the record descriptions ({@link RecordType}), so a record inside an application's
 * own JSON is written and checked exactly as in a register document.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RegisterJsonModule()).build();
 * String json = mapper.writeValueAsString(asset);
 * Asset back = mapper.readValue(json, Asset.class);
 * }</pre>
 *
 * <p>A record that breaks its rules fails to deserialize with a message listing every problem, each
 * with its JSON pointer; free text is never quoted in it. {@link RegisterContents} and {@link
 * AssetRegister} are written as a whole canonical document. {@link RegisterJson} itself reads and
 * writes with the streaming API only and never needs this module.
 *
 * <p>This module is the only part of register-json that uses Jackson's data binding, which needs
 * {@code com.fasterxml.jackson.core:jackson-annotations} 2.21 or newer ({@code register-bom}
 * manages it).
 */
public final class RegisterJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The record types the module handles, each by its description. */
  private static final List<RecordType<?>> TYPES =
      List.of(
          Asset.TYPE,
          Dpia.TYPE,
          Contract.TYPE,
          GoverningDocument.TYPE,
          Money.TYPE,
          Location.TYPE,
          Organisation.TYPE,
          FoiContact.TYPE);

  /**
   * Creates the module.
   *
   * @throws IllegalStateException if the jackson-annotations on the path is older than Jackson 3's
   *     data binding needs (a Jackson 2 host's), saying which version was found and which is needed
   */
  public RegisterJsonModule() {
    super(checkedName(), Version.unknownVersion());
    for (RecordType<?> type : TYPES) {
      add(type);
    }
    addSerializer(RegisterContents.class, new DocumentSerializer<>(c -> c));
    addSerializer(AssetRegister.class, new DocumentSerializer<>(AssetRegister::contents));
  }

  private static String checkedName() {
    JacksonAnnotations.require();
    return "oversight-register-json";
  }

  private <R> void add(RecordType<R> type) {
    addSerializer(type.javaType(), new RecordSerializer<>(type));
    addDeserializer(type.javaType(), new RecordDeserializer<>(type));
  }

  /** Writes a record on one line, as the register format writes it inside a record. */
  private static final class RecordSerializer<R> extends ValueSerializer<R> {
    private final RecordType<R> type;

    RecordSerializer(RecordType<R> type) {
      this.type = type;
    }

    @Override
    public void serialize(R value, JsonGenerator g, SerializationContext context) {
      StringBuilder json = new StringBuilder();
      try {
        CanonicalWriter.inline(type, value, json);
      } catch (IOException e) {
        throw new AssertionError("a StringBuilder does not fail", e);
      }
      g.writeRawValue(json.toString());
    }
  }

  /** Writes a whole register document. */
  private static final class DocumentSerializer<T> extends ValueSerializer<T> {
    private final java.util.function.Function<T, RegisterContents> contents;

    DocumentSerializer(java.util.function.Function<T, RegisterContents> contents) {
      this.contents = contents;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      StringBuilder json = new StringBuilder();
      try {
        CanonicalWriter.document(contents.apply(value), json);
      } catch (IOException e) {
        throw new AssertionError("a StringBuilder does not fail", e);
      }
      g.writeRawValue(json.toString().stripTrailing());
    }
  }

  /** Reads a record with the register format's own reader: same checks, same messages. */
  private static final class RecordDeserializer<R> extends ValueDeserializer<R> {
    private final RecordType<R> type;

    RecordDeserializer(RecordType<R> type) {
      this.type = type;
    }

    @Override
    public R deserialize(JsonParser parser, DeserializationContext context) {
      JsonReading reading = new JsonReading(parser, RegisterJson.Options.defaults().maxProblems());
      R record = null;
      try {
        record = new RecordReader<>(reading, type, null, "").read();
      } catch (ProblemList.Stop e) {
        // The list says reading stopped.
      }
      if (!reading.problems.isEmpty() || record == null) {
        throw context.weirdStringException(
            "",
            type.javaType(),
            new RegisterFormatException(reading.problems.sorted()).getMessage());
      }
      return record;
    }
  }
}
