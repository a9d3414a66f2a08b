package org.oversight.register.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Money;

/**
 * How the report writes values: numbers, dates, codes in plain English, links. Fixed formats and
 * fixed locale data, so the same value always gives the same text.
 */
final class Format {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** Codes whose words are not their name split at underscores. */
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry(AssetCategory.PTZ_CAMERA.name(), "Pan-tilt-zoom camera"),
          Map.entry(AssetCategory.ANPR_CAMERA.name(), "Number plate recognition (ANPR) camera"),
          Map.entry(AssetCategory.BODY_WORN_CAMERA.name(), "Body-worn camera"),
          Map.entry(AssetCategory.OTHER.name(), "Other equipment"),
          Map.entry("CONCERN", "Names vendors of concern (not a legal restriction)"),
          Map.entry("RESTRICTION", "Legal or policy restriction"),
          Map.entry("US", "United States"),
          Map.entry("UK", "United Kingdom"));

  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+");

  private Format() {}

  /** A whole number with thousands separated by commas: {@code 2,500}. */
  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A count and its noun, singular for one: {@code 1 unit}, {@code 2,500 units}. */
  static String count(long n, String one, String many) {
    return number(n) + " " + (n == 1 ? one : many);
  }

  /** A noun for a count: {@code unit} for one, else {@code units}. */
  static String noun(long n, String one, String many) {
    return n == 1 ? one : many;
  }

  /** A date as people write it in the UK: {@code 6 September 2021}. */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /**
   * A part of a whole as a whole percentage, rounded down, never 100% unless it is all and never 0%
   * unless it is none.
   */
  static String percent(long part, long whole) {
    if (whole <= 0) {
      return "no units";
    }
    long p = part * 100 / whole;
    if (part > 0 && p == 0) {
      return "less than 1%";
    }
    if (part < whole && p == 100) {
      p = 99;
    }
    return p + "%";
  }

  /** A code in plain English: {@code FIXED_CAMERA} is "Fixed camera". */
  static String words(String code) {
    String known = WORDS.get(code);
    if (known != null) {
      return known;
    }
    String lower = code.toLowerCase(Locale.ROOT).replace('_', ' ');
    return capitalise(lower);
  }

  /** An enum constant in plain English. */
  static String words(Enum<?> code) {
    return words(code.name());
  }

  /** Text with its first letter upper case. */
  static String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(text, Character.charCount(first), text.length())
        .toString();
  }

  /** An amount of money: {@code £125,000.00}, or {@code 125,000.00 EUR} in another currency. */
  static String money(Money money) {
    int digits = Math.max(0, money.currency().getDefaultFractionDigits());
    BigDecimal amount = money.amount().setScale(Math.max(digits, money.amount().scale()));
    String text = String.format(Locale.ROOT, "%,." + amount.scale() + "f", amount);
    if (money.currency().getCurrencyCode().equals("GBP")) {
      return text.startsWith("-") ? "-£" + text.substring(1) : "£" + text;
    }
    return text + " " + money.currency().getCurrencyCode();
  }

  /** Degrees with at most seven decimals, as recorded. */
  static String degrees(BigDecimal degrees) {
    return degrees
        .setScale(Math.min(7, Math.max(0, degrees.scale())), RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  /** Text cut to at most {@code max} characters (whole code points), with an ellipsis if cut. */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end).stripTrailing() + "\u2026";
  }

  /**
   * The address a link may point to: an absolute {@code https} or {@code http} URI with a host, as
   * recorded; anything else ({@code javascript:}, {@code data:}, relative, unparsable) is no link.
   */
  static @Nullable String webHref(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return null;
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("https") || lower.equals("http") ? url : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The {@code mailto:} address of a plain e-mail address, or no link for anything else. */
  static @Nullable String mailHref(@Nullable String email) {
    return email != null && EMAIL.matcher(email).matches() ? "mailto:" + email : null;
  }

  /**
   * Text safe to put in an HTML document once escaped: control characters (but tab and line feed),
   * Unicode bidirectional overrides and isolates, lone surrogates and noncharacters become U+FFFD,
   * so that register text can neither break the document's validity nor reorder the text around it.
   */
  static String safeText(String text) {
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (!isSafe(cp)) {
        if (out == null) {
          out = new StringBuilder(length).append(text, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isSafe(int cp) {
    if (cp == '\t' || cp == '\n') {
      return true;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return false;
    }
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      return false;
    }
    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
      return false;
    }
    return !((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE);
  }
}
