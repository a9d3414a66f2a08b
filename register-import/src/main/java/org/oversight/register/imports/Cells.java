package org.oversight.register.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Capability;
import org.oversight.register.model.ValueType;

/**
 * Reads the text of a spreadsheet cell as a value of a field's {@link ValueType}, the way people
 * write it: white space trimmed and collapsed, "Y"/"Yes"/"TRUE" for true, dates as {@code
 * yyyy-MM-dd}, {@code dd/MM/yyyy} or spreadsheet serial numbers, coordinates rounded to 7 decimal
 * places, codes in any case with spaces for underscores, lists split on the mapping's separator.
 * Every value is then checked by its type's own rules, the same as in a register file.
 *
 * <p>A message never repeats free text, a position or money: a value that may be covert is
 * described. Codes, dates and whole numbers that look like what they should be are quoted.
 * Stateless.
 */
final class Cells {
  /** Characters that make a spreadsheet read a formula; an exporter puts an apostrophe before. */
  static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  private static final Pattern QUOTABLE = Pattern.compile("[A-Za-z0-9._:/+-]{1,40}");
  private static final Pattern WHOLE =
      Pattern.compile("[+-]?[0-9]{1,3}(,[0-9]{3})*(\\.0+)?|[+-]?[0-9]+(\\.0+)?");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?");
  private static final Pattern AMOUNT =
      Pattern.compile("[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?|[0-9]+(\\.[0-9]+)?");
  private static final Pattern UK_DATE =
      Pattern.compile("([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})( 0?0:00(:00)?)?");
  private static final Pattern ISO_DATE =
      Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})([ T]00:00(:00)?)?");
  private static final Pattern SERIAL = Pattern.compile("[0-9]{5,7}(\\.0+)?");

  /** Day 0 of the spreadsheet date system (1900, with its leap-year bug: serials from 61 on). */
  private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

  private Cells() {}

  /**
   * A cell's text as a value: leading and trailing white space removed, every run of white space
   * (tabs, line breaks, no-break spaces) made one space, and the apostrophe an exporter puts before
   * a formula character ({@code '=}, {@code '-}) taken off.
   *
   * @return the text, empty when the cell is blank
   */
  static String clean(@Nullable String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    int length = raw.length();
    boolean plain = true;
    for (int i = 0; i < length && plain; i++) {
      char c = raw.charAt(i);
      if (isWhite(c)) {
        plain = c == ' ' && i > 0 && i < length - 1 && raw.charAt(i - 1) != ' ';
      }
    }
    String text;
    if (plain) {
      text = raw;
    } else {
      StringBuilder out = new StringBuilder(length);
      boolean pending = false;
      for (int i = 0; i < length; i++) {
        char c = raw.charAt(i);
        if (isWhite(c)) {
          pending = out.length() > 0;
        } else {
          if (pending) {
            out.append(' ');
            pending = false;
          }
          out.append(c);
        }
      }
      text = out.toString();
    }
    if (text.length() > 1
        && text.charAt(0) == '\''
        && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
      text = text.substring(1);
    }
    return text;
  }

  private static boolean isWhite(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /**
   * A cell's text for a message: quoted when it has the shape of a code, an identifier, a date or a
   * number (no spaces, at most 40 characters); otherwise described, since it may be free text.
   */
  static String quote(String text) {
    return QUOTABLE.matcher(text).matches()
        ? '"' + text + '"'
        : "the text (" + text.length() + (text.length() == 1 ? " character)" : " characters)");
  }

  /**
   * Reads a cleaned, non-blank text as a value of a type, looking it up first in the mapping's
   * values for the field.
   *
   * @param type the field's type
   * @param text the cell's text, cleaned, not empty
   * @param separator the separator of list values
   * @param values the mapping's values for the field, by {@link #key} of the cell text; may be
   *     empty
   * @param problem takes what is wrong; the value is then null
   * @return the value, or null when the text is not one (reported)
   */
  static @Nullable Object read(
      ValueType<?> type,
      String text,
      String separator,
      Map<String, Object> values,
      Consumer<String> problem) {
    Object mapped = values.isEmpty() ? null : values.get(key(text));
    if (mapped != null) {
      return mapped;
    }
    if (type instanceof ValueType.Capabilities || type instanceof ValueType.IdList) {
      return list(type, text, separator, values, problem);
    }
    Object value = scalar(type, text, problem);
    if (value != null) {
      String broken = firstProblem(type, value);
      if (broken != null) {
        problem.accept(broken);
        return null;
      }
    }
    return value;
  }

  /** The key a cell's text is looked up by in the mapping's values: cleaned, lower case. */
  static String key(String text) {
    return clean(text).toLowerCase(Locale.ROOT);
  }

  @SuppressWarnings("unchecked") // the value was made for this type
  private static <V> @Nullable String firstProblem(ValueType<V> type, Object value) {
    V typed = (V) value;
    if (type.isValid(typed)) {
      return null;
    }
    String[] first = new String[1];
    type.check(
        typed,
        (pointer, message) -> {
          if (first[0] == null) {
            first[0] = message;
          }
        });
    return first[0];
  }

  private static @Nullable Object list(
      ValueType<?> type,
      String text,
      String separator,
      Map<String, Object> values,
      Consumer<String> problem) {
    boolean capabilities = type instanceof ValueType.Capabilities;
    Set<Object> elements = capabilities ? new TreeSet<>() : new LinkedHashSet<>();
    boolean bad = false;
    for (String part : split(text, separator)) {
      String element = clean(part);
      if (element.isEmpty()) {
        continue;
      }
      Object mapped = values.isEmpty() ? null : values.get(key(element));
      if (mapped instanceof java.util.Collection<?> many) {
        elements.addAll(many);
        continue;
      }
      if (capabilities) {
        String code = code(element);
        if (!Capability.isValidCode(code)) {
          problem.accept(
              ValueType.Capabilities.codeProblem(element) + " (or add it to the mapping's values)");
          bad = true;
        } else {
          elements.add(Capability.of(code));
        }
      } else {
        String idProblem = ValueType.Identifier.problem(element);
        if (idProblem != null) {
          problem.accept(idProblem);
          bad = true;
        } else {
          elements.add(element);
        }
      }
    }
    if (bad) {
      return null;
    }
    Object value;
    if (capabilities) {
      TreeSet<Capability> codes = new TreeSet<>();
      for (Object element : elements) {
        codes.add((Capability) element);
      }
      value = codes;
    } else {
      List<String> ids = new ArrayList<>();
      for (Object element : elements) {
        ids.add(element.toString());
      }
      value = List.copyOf(ids);
    }
    String broken = firstProblem(type, value);
    if (broken != null) {
      problem.accept(broken);
      return null;
    }
    return value;
  }

  /** Splits on a separator, keeping empty parts (dropped by the caller). */
  static List<String> split(String text, String separator) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = text.indexOf(separator, from);
      if (at < 0) {
        parts.add(text.substring(from));
        return parts;
      }
      parts.add(text.substring(from, at));
      from = at + separator.length();
    }
  }

  /** A code as people type it ({@code "Fixed camera"}, {@code "ptz-camera"}) as the code. */
  static String code(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c == ' ' ? '_' : Character.toUpperCase(c));
    }
    String code = out.toString();
    // Custom capabilities are X- then upper-case letters, digits and hyphens: keep their hyphens.
    return code.startsWith(Capability.CUSTOM_PREFIX)
        ? code.replace('_', '-')
        : code.replace('-', '_');
  }

  private static @Nullable Object scalar(ValueType<?> type, String text, Consumer<String> problem) {
    if (type instanceof ValueType.Text
        || type instanceof ValueType.WebAddress
        || type instanceof ValueType.EmailAddress) {
      return text;
    } else if (type instanceof ValueType.Identifier<?> identifier) {
      String idProblem = ValueType.Identifier.problem(text);
      if (idProblem != null) {
        problem.accept(idProblem);
        return null;
      }
      return identifier.from().apply(text);
    } else if (type instanceof ValueType.Day) {
      return day(text, problem);
    } else if (type instanceof ValueType.Flag) {
      return flag(text, problem);
    } else if (type instanceof ValueType.WholeNumber) {
      return whole(text, problem);
    } else if (type instanceof ValueType.Amount) {
      String plain = text.startsWith("£") ? text.substring(1).strip() : text;
      if (!AMOUNT.matcher(plain).matches()) {
        // Never the text: an amount is commercially sensitive.
        problem.accept("is not an amount such as 125000.00");
        return null;
      }
      BigDecimal amount = new BigDecimal(plain.replace(",", ""));
      return amount;
    } else if (type instanceof ValueType.CurrencyCode) {
      try {
        return Currency.getInstance(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problem.accept(quote(text) + " is not an ISO 4217 currency code");
        return null;
      }
    } else if (type instanceof ValueType.Choice<?> choice) {
      return choice(choice, text, problem);
    } else if (type instanceof ValueType.Degrees) {
      return degrees(text, problem);
    }
    throw new IllegalArgumentException("a cell cannot hold a value of " + type);
  }

  private static <E extends Enum<E>> @Nullable E choice(
      ValueType.Choice<E> choice, String text, Consumer<String> problem) {
    String code = code(text);
    for (E constant : choice.type().getEnumConstants()) {
      if (constant.name().equals(code)) {
        return constant;
      }
    }
    problem.accept(
        quote(text) + " is not one of " + choice.names() + " (or add it to the mapping's values)");
    return null;
  }

  private static @Nullable Boolean flag(String text, Consumer<String> problem) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> {
        return Boolean.TRUE;
      }
      case "false", "no", "n", "0" -> {
        return Boolean.FALSE;
      }
      default -> {
        problem.accept(
            quote(text)
                + " is not yes or no (true/false, yes/no, y/n, 1/0; or add it to the mapping's"
                + " values)");
        return null;
      }
    }
  }

  /** A decimal as people and spreadsheets write one: digits, a point, a sign, an exponent. */
  private static boolean isDecimal(String text) {
    int length = text.length();
    if (length == 0 || length > 40) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return digit && (simple(text) || DECIMAL.matcher(text).matches());
  }

  /**
   * Digits with at most one point and a leading minus: the common case, checked without a regex.
   */
  private static boolean simple(String text) {
    int points = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        points++;
      } else if (c == '-' ? i != 0 : c < '0' || c > '9') {
        return false;
      }
    }
    return points <= 1;
  }

  private static @Nullable Integer whole(String text, Consumer<String> problem) {
    if (!isPlainWhole(text) && !WHOLE.matcher(text).matches()) {
      problem.accept(quote(text) + " is not a whole number");
      return null;
    }
    String digits = text.replace(",", "");
    int point = digits.indexOf('.');
    if (point >= 0) {
      digits = digits.substring(0, point);
    }
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      problem.accept("is too large a number");
      return null;
    }
  }

  private static boolean isPlainWhole(String text) {
    int length = text.length();
    if (length == 0 || length > 10) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether a cell is blank: nothing but white space. */
  static boolean isBlank(@Nullable String raw) {
    if (raw == null) {
      return true;
    }
    for (int i = 0; i < raw.length(); i++) {
      if (!isWhite(raw.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable BigDecimal degrees(String text, Consumer<String> problem) {
    if (!isDecimal(text)) {
      // Never the text: a camera's position may be sensitive.
      problem.accept("is not a number of degrees such as 51.7356 or -2.288022");
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      problem.accept("is not a number of degrees such as 51.7356 or -2.288022");
      return null;
    }
    if (value.abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
      problem.accept("must be between -180 and 180 degrees");
      return null;
    }
    // Float noise such as -2.2880219999999998 is kept to 7 places (about a centimetre).
    BigDecimal rounded =
        value.setScale(ValueType.Degrees.MAX_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  private static @Nullable LocalDate day(String text, Consumer<String> problem) {
    java.util.regex.Matcher iso = ISO_DATE.matcher(text);
    java.util.regex.Matcher uk = UK_DATE.matcher(text);
    try {
      if (iso.matches()) {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
      if (uk.matches()) {
        return LocalDate.of(
            Integer.parseInt(uk.group(3)),
            Integer.parseInt(uk.group(2)),
            Integer.parseInt(uk.group(1)));
      }
    } catch (DateTimeException e) {
      problem.accept(quote(text) + " is not a real date (dates are read day first: dd/MM/yyyy)");
      return null;
    }
    if (SERIAL.matcher(text).matches()) {
      int point = text.indexOf('.');
      long serial = Long.parseLong(point < 0 ? text : text.substring(0, point));
      LocalDate date = SERIAL_EPOCH.plusDays(serial);
      if (!date.isAfter(ValueType.latestDate())) {
        return date;
      }
    }
    problem.accept(
        quote(text) + " is not a date: use yyyy-MM-dd, dd/MM/yyyy or a spreadsheet date");
    return null;
  }
}
