package org.oversight.register.json;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.ValueType;

/**
 * How values are written in the format: the shape of a decimal string, of a date, enum and currency
 * look-ups. The rules values must keep are the record descriptions', never copied here.
 */
final class Checks {
  private static final int MAX_AMOUNT_INTEGER_DIGITS = ValueType.Amount.MAX_INTEGER_DIGITS;
  private static final int MAX_AMOUNT_SCALE = ValueType.Amount.MAX_SCALE;

  private static final ClassValue<Map<String, Object>> ENUMS =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> byName = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
          }
          return Map.copyOf(byName);
        }
      };

  private static final Map<String, Currency> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .collect(Collectors.toUnmodifiableMap(Currency::getCurrencyCode, c -> c));

  private Checks() {}

  /** A plain decimal: 1 to 18 digits, then optionally a point and 1 to 6 digits. */
  static boolean isDecimal(String text) {
    int point = text.indexOf('.');
    String integer = point < 0 ? text : text.substring(0, point);
    if (!digits(integer, MAX_AMOUNT_INTEGER_DIGITS)) {
      return false;
    }
    return point < 0 || digits(text.substring(point + 1), MAX_AMOUNT_SCALE);
  }

  private static boolean digits(String text, int max) {
    if (text.isEmpty() || text.length() > max) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether text has the shape {@code dddd-dd-dd}, whether or not it is a real date. */
  static boolean looksLikeDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The ISO 4217 currency with the given upper-case code, or null. */
  static @Nullable Currency currency(String code) {
    return CURRENCIES.get(code);
  }

  /** The constant with exactly the given name, or null. */
  static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String name) {
    return type.cast(ENUMS.get(type).get(name));
  }
}
