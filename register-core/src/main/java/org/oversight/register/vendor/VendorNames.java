package org.oversight.register.vendor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises vendor names so that spellings of one name compare equal: case, accents, punctuation,
 * spacing, text in brackets ({@code "Hikvision (UK)"}, {@code "(formerly ...)"}), and trailing
 * legal suffixes ({@code Co., Ltd., Inc., GmbH, plc}, ...) are ignored, and joined or split words
 * are the same ({@code "Hik Vision"}, {@code "HikVision"}, {@code "Hik-Vision"}). A name that is
 * only brackets keeps their text, so that it never normalises to nothing.
 *
 * <p>{@code "Hangzhou Hikvision Digital Technology Co., Ltd."} normalises to {@code
 * "hangzhouhikvisiondigitaltechnology"}; the directory's aliases map that to the group.
 */
public final class VendorNames {
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
