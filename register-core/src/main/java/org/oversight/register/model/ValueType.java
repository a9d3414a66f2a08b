package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The type of a {@link Field}'s value: what Java type holds it, which rules it follows, and how it
 * reads as plain text. One record per kind, so that code working from a {@link RecordType} (the
 * JSON reader and writer, the JSON Schema, table columns, generators) can handle every kind.
 *
 * <p>Messages never quote free text, money or coordinates: a value that may be covert or personal
 * is described ("is 612 characters, at most 500"), never repeated. Codes, dates, identifiers and
 * whole numbers may be quoted.
 *
 * <p>Every implementation is immutable and thread-safe.
 *
 * @param <V> the Java type of the values
 */
public sealed interface ValueType<V>
    permits ValueType.Text,
        ValueType.Identifier,
        ValueType.Day,
        ValueType.Flag,
        ValueType.WholeNumber,
        ValueType.Amount,
        ValueType.CurrencyCode,
        ValueType.Choice,
        ValueType.Choices,
        ValueType.WebAddress,
        ValueType.EmailAddress,
        ValueType.Degrees,
        ValueType.Capabilities,
        ValueType.IdList,
        ValueType.Nested,
        ValueType.RecordList {

  /**
   * Returns whether a value breaks none of this type's rules. Allocates nothing for a valid value.
   *
   * @param value the value
   * @return true when valid
   */
  boolean isValid(V value);

  /**
   * Reports each rule a value breaks, at a JSON pointer relative to the value ({@code ""} for the
   * value itself, {@code "/2"} for its third element).
   *
   * @param value the value
   * @param report takes a relative pointer and a one-line message
   */
  void check(V value, BiConsumer<String, String> report);

  /**
   * Returns the value as plain text for a table or a CSV cell: codes as they are written, dates
   * ISO, lists separated by {@code ;}. Not escaped: a printer escapes it.
   *
   * @param value the value
   * @return the text, never null
   */
  String text(V value);

  /**
   * Returns whether values of this type are free text a person wrote, which a message describes and
   * never quotes.
   *
   * @return true for {@link Text}, {@link WebAddress} and {@link EmailAddress}
   */
  default boolean isFreeText() {
    return false;
  }

  // ------------------------------------------------------------------ factories

  /**
   * Text with no length limit beyond the reader's.
   *
   * @return the type, never null
   */
  static Text text() {
    return Text.UNBOUNDED;
  }

  /**
   * Text of at most {@code maxLength} characters.
   *
   * @param maxLength the most characters allowed, at least 1
   * @return the type, never null
   */
  static Text text(int maxLength) {
    return new Text(maxLength, false);
  }

  /**
   * The earliest date any date field may hold.
   *
   * @return 1 January of the year 1
   */
  static LocalDate earliestDate() {
    return Day.EARLIEST;
  }

  /**
   * The latest date any date field may hold.
   *
   * @return 31 December 9999
   */
  static LocalDate latestDate() {
    return Day.LATEST;
  }

  // ------------------------------------------------------------------ kinds

  /**
   * Text a person wrote: not blank, no leading or trailing white space (so that {@code "Hikvision
   * "} cannot quietly become a second vendor), at most {@code maxLength} characters.
   *
   * @param maxLength the most characters allowed
   * @param repeats whether the same values recur across records (manufacturers, sites), a hint to
   *     readers that share equal strings
   */
  record Text(int maxLength, boolean repeats) implements ValueType<String> {
    static final Text UNBOUNDED = new Text(Integer.MAX_VALUE, false);

    /**
     * Creates a value.
     *
     * @param maxLength the most characters allowed, at least 1
     * @param repeats whether values recur across records
     * @throws IllegalArgumentException if {@code maxLength} is less than 1
     */
    public Text {
      if (maxLength < 1) {
        throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
      }
    }

    /**
     * Returns the same type, marked as holding values that recur across records.
     *
     * @return the type, never null
     */
    public Text repeating() {
      return new Text(maxLength, true);
    }

    /**
     * Returns whether the text has a length limit of its own.
     *
     * @return true when {@link #maxLength()} is set
     */
    public boolean isBounded() {
      return maxLength != Integer.MAX_VALUE;
    }

    @Override
    public boolean isValid(String value) {
      return problem(value) == null;
    }

    @Override
    public void check(String value, BiConsumer<String, String> report) {
      String problem = problem(value);
      if (problem != null) {
        report.accept("", problem);
      }
    }

    /**
     * Returns what is wrong with a text, or null; never repeats the text.
     *
     * @param value the text
     * @return a message, or null when valid
     */
    public @Nullable String problem(String value) {
      int length = value.length();
      if (length == 0 || value.isBlank()) {
        return "must not be blank";
      }
      if (isSpace(value.charAt(0))) {
        return "must not start with white space";
      }
      if (isSpace(value.charAt(length - 1))) {
        return "must not end with white space";
      }
      if (length > maxLength) {
        return "is " + length + " characters, at most " + maxLength;
      }
      return null;
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    @Override
    public String text(String value) {
      return value;
    }

    @Override
    public boolean isFreeText() {
      return true;
    }
  }

  /**
   * An identifier: 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}.
   *
   * @param <V> the Java type holding it
   * @param from makes a value from its text
   * @param to gives a value's text
   */
  record Identifier<V>(Function<String, V> from, Function<V, String> to) implements ValueType<V> {
    /** The longest identifier. */
    public static final int MAX_LENGTH = 64;

    /** Identifiers held as strings. */
    public static final Identifier<String> STRING = new Identifier<>(s -> s, s -> s);

    /**
     * Creates a value.
     *
     * @param from makes a value from its text
     * @param to gives a value's text
     */
    public Identifier {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }

    /**
     * Returns whether a text is an identifier.
     *
     * @param text the text
     * @return true when it is 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}
     */
    public static boolean isIdentifier(String text) {
      int length = text.length();
      if (length == 0 || length > MAX_LENGTH) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (!isIdentifierChar(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private static boolean isIdentifierChar(char c) {
      return (c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '_'
          || c == ':'
          || c == '-';
    }

    /**
     * Returns what is wrong with an identifier's text, or null. The text is not repeated: a
     * malformed identifier may be free text typed in the wrong place.
     *
     * @param text the text
     * @return a message, or null when valid
     */
    public static @Nullable String problem(String text) {
      if (isIdentifier(text)) {
        return null;
      }
      String rule = ": use 1 to 64 characters of A-Z a-z 0-9 . _ : -";
      if (text.isEmpty()) {
        return "is not an identifier (it is empty)" + rule;
      }
      if (text.length() > MAX_LENGTH) {
        return "is not an identifier (it is " + text.length() + " characters)" + rule;
      }
      int at = 0;
      while (isIdentifierChar(text.charAt(at))) {
        at++;
      }
      return "is not an identifier (character " + (at + 1) + " is not allowed)" + rule;
    }

    @Override
    public boolean isValid(V value) {
      return isIdentifier(to.apply(value));
    }

    @Override
    public void check(V value, BiConsumer<String, String> report) {
      String problem = problem(to.apply(value));
      if (problem != null) {
        report.accept("", problem);
      }
    }

    @Override
    public String text(V value) {
      return to.apply(value);
    }
  }

  /** A calendar date, ISO {@code yyyy-MM-dd}, from 1 January 1 to 31 December 9999. */
  record Day() implements ValueType<LocalDate> {
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    static final Day INSTANCE = new Day();

    @Override
    public boolean isValid(LocalDate value) {
      return !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
    }

    @Override
    public void check(LocalDate value, BiConsumer<String, String> report) {
      if (!isValid(value)) {
        report.accept("", "must be in the years 1 to 9999");
      }
    }

    @Override
    public String text(LocalDate value) {
      return value.toString();
    }
  }

  /** True or false. */
  record Flag() implements ValueType<Boolean> {
    static final Flag INSTANCE = new Flag();

    @Override
    public boolean isValid(Boolean value) {
      return true;
    }

    @Override
    public void check(Boolean value, BiConsumer<String, String> report) {}

    @Override
    public String text(Boolean value) {
      return value.toString();
    }
  }

  /**
   * A whole number from {@code min} to {@code max}.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   */
  record WholeNumber(int min, int max) implements ValueType<Integer> {
    /**
     * Creates a value.
     *
     * @param min the smallest value allowed
     * @param max the largest value allowed, not less than {@code min}
     * @throws IllegalArgumentException if {@code max} is less than {@code min}
     */
    public WholeNumber {
      if (max < min) {
        throw new IllegalArgumentException("max must not be less than min");
      }
    }

    @Override
    public boolean isValid(Integer value) {
      return value >= min && value <= max;
    }

    @Override
    public void check(Integer value, BiConsumer<String, String> report) {
      if (value < min) {
        report.accept("", "must be at least " + min + ", was " + value);
      } else if (value > max) {
        report.accept("", "must be at most " + max + ", was " + value);
      }
    }

    @Override
    public String text(Integer value) {
      return value.toString();
    }
  }

  /**
   * An exact, non-negative amount of money: at most 18 digits before the point and 6 after it.
   * Never quoted in a message.
   */
  record Amount() implements ValueType<BigDecimal> {
    /** Digits an amount may have before its decimal point. */
    public static final int MAX_INTEGER_DIGITS = 18;

    /** Digits an amount may have after its decimal point. */
    public static final int MAX_SCALE = 6;

    static final Amount INSTANCE = new Amount();

    @Override
    public boolean isValid(BigDecimal value) {
      return problem(value) == null;
    }

    @Override
    public void check(BigDecimal value, BiConsumer<String, String> report) {
      String problem = problem(value);
      if (problem != null) {
        report.accept("", problem);
      }
    }

    /**
     * Returns what is wrong with an amount, or null; never repeats the amount.
     *
     * @param value the amount
     * @return a message, or null when valid
     */
    public static @Nullable String problem(BigDecimal value) {
      if (value.signum() < 0) {
        return "must not be negative";
      }
      if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_SCALE) {
        return "must have at most "
            + MAX_INTEGER_DIGITS
            + " digits before the point and "
            + MAX_SCALE
            + " after it";
      }
      return null;
    }

    @Override
    public String text(BigDecimal value) {
      return value.toPlainString();
    }
  }

  /** An ISO 4217 currency code such as {@code GBP}. */
  record CurrencyCode() implements ValueType<Currency> {
    static final CurrencyCode INSTANCE = new CurrencyCode();

    @Override
    public boolean isValid(Currency value) {
      return true;
    }

    @Override
    public void check(Currency value, BiConsumer<String, String> report) {}

    @Override
    public String text(Currency value) {
      return value.getCurrencyCode();
    }
  }

  /**
   * One of the constants of an enum, written by name.
   *
   * @param <E> the enum
   * @param type the enum's class
   */
  record Choice<E extends Enum<E>>(Class<E> type) implements ValueType<E> {
    /**
     * Creates a value.
     *
     * @param type the enum's class
     */
    public Choice {
      requireNonNull(type, "type");
    }

    /**
     * Returns the constants' names for a message, such as {@code OVERT, COVERT}.
     *
     * @return the names, comma separated
     */
    public String names() {
      return Arrays.stream(type.getEnumConstants())
          .map(Enum::name)
          .collect(Collectors.joining(", "));
    }

    @Override
    public boolean isValid(E value) {
      return true;
    }

    @Override
    public void check(E value, BiConsumer<String, String> report) {}

    @Override
    public String text(E value) {
      return value.name();
    }
  }

  /**
   * A set of constants of one enum, written as an array of names with no repeats: the categories an
   * FOI question asks about. Held in the enum's order.
   *
   * @param <E> the enum
   * @param type the enum's class
   */
  record Choices<E extends Enum<E>>(Class<E> type) implements ValueType<Set<E>> {
    /**
     * Creates a value.
     *
     * @param type the enum's class
     */
    public Choices {
      requireNonNull(type, "type");
    }

    /**
     * Returns the constants' names for a message, such as {@code OVERT, COVERT}.
     *
     * @return the names, comma separated
     */
    public String names() {
      return new Choice<>(type).names();
    }

    @Override
    public boolean isValid(Set<E> value) {
      return true;
    }

    @Override
    public void check(Set<E> value, BiConsumer<String, String> report) {}

    @Override
    public String text(Set<E> value) {
      return value.stream().map(Enum::name).collect(Collectors.joining(";"));
    }
  }

  /** An absolute {@code http} or {@code https} URI with a host. */
  record WebAddress() implements ValueType<String> {
    static final WebAddress INSTANCE = new WebAddress();

    /**
     * Returns whether a text is an absolute http or https URI with a host.
     *
     * @param value the text
     * @return true when it is
     */
    public static boolean isWebAddress(String value) {
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme();
        if (scheme == null || uri.getHost() == null) {
          return false;
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        return lower.equals("http") || lower.equals("https");
      } catch (URISyntaxException e) {
        return false;
      }
    }

    @Override
    public boolean isValid(String value) {
      return isWebAddress(value);
    }

    @Override
    public void check(String value, BiConsumer<String, String> report) {
      if (!isValid(value)) {
        report.accept("", "is not an absolute http or https URI");
      }
    }

    @Override
    public String text(String value) {
      return value;
    }

    @Override
    public boolean isFreeText() {
      return true;
    }
  }

  /** An e-mail address: one {@code @} with text on both sides, no white space, at most 254. */
  record EmailAddress() implements ValueType<String> {
    static final EmailAddress INSTANCE = new EmailAddress();

    private static final int MAX_LENGTH = 254;

    @Override
    public boolean isValid(String value) {
      int at = value.indexOf('@');
      if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1) {
        return false;
      }
      if (value.length() > MAX_LENGTH || value.indexOf('.', at) < 0) {
        return false;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x7f) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void check(String value, BiConsumer<String, String> report) {
      if (!isValid(value)) {
        report.accept("", "is not an e-mail address such as foi@example.gov.uk");
      }
    }

    @Override
    public String text(String value) {
      return value;
    }

    @Override
    public boolean isFreeText() {
      return true;
    }
  }

  /**
   * WGS84 decimal degrees from {@code -limit} to {@code limit}, at most 7 decimal places (about a
   * centimetre). Never quoted in a message: a camera's position may be sensitive.
   *
   * @param limit 90 for a latitude, 180 for a longitude
   */
  record Degrees(int limit) implements ValueType<BigDecimal> {
    /** The most decimal places a coordinate may have. */
    public static final int MAX_SCALE = 7;

    @Override
    public boolean isValid(BigDecimal value) {
      return problem(value) == null;
    }

    @Override
    public void check(BigDecimal value, BiConsumer<String, String> report) {
      String problem = problem(value);
      if (problem != null) {
        report.accept("", problem);
      }
    }

    /**
     * Returns what is wrong with a coordinate, or null; never repeats it.
     *
     * @param value the coordinate
     * @return a message, or null when valid
     */
    public @Nullable String problem(BigDecimal value) {
      if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
        return "must be between -" + limit + " and " + limit + " degrees";
      }
      if (value.stripTrailingZeros().scale() > MAX_SCALE) {
        return "must have at most " + MAX_SCALE + " decimal places";
      }
      return null;
    }

    @Override
    public String text(BigDecimal value) {
      return value.toPlainString();
    }
  }

  /**
   * A set of capability codes, standard or custom ({@code X-} followed by upper-case letters,
   * digits and hyphens), at most {@code max} of them.
   *
   * @param max the most codes one record may list
   */
  record Capabilities(int max) implements ValueType<SortedSet<Capability>> {
    /** The most capabilities an asset may list: far more than any product has. */
    public static final int DEFAULT_MAX = 256;

    static final Capabilities INSTANCE = new Capabilities(DEFAULT_MAX);

    @Override
    public boolean isValid(SortedSet<Capability> value) {
      if (value.size() > max) {
        return false;
      }
      for (Capability capability : value) {
        if (!capability.isStandard() && !Capability.isValidCode(capability.code())) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void check(SortedSet<Capability> value, BiConsumer<String, String> report) {
      if (value.size() > max) {
        report.accept("", "lists " + value.size() + " capabilities, at most " + max);
      }
      int i = 0;
      for (Capability capability : value) {
        if (!capability.isStandard() && !Capability.isValidCode(capability.code())) {
          report.accept("/" + i, codeProblem(capability.code()));
        }
        i++;
      }
    }

    /**
     * The message for a text that is not a capability code. Quotes the code only when it has the
     * characters of one, so that free text typed into the list is not repeated.
     *
     * @param code the text
     * @return the message, never null
     */
    public static String codeProblem(String code) {
      String rule =
          " is not a capability code: use a standard code or X- followed by upper-case letters,"
              + " digits and hyphens";
      boolean codeLike = code.length() <= 64 && !code.isEmpty();
      for (int i = 0; codeLike && i < code.length(); i++) {
        char c = code.charAt(i);
        codeLike =
            (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_';
      }
      return (codeLike ? '"' + code + '"' : "the text") + rule;
    }

    @Override
    public String text(SortedSet<Capability> value) {
      return value.stream().map(Capability::code).collect(Collectors.joining(";"));
    }
  }

  /**
   * A list of distinct identifiers, each naming a record of another list of the register.
   *
   * @param target the name of the register's list the identifiers refer to ({@code "dpias"})
   * @param targetLabel the referred record's name in a message ({@code "DPIA"})
   * @param max the most identifiers one record may list
   */
  record IdList(String target, String targetLabel, int max) implements ValueType<List<String>> {
    /** The most identifiers one list may hold. */
    public static final int DEFAULT_MAX = 1024;

    /**
     * Creates a value.
     *
     * @param target the name of the list referred to
     * @param targetLabel the referred record's name in a message
     * @param max the most identifiers one record may list
     */
    public IdList {
      requireNonNull(target, "target");
      requireNonNull(targetLabel, "targetLabel");
    }

    @Override
    public boolean isValid(List<String> value) {
      int size = value.size();
      if (size > max) {
        return false;
      }
      for (int i = 0; i < size; i++) {
        if (!Identifier.isIdentifier(value.get(i))) {
          return false;
        }
      }
      if (size > 16) {
        return new HashSet<>(value).size() == size;
      }
      // Few ids per record: a scan beats a set.
      for (int i = 1; i < size; i++) {
        for (int j = 0; j < i; j++) {
          if (value.get(j).equals(value.get(i))) {
            return false;
          }
        }
      }
      return true;
    }

    @Override
    public void check(List<String> value, BiConsumer<String, String> report) {
      if (value.size() > max) {
        report.accept("", "lists " + value.size() + " identifiers, at most " + max);
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < value.size(); i++) {
        String id = value.get(i);
        String problem = Identifier.problem(id);
        if (problem != null) {
          report.accept("/" + i, problem);
        } else if (!seen.add(id)) {
          report.accept("/" + i, '"' + id + "\" is listed twice");
        }
      }
    }

    @Override
    public String text(List<String> value) {
      return String.join(";", value);
    }
  }

  /**
   * A record inside a record, such as a contract's value or an asset's location.
   *
   * @param <R> the nested record's Java type
   * @param type the nested record's description
   */
  record Nested<R>(RecordType<R> type) implements ValueType<R> {
    /**
     * Creates a value.
     *
     * @param type the nested record's description
     */
    public Nested {
      requireNonNull(type, "type");
    }

    @Override
    public boolean isValid(R value) {
      return type.isValid(value);
    }

    @Override
    public void check(R value, BiConsumer<String, String> report) {
      type.check(value, report);
    }

    @Override
    public String text(R value) {
      return type.text(value);
    }
  }

  /**
   * A list of records of one type, unique by their identifier field: the assets, DPIAs and
   * contracts of a register.
   *
   * @param <R> the records' Java type
   * @param type the records' description
   */
  record RecordList<R>(RecordType<R> type) implements ValueType<List<R>> {
    /**
     * Creates a value.
     *
     * @param type the records' description
     */
    public RecordList {
      requireNonNull(type, "type");
    }

    @Override
    public boolean isValid(List<R> value) {
      for (R record : value) {
        if (!type.isValid(record)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void check(List<R> value, BiConsumer<String, String> report) {
      for (int i = 0; i < value.size(); i++) {
        String prefix = "/" + i;
        type.check(value.get(i), (pointer, message) -> report.accept(prefix + pointer, message));
      }
    }

    @Override
    public String text(List<R> value) {
      return value.size() + " " + type.name() + (value.size() == 1 ? "" : "s");
    }
  }
}
