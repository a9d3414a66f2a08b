package org.oversight.register.vendor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Normalises vendor names so that spellings of one name compare equal: case, accents, punctuation,
 * spacing, text in brackets ({@code "Hikvision (UK)"}, {@code "(formerly ...)"}), and trailing
 * legal suffixes ({@code Co., Ltd., Inc., GmbH, plc}, ...) are ignored, and joined or split words
 * are the same ({@code "Hik Vision"}, {@code "HikVision"}, {@code "Hik-Vision"}). A name that is
 * only brackets keeps their text, so that it never normalises to nothing.
 *
 * <p>{@code "Hangzhou Hikvision Digital Technology Co., Ltd."} normalises to {@code
 * "hangzhouhikvisiondigitaltechnology"}; the directory's aliases map that to the group.
 *
 * <p><b>Placeholders.</b> Text that registers use to say "we do not know" is not a name: {@link
 * #isPlaceholder(String)} is true for a name with no letters or digits ({@code "-"}, {@code "?"})
 * and for these, compared after normalisation (so {@code "N/A"}, {@code "n.a."} and {@code "NA"}
 * are one): unknown, unk, not known, n/k, nk, n/a, na, not applicable, none, nil, null, tbc, tba,
 * tbd, to be confirmed, to be advised, to be determined, not recorded, not stated, not specified,
 * unspecified, not available, no data, unbranded, generic, various, other, x, xx, xxx. The vendor
 * directory treats a placeholder manufacturer or brand as not recorded.
 *
 * <p><b>Scripts.</b> {@link #scripts(String)} and {@link #isMixedScript(String)} tell a name
 * written in one script from one that mixes, say, Latin and Cyrillic letters ({@code "Нikvision"}
 * with a Cyrillic {@code Н}); Han with Hiragana, Katakana, Hangul or Bopomofo counts as one, as in
 * Unicode TR39.
 */
public final class VendorNames {
  /** Normalised texts that stand for "not known"; see the class comment. */
  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "unknown",
          "unk",
          "notknown",
          "nk",
          "na",
          "notapplicable",
          "none",
          "nil",
          "null",
          "tbc",
          "tba",
          "tbd",
          "tobeconfirmed",
          "tobeadvised",
          "tobedetermined",
          "notrecorded",
          "notstated",
          "notspecified",
          "unspecified",
          "notavailable",
          "nodata",
          "unbranded",
          "generic",
          "various",
          "other",
          "x",
          "xx",
          "xxx");

  private static final Set<Character.UnicodeScript> IGNORED_SCRIPTS =
      EnumSet.of(
          Character.UnicodeScript.COMMON,
          Character.UnicodeScript.INHERITED,
          Character.UnicodeScript.UNKNOWN);

  private static final Set<Character.UnicodeScript> HAN_WITH =
      EnumSet.of(
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA,
          Character.UnicodeScript.HANGUL,
          Character.UnicodeScript.BOPOMOFO);

  private static final Set<String> LEGAL_SUFFIXES =
      Set.of(
          "co",
          "company",
          "corp",
          "corporation",
          "inc",
          "incorporated",
          "ltd",
          "limited",
          "llc",
          "lp",
          "llp",
          "plc",
          "gmbh",
          "ag",
          "sa",
          "sas",
          "sarl",
          "spa",
          "srl",
          "bv",
          "nv",
          "oy",
          "ab",
          "as",
          "aps",
          "kk",
          "pty",
          "pte",
          "sdn",
          "bhd",
          "kg",
          "mbh",
          "se",
          "ltda",
          "sl",
          "sau",
          "asa",
          "oyj",
          "ulc",
          "pvt",
          "kft");

  private VendorNames() {}

  /**
   * Returns whether a recorded name is a placeholder for "not known" rather than a name: it has no
   * letters or digits, or it normalises to one of the placeholders listed in the class comment.
   *
   * @param name a recorded manufacturer or brand
   * @return true for {@code "Unknown"}, {@code "N/A"}, {@code "-"}, {@code "TBC"}, {@code "not
   *     known"}, {@code "?"} and the rest of the list
   */
  public static boolean isPlaceholder(String name) {
    String key = normalise(name);
    return key.isEmpty() || PLACEHOLDERS.contains(key);
  }

  /**
   * Returns the scripts of a name's letters and digits, ignoring those common to all scripts
   * (digits, punctuation), in alphabetical order of their Unicode names.
   *
   * @param name a name
   * @return the script names, for example {@code [CYRILLIC, LATIN]}; never null
   */
  public static List<String> scripts(String name) {
    Set<String> names = new TreeSet<>();
    for (Character.UnicodeScript script : scriptSet(name)) {
      names.add(script.name());
    }
    return List.copyOf(names);
  }

  /**
   * Returns whether a name mixes scripts, such as Latin and Cyrillic letters: the mark of a
   * look-alike spelling. Han with Hiragana, Katakana, Hangul or Bopomofo is one script here.
   *
   * @param name a name
   * @return true when its letters come from more than one script
   */
  public static boolean isMixedScript(String name) {
    Set<Character.UnicodeScript> scripts = scriptSet(name);
    return scripts.size() > 1 && !HAN_WITH.containsAll(scripts);
  }

  private static Set<Character.UnicodeScript> scriptSet(String name) {
    Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
    name.codePoints()
        .filter(Character::isLetterOrDigit)
        .mapToObj(Character.UnicodeScript::of)
        .filter(s -> !IGNORED_SCRIPTS.contains(s))
        .forEach(scripts::add);
    return scripts;
  }

  /**
   * Returns a name as it can safely be quoted in an explanation or a report: control and formatting
   * characters (line breaks, bidirectional overrides) are always written as Java-style Unicode
   * escapes (a backslash, {@code u} and four hex digits), and so is every non-ASCII character of a
   * name that {@linkplain #isMixedScript mixes scripts}, so that a reader sees the escape for the
   * Cyrillic letter in a look-alike "Hikvision" rather than a perfect look-alike.
   *
   * @param name a name
   * @return the text to show, never null
   */
  public static String display(String name) {
    boolean mixed = isMixedScript(name);
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              boolean hidden =
                  Character.isISOControl(c)
                      || type == Character.FORMAT
                      || type == Character.LINE_SEPARATOR
                      || type == Character.PARAGRAPH_SEPARATOR;
              if (hidden || (mixed && c > 0x7F)) {
                if (Character.isBmpCodePoint(c)) {
                  out.append(String.format(Locale.ROOT, "\\u%04X", c));
                } else {
                  out.append(String.format(Locale.ROOT, "\\U%08X", c));
                }
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * Describes the characters of a name that Unicode TR39 counts as look-alikes of other characters,
   * for a report: {@code U+0131 LATIN SMALL LETTER DOTLESS I}. Non-ASCII characters are described;
   * when there are none, the digits are (a zero written for an {@code O}).
   *
   * @param name a name
   * @return the characters, comma-separated, or the empty string if there are none
   */
  public static String lookAlikeCharacters(String name) {
    Set<String> described = new java.util.LinkedHashSet<>();
    name.codePoints()
        .filter(c -> c > 0x7F && Character.isLetterOrDigit(c))
        .filter(LookAlikes::folds)
        .forEach(c -> described.add(describe(c)));
    if (described.isEmpty()) {
      name.codePoints().filter(c -> c >= '0' && c <= '9').forEach(c -> described.add(describe(c)));
    }
    return String.join(", ", described);
  }

  private static String describe(int c) {
    return String.format(Locale.ROOT, "U+%04X %s", c, String.valueOf(Character.getName(c)));
  }

  /**
   * Describes the characters of a mixed-script name that are not in its main script, for a report:
   * {@code U+041D CYRILLIC CAPITAL LETTER EN}.
   *
   * @param name a name
   * @return the characters, comma-separated, or the empty string if it is not mixed
   */
  public static String foreignCharacters(String name) {
    if (!isMixedScript(name)) {
      return "";
    }
    java.util.Map<Character.UnicodeScript, Integer> counts =
        new java.util.EnumMap<>(Character.UnicodeScript.class);
    name.codePoints()
        .filter(Character::isLetterOrDigit)
        .mapToObj(Character.UnicodeScript::of)
        .filter(s -> !IGNORED_SCRIPTS.contains(s))
        .forEach(s -> counts.merge(s, 1, Integer::sum));
    Character.UnicodeScript main =
        counts.entrySet().stream()
            .max(java.util.Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey();
    Set<String> described = new java.util.LinkedHashSet<>();
    name.codePoints()
        .filter(Character::isLetterOrDigit)
        .filter(
            c -> {
              Character.UnicodeScript s = Character.UnicodeScript.of(c);
              return !IGNORED_SCRIPTS.contains(s) && s != main;
            })
        .forEach(
            c ->
                described.add(
                    String.format(
                        Locale.ROOT, "U+%04X %s", c, String.valueOf(Character.getName(c)))));
    return String.join(", ", described);
  }

  /**
   * Returns the normalised form of a name: lower-case letters and digits only, legal suffixes
   * removed.
   *
   * @param name a vendor name
   * @return the key, never null; empty if the name has no letters or digits
   */
  public static String normalise(String name) {
    String unbracketed = withoutBrackets(name);
    String key = words(unbracketed.isBlank() ? name : unbracketed);
    return key.isEmpty() ? words(name) : key;
  }

  // Brackets hold qualifiers ("(UK)", "(formerly Samsung Techwin)", "[Hong Kong]") that say which
  // office or which history, not which maker.
  private static String withoutBrackets(String name) {
    StringBuilder out = new StringBuilder(name.length());
    int depth = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
        out.append(' ');
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
        out.append(' ');
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String words(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      // Letters and digits (non-Latin ones too) build words; accents ("Société" is "societe"),
      // full stops and apostrophes ("Co." is "co") vanish; anything else separates words.
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c == '&') {
        flush(words, word);
        words.add("and");
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '.' && c != '\'') {
        flush(words, word);
      }
    }
    flush(words, word);
    while (words.size() > 1 && LEGAL_SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join("", words);
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
