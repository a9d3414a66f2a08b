package org.oversight.register.json;

import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Capability;

/** The format's value rules that the reader checks itself. */
final class Checks {
  /** Digits an amount may have before its decimal point. */
  static final int MAX_AMOUNT_INTEGER_DIGITS = 18;

  /** Digits an amount may have after its decimal point. */
  static final int MAX_AMOUNT_SCALE = 6;

  private static final String CUSTOM_PREFIX = "X-";

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

  /** A value the reader has already checked is present. */
  static <T> T notNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a required value is missing after reading");
    }
    return value;
  }

  /** A standard capability code, or {@code X-} followed by upper-case letters, digits, hyphens. */
  static boolean isCapabilityCode(String code) {
    if (Capability.standardOf(code).isPresent()) {
      return true;
    }
    if (!code.startsWith(CUSTOM_PREFIX) || code.length() == CUSTOM_PREFIX.length()) {
      return false;
    }
    for (int i = CUSTOM_PREFIX.length(); i < code.length(); i++) {
      char c = code.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

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

  /** The constants' names for a message: {@code OVERT, COVERT}. */
  static <E extends Enum<E>> String enumNames(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
