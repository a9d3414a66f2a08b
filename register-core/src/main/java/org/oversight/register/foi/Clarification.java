package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;

/**
 * Further information the organisation reasonably needs to identify and locate what is asked for
 * (FOIA s1(3), FOISA s1(3)): what was asked of the requester and when, and when the answer came.
 * Until it comes, the organisation need not comply, and the letter asks for it; when it comes, the
 * 20 working days start again from that day (FOIA s10(6), FOISA s10(1)(b)).
 *
 * <p>Immutable and thread-safe.
 *
 * @param soughtOn the day the organisation asked for the further information
 * @param sought what it asked for, in the officer's words
 * @param receivedOn the day the further information was received; null while it is awaited
 */
public record Clarification(LocalDate soughtOn, String sought, @Nullable LocalDate receivedOn) {

  /** The day it was asked for. */
  public static final Field<Clarification, LocalDate> SOUGHT_ON =
      Field.required("soughtOn", new ValueType.Day(), Clarification::soughtOn).label("sought on");

  /** What was asked for. */
  public static final Field<Clarification, String> SOUGHT =
      Field.required("sought", ValueType.text(4000), Clarification::sought);

  /** The day the answer came. */
  public static final Field<Clarification, LocalDate> RECEIVED_ON =
      Field.optional("receivedOn", new ValueType.Day(), Clarification::receivedOn)
          .label("received on");

  /** The description of a clarification. */
  public static final RecordType<Clarification> TYPE =
      RecordType.builder("clarification", Clarification.class)
          .fields(SOUGHT_ON, SOUGHT, RECEIVED_ON)
          .constructor(
              v -> new Clarification(v.require(SOUGHT_ON), v.require(SOUGHT), v.get(RECEIVED_ON)))
          .build();

  /**
   * Creates a value.
   *
   * @param soughtOn the day it was asked for
   * @param sought what was asked for
   * @param receivedOn the day the answer came, or null
   * @throws InvalidFoiRequestException if the answer came before it was asked for, or on a day no
   *     due date can be computed for
   */
  public Clarification {
    requireNonNull(soughtOn, "soughtOn");
    requireNonNull(sought, "sought");
    if (receivedOn != null && receivedOn.isBefore(soughtOn)) {
      throw new InvalidFoiRequestException(
          List.of(
              Problem.at(
                  "/receivedOn",
                  null,
                  "must not be before soughtOn (" + soughtOn + "), was " + receivedOn)));
    }
    if (receivedOn != null && !Regime.isSupportedReceiptDate(receivedOn)) {
      throw new InvalidFoiRequestException(
          List.of(Problem.at("/receivedOn", null, Regime.unsupportedReceiptDate(receivedOn))));
    }
  }

  /**
   * Returns whether the further information is still awaited.
   *
   * @return true while it has not been received
   */
  public boolean isAwaited() {
    return receivedOn == null;
  }
}
