package org.oversight.register.foi;

/**
 * A field of a register record that an answer may disclose, each of which a {@link
 * DisclosurePolicy} may withhold under an exemption. Fields not listed here (an asset's notes,
 * deployment and any authorisation reference) are never part of an answer.
 */
public enum DisclosableField {
  /** An asset's description. */
  ASSET_DESCRIPTION("description"),
  /** An asset's recorded manufacturer. */
  ASSET_MANUFACTURER("manufacturer"),
  /** An asset's brand. */
  ASSET_BRAND("brand"),
  /** An asset's model. */
  ASSET_MODEL("model"),
  /** An asset's category. */
  ASSET_CATEGORY("category"),
  /** An asset's capabilities. */
  ASSET_CAPABILITIES("capabilities"),
  /** How many units an entry stands for. */
  ASSET_QUANTITY("quantity"),
  /** Whether the organisation owns or operates the asset. */
  ASSET_RELATIONSHIP("owned or operated"),
  /** An asset's first day in service. */
  ASSET_IN_SERVICE_FROM("in service from"),
  /** Where an asset is sited: withheld under s31(1)(a) by default. */
  ASSET_SITE("site"),
  /** A DPIA's title. */
  DPIA_TITLE("title"),
  /** A DPIA's version. */
  DPIA_VERSION("version"),
  /** A DPIA's status. */
  DPIA_STATUS("status"),
  /** When a DPIA was completed. */
  DPIA_COMPLETED_ON("completed on"),
  /** When a DPIA is due for review. */
  DPIA_REVIEW_DUE("review due"),
  /** Who owns a DPIA (personal data): withheld under s40(2) by default. */
  DPIA_OWNER("owner"),
  /** A DPIA's residual risk. */
  DPIA_RESIDUAL_RISK("residual risk"),
  /** Whether the ICO was consulted on a DPIA. */
  DPIA_ICO_CONSULTED("ICO consulted"),
  /** Where a DPIA document is. */
  DPIA_URL("document"),
  /** A contract's reference. */
  CONTRACT_REFERENCE("reference"),
  /** A contract's supplier. */
  CONTRACT_SUPPLIER("supplier"),
  /** A contract's title. */
  CONTRACT_TITLE("title"),
  /** When a contract starts. */
  CONTRACT_START_DATE("start date"),
  /** When a contract ends. */
  CONTRACT_END_DATE("end date"),
  /** A contract's value: withheld under s43(2) by default. */
  CONTRACT_VALUE("value"),
  /** How a contract was procured. */
  CONTRACT_PROCUREMENT_ROUTE("procurement route");

  private final String label;

  DisclosableField(String label) {
    this.label = label;
  }

  /**
   * Returns the field's name as a letter shows it, such as {@code "value"}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
