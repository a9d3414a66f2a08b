package org.oversight.register.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fields of each object of the format, version 1, in the order the writer writes them. */
final class Fields {
  static final List<String> TOP_ORDER =
      List.of("schemaVersion", "organisation", "asAt", "assets", "dpias", "contracts");
  static final List<String> TOP_REQUIRED =
      List.of("schemaVersion", "organisation", "asAt", "assets");

  static final List<String> ASSET_ORDER =
      List.of(
          "id",
          "description",
          "manufacturer",
          "brand",
          "model",
          "category",
          "capabilities",
          "deployment",
          "owned",
          "operated",
          "status",
          "inServiceFrom",
          "inServiceUntil",
          "quantity",
          "site",
          "dpiaIds",
          "contractIds",
          "authorisationRef",
          "notes");
  static final List<String> ASSET_REQUIRED =
      List.of("id", "category", "capabilities", "deployment", "owned", "operated", "status");

  static final List<String> DPIA_ORDER =
      List.of(
          "id",
          "title",
          "version",
          "status",
          "completedOn",
          "reviewDue",
          "owner",
          "residualRisk",
          "icoConsulted",
          "url");
  static final List<String> DPIA_REQUIRED = List.of("id", "title", "status");

  static final List<String> CONTRACT_ORDER =
      List.of(
          "id",
          "reference",
          "supplier",
          "title",
          "startDate",
          "endDate",
          "value",
          "procurementRoute",
          "publishedUrl");
  static final List<String> CONTRACT_REQUIRED = List.of("id", "supplier");

  static final List<String> MONEY_ORDER = List.of("amount", "currency");
  static final List<String> MONEY_REQUIRED = MONEY_ORDER;

  static final Map<String, Integer> TOP = ordinals(TOP_ORDER);
  static final Map<String, Integer> ASSET = ordinals(ASSET_ORDER);
  static final Map<String, Integer> DPIA = ordinals(DPIA_ORDER);
  static final Map<String, Integer> CONTRACT = ordinals(CONTRACT_ORDER);
  static final Map<String, Integer> MONEY = ordinals(MONEY_ORDER);

  private Fields() {}

  private static Map<String, Integer> ordinals(List<String> names) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      map.put(names.get(i), i);
    }
    return Map.copyOf(map);
  }
}
