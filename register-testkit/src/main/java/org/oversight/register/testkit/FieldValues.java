package org.oversight.register.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.model.Values;

/**
 * Valid values for any field, from its description alone: what the generators put in a field they
 * have no realistic rule for, so that a field added to a description appears in generated data
 * without touching the generators. Draws from the caller's source of randomness in a fixed order.
 */
final class FieldValues {
  private static final List<String> WORDS =
      List.of("North", "Quay", "Market", "Station", "Park", "Civic", "Harbour", "Ring road");
  private static final int TRIES = 8;

  private FieldValues() {}

  /**
   * Fills, about half the time each, the optional fields of a record that the caller does not
   * handle itself; a nested record is filled whole and kept only if valid.
   */
  static <R> void fillOthers(
      RecordType<R> type, Values<R> values, Set<Field<R, ?>> handled, RandomGenerator random) {
    for (Field<R, ?> field : type.fields()) {
      if (!handled.contains(field) && !field.isRequired() && random.nextBoolean()) {
        fill(field, values, random);
      }
    }
  }

  private static <R, V> void fill(Field<R, V> field, Values<R> values, RandomGenerator random) {
    V value = value(field.type(), field.name(), random);
    if (value != null) {
      values.set(field, value);
    }
  }

  /** A valid record of a type, every required field and about half the optional ones set. */
  static <R> @Nullable R record(RecordType<R> type, RandomGenerator random) {
    for (int attempt = 0; attempt < TRIES; attempt++) {
      Values<R> values = type.newValues();
      for (Field<R, ?> field : type.fields()) {
        if (field.isRequired() || random.nextBoolean()) {
          fill(field, values, random);
        }
      }
      try {
        R record = values.build();
        if (type.isValid(record)) {
          return record;
        }
      } catch (IllegalStateException | IllegalArgumentException incomplete) {
        // A required field of a kind this class cannot fill: try again, or give up.
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked") // each branch makes the Java type of its value type
  static <V> @Nullable V value(ValueType<V> type, String name, RandomGenerator random) {
    Object value;
    if (type instanceof ValueType.Text text) {
      String word = WORDS.get(random.nextInt(WORDS.size())) + " " + (1 + random.nextInt(40));
      value = word.length() <= text.maxLength() ? word : word.substring(0, text.maxLength());
    } else if (type instanceof ValueType.Identifier<?> identifier) {
      value =
          identifier
              .from()
              .apply(name.toUpperCase(java.util.Locale.ROOT) + "-" + random.nextInt(1000));
    } else if (type instanceof ValueType.Day) {
      value = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(10 * 365));
    } else if (type instanceof ValueType.Flag) {
      value = random.nextBoolean();
    } else if (type instanceof ValueType.WholeNumber number) {
      int span = Math.max(1, Math.min(100, number.max() - number.min()));
      value = number.min() + random.nextInt(span);
    } else if (type instanceof ValueType.Amount) {
      value = BigDecimal.valueOf(100_000L + random.nextLong(10_000_000L), 2);
    } else if (type instanceof ValueType.CurrencyCode) {
      value = Currency.getInstance("GBP");
    } else if (type instanceof ValueType.Choice<?> choice) {
      Object[] constants = choice.type().getEnumConstants();
      value = constants[random.nextInt(constants.length)];
    } else if (type instanceof ValueType.Choices<?> choices) {
      java.util.Set<Object> some = new java.util.LinkedHashSet<>();
      for (Object constant : choices.type().getEnumConstants()) {
        if (random.nextInt(4) == 0) {
          some.add(constant);
        }
      }
      value = some;
    } else if (type instanceof ValueType.WebAddress) {
      value = "https://example.org/" + name + "/" + random.nextInt(1000);
    } else if (type instanceof ValueType.EmailAddress) {
      value = name + random.nextInt(100) + "@example.org";
    } else if (type instanceof ValueType.Degrees degrees) {
      value = degrees(degrees, random);
    } else if (type instanceof ValueType.Capabilities) {
      List<Capability> some = new ArrayList<>();
      for (Capability capability : Capability.standardValues()) {
        if (random.nextInt(8) == 0) {
          some.add(capability);
        }
      }
      value = new java.util.TreeSet<>(some);
    } else if (type instanceof ValueType.IdList) {
      value = List.of(); // references need records to refer to: the caller's business
    } else if (type instanceof ValueType.Nested<?> nested) {
      value = record(nested.type(), random);
    } else {
      value = null; // lists of records: the caller's business
    }
    return (V) value;
  }

  /** A coordinate within Great Britain and Northern Ireland, to 7 decimal places. */
  static BigDecimal degrees(ValueType.Degrees degrees, RandomGenerator random) {
    // Latitude 49.9 to 58.6, longitude -8.2 to 1.7: the UK's bounding box, in ten-millionths.
    long e7 =
        degrees.limit() == 90
            ? 499_000_000L + random.nextLong(87_000_000L)
            : -82_000_000L + random.nextLong(99_000_000L);
    return BigDecimal.valueOf(e7, ValueType.Degrees.MAX_SCALE).stripTrailingZeros();
  }
}
