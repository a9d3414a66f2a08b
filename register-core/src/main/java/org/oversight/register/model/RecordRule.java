package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A rule that spans fields of one record, such as "an asset is owned or operated or both". Reported
 * on one field, with a message that may quote codes and dates but never free text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record's Java type
 * @param field the name of the field the problem is reported on; empty for the record itself
 * @param holds whether a record keeps the rule; only called on records whose fields are valid
 * @param message what is wrong with a record that breaks the rule, one line
 * @param description the rule in words, for the JSON Schema's description
 */
public record RecordRule<R>(
    String field, Predicate<R> holds, Function<R, String> message, String description) {

  /**
   * Creates a value.
   *
   * @param field the name of the field the problem is reported on
   * @param holds whether a record keeps the rule
   * @param message what is wrong with a record that breaks it
   * @param description the rule in words
   */
  public RecordRule {
    requireNonNull(field, "field");
    requireNonNull(holds, "holds");
    requireNonNull(message, "message");
    requireNonNull(description, "description");
  }

  /**
   * A rule whose message does not depend on the record.
   *
   * @param <R> the record's Java type
   * @param field the field the problem is reported on
   * @param holds whether a record keeps the rule
   * @param message what is wrong, and the rule in words
   * @return the rule, never null
   */
  public static <R> RecordRule<R> of(String field, Predicate<R> holds, String message) {
    return new RecordRule<>(field, holds, r -> message, field + ": " + message);
  }
}
