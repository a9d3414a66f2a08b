package org.oversight.register.vendor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises vendor names so that spellings of one name compare equal: case, accents, punctuation,
 * spacing, and trailing legal suffixes ({@code Co., Ltd., Inc., GmbH, plc}, ...) are ignored, and
 * joined or split words are the same ({@code "Hik Vision"}, {@code "HikVision"}).
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
          "se");

  private VendorNames() {}

  /**
   * Returns the normalised form of a name: lower-case letters and digits only, legal suffixes
   * removed.
   *
   * @param name a vendor name
   * @return the key, never null; empty if the name has no letters or digits
   */
  public static String normalise(String name) {
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
