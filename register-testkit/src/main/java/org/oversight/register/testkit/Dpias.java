package org.oversight.register.testkit;

import java.time.LocalDate;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.ResidualRisk;

/**
 * Valid Data Protection Impact Assessments in one line: builders with valid defaults.
 *
 * <pre>{@code
 * Dpia dpia = Dpias.approved("DPIA-7").title("Public space CCTV").build();
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call returns a new builder.
 */
public final class Dpias {
  /** The completion date of an approved DPIA built here, unless changed: 2019-02-11. */
  public static final LocalDate DEFAULT_COMPLETED_ON = LocalDate.of(2019, 2, 11);

  private Dpias() {}

  /**
   * Returns a builder for an approved DPIA, version 1.0, completed on {@link
   * #DEFAULT_COMPLETED_ON}, due for review three years later, with low residual risk.
   *
   * @param id the DPIA's id
   * @return a builder of a valid DPIA, never null
   */
  public static Dpia.Builder approved(String id) {
    return Dpia.builder(id, "Public space CCTV", DpiaStatus.APPROVED)
        .version("1.0")
        .completedOn(DEFAULT_COMPLETED_ON)
        .reviewDue(DEFAULT_COMPLETED_ON.plusYears(3))
        .owner("Data Protection Officer")
        .residualRisk(ResidualRisk.LOW);
  }

  /**
   * Returns a builder for a draft DPIA: not yet completed, so without a completion date.
   *
   * @param id the DPIA's id
   * @return a builder of a valid DPIA, never null
   */
  public static Dpia.Builder draft(String id) {
    return Dpia.builder(id, "Draft assessment", DpiaStatus.DRAFT).version("0.1");
  }
}
