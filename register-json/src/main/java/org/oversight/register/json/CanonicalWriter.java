package org.oversight.register.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Money;
import org.oversight.register.model.RegisterContents;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes the canonical document through a generator laid out by {@link CanonicalPrettyPrinter}.
 *
 * <p>Fields are written in the order of {@link Fields}; absent optional fields and empty reference
 * lists are left out; {@code quantity}, {@code owned}, {@code operated} and {@code icoConsulted}
 * are always written, because the model always has them and a reader of the file should not need to
 * know the defaults. Assets get one field per line, so that a diff names the changed field. DPIAs
 * and contracts, which are few and rarely edited, are filled to 100 columns, as in the format's own
 * example.
 */
final class CanonicalWriter {
  private static final int WIDTH = 100;
  private static final String RECORD_INDENT = "    ";
  private static final String FIELD_INDENT = "      ";

  private CanonicalWriter() {}

  static void contents(RegisterContents contents, JsonGenerator g) {
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", SchemaVersion.CURRENT.number());
    g.writeStringProperty("organisation", contents.organisation());
    g.writeStringProperty("asAt", contents.asAt().toString());
    g.writeName("assets");
    g.writeStartArray();
    for (Asset asset : contents.assets()) {
      asset(asset, g);
    }
    g.writeEndArray();
    g.writeName("dpias");
    g.writeStartArray();
    for (Dpia dpia : contents.dpias()) {
      g.writeRawValue(dpia(dpia));
    }
    g.writeEndArray();
    g.writeName("contracts");
    g.writeStartArray();
    for (Contract contract : contents.contracts()) {
      g.writeRawValue(contract(contract));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void asset(Asset a, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id().value());
    optional(g, "description", a.description());
    optional(g, "manufacturer", a.manufacturer());
    optional(g, "brand", a.brand());
    optional(g, "model", a.model());
    g.writeStringProperty("category", a.category().name());
    g.writeName("capabilities");
    g.writeStartArray();
    for (Capability capability : a.capabilities()) {
      g.writeString(capability.code());
    }
    g.writeEndArray();
    g.writeStringProperty("deployment", a.deployment().name());
    g.writeBooleanProperty("owned", a.owned());
    g.writeBooleanProperty("operated", a.operated());
    g.writeStringProperty("status", a.status().name());
    optional(g, "inServiceFrom", a.inServiceFrom());
    optional(g, "inServiceUntil", a.inServiceUntil());
    g.writeNumberProperty("quantity", a.quantity());
    optional(g, "site", a.site());
    ids(g, "dpiaIds", a.dpiaIds());
    ids(g, "contractIds", a.contractIds());
    optional(g, "authorisationRef", a.authorisationRef());
    optional(g, "notes", a.notes());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, @Nullable Object value) {
    if (value != null) {
      g.writeStringProperty(name, value.toString());
    }
  }

  private static void ids(JsonGenerator g, String name, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (String id : ids) {
      g.writeString(id);
    }
    g.writeEndArray();
  }

  /** A DPIA as the text of one filled object. */
  static String dpia(Dpia d) {
    Members m = new Members();
    m.text("id", d.id());
    m.text("title", d.title());
    m.text("version", d.version());
    m.text("status", d.status().name());
    m.date("completedOn", d.completedOn());
    m.date("reviewDue", d.reviewDue());
    m.text("owner", d.owner());
    m.text("residualRisk", d.residualRisk() == null ? null : d.residualRisk().name());
    m.raw("icoConsulted", Boolean.toString(d.icoConsulted()));
    m.text("url", d.url());
    return m.filled();
  }

  /** A contract as the text of one filled object. */
  static String contract(Contract c) {
    Members m = new Members();
    m.text("id", c.id());
    m.text("reference", c.reference());
    m.text("supplier", c.supplier());
    m.text("title", c.title());
    m.date("startDate", c.startDate());
    m.date("endDate", c.endDate());
    Money value = c.value();
    if (value != null) {
      m.raw("value", money(value));
    }
    m.text("procurementRoute", c.procurementRoute());
    m.text("publishedUrl", c.publishedUrl());
    return m.filled();
  }

  /** Money on one line; the amount as a plain decimal string, so that no precision is lost. */
  static String money(Money value) {
    return "{\"amount\": "
        + quote(value.amount().toPlainString())
        + ", \"currency\": "
        + quote(value.currency().getCurrencyCode())
        + "}";
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    JsonStringEncoder.getInstance().quoteAsString(text, out);
    return out.append('"').toString();
  }

  /** The members of one filled object. */
  private static final class Members {
    private final List<String> members = new ArrayList<>();

    void text(String name, @Nullable String value) {
      if (value != null) {
        raw(name, quote(value));
      }
    }

    void date(String name, @Nullable LocalDate value) {
      if (value != null) {
        raw(name, quote(value.toString()));
      }
    }

    void raw(String name, String json) {
      members.add(quote(name) + ": " + json);
    }

    /** Members separated by ", ", a new line before one that would pass column 100. */
    String filled() {
      StringBuilder out = new StringBuilder("{\n").append(FIELD_INDENT);
      int lineLength = FIELD_INDENT.length();
      for (int i = 0; i < members.size(); i++) {
        String member = members.get(i);
        boolean last = i == members.size() - 1;
        if (i > 0) {
          int widthIfHere = lineLength + 2 + member.length() + (last ? 0 : 1);
          if (widthIfHere <= WIDTH) {
            out.append(", ");
            lineLength += 2;
          } else {
            out.append(",\n").append(FIELD_INDENT);
            lineLength = FIELD_INDENT.length();
          }
        }
        out.append(member);
        lineLength += member.length();
      }
      return out.append('\n').append(RECORD_INDENT).append('}').toString();
    }
  }
}
