package org.oversight.register.compliance;

import org.jspecify.annotations.Nullable;

/**
 * What a compliance finding is about, with its severity and the Surveillance Camera Code principle
 * an overt finding of this kind concerns.
 */
public enum FindingCode {
  /**
   * An advanced asset in service has no DPIA that is approved (or approved and under review): UK
   * GDPR Art 35 and DPA 2018 s64 require one before high-risk processing.
   */
  ADVANCED_WITHOUT_APPROVED_DPIA(Severity.ERROR, CodePrinciple.PRIVACY),
  /** An asset is in service while a DPIA for it is still in draft: processing began first. */
  DPIA_DRAFT_IN_SERVICE(Severity.WARNING, CodePrinciple.RULES_BEFORE_USE),
  /** An approved DPIA covering assets in service is past its review date. */
  DPIA_REVIEW_OVERDUE(Severity.WARNING, CodePrinciple.PRIVACY),
  /**
   * Every contract of an asset in service has ended: nobody may be bound to support or patch it.
   */
  CONTRACT_ENDED_IN_SERVICE(Severity.WARNING, CodePrinciple.SECURITY),
  /** An asset in service or planned falls under a restriction list. */
  RESTRICTED_VENDOR(Severity.WARNING, CodePrinciple.SECURITY),
  /**
   * An asset in service or planned has neither manufacturer nor brand: no vendor question can be
   * answered for it, and the register cannot be audited or reported on as to vendors.
   */
  UNKNOWN_MANUFACTURER(Severity.WARNING, CodePrinciple.REVIEW_AND_AUDIT),
  /**
   * An asset in service or planned has a placeholder ("Unknown", "N/A", "TBC", ...; see {@link
   * org.oversight.register.vendor.VendorNames#isPlaceholder}) recorded as its manufacturer or
   * brand: it is treated as not recorded, and the record should say what is known or be left empty.
   */
  PLACEHOLDER_VENDOR_NAME(Severity.WARNING, CodePrinciple.REVIEW_AND_AUDIT),
  /**
   * An asset in service or planned has a manufacturer or brand written with mixed scripts (a
   * Cyrillic {@code Н} among Latin letters), or recognised only by reading look-alike characters as
   * the letters they imitate (a dotless {@code ı}, a zero for an {@code O}): a spelling that hides
   * the vendor from a reader, whether or not the directory still recognises it.
   */
  LOOK_ALIKE_VENDOR_NAME(Severity.WARNING, CodePrinciple.REVIEW_AND_AUDIT),
  /**
   * A covert asset in service has no authorisation reference recorded (RIPA 2000 Part II or IPA
   * 2016). The Code does not cover covert use, so this names no principle.
   */
  COVERT_WITHOUT_AUTHORISATION(Severity.ERROR, null);

  private final Severity severity;
  private final @Nullable CodePrinciple principle;

  FindingCode(Severity severity, @Nullable CodePrinciple principle) {
    this.severity = severity;
    this.principle = principle;
  }

  /**
   * Returns the severity of findings of this kind.
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the Code principle an overt finding of this kind concerns.
   *
   * @return the principle, or null for {@link #COVERT_WITHOUT_AUTHORISATION}
   */
  public @Nullable CodePrinciple principle() {
    return principle;
  }
}
