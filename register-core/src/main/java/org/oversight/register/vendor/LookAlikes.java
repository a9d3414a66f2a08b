package org.oversight.register.vendor;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.oversight.register.internal.refdata.ReferenceLines;
import org.oversight.register.internal.refdata.ShippedData;

/**
 * Look-alike folding of vendor names by Unicode TR39 skeletons, from the table shipped as {@value
 * #RESOURCE} (generated from ICU4J; see the file's header). The table is read the first time a name
 * is not found as written, never at start-up.
 *
 * <p>TR39 skeletons are case-sensitive ({@code I} and {@code l} share one), while vendor keys are
 * lower case. A name therefore has two look-alike keys: the skeleton of its key, which folds
 * lower-case look-alikes (Cyrillic {@code а}, dotless {@code ı}), and the skeleton of its key in
 * upper case, which folds capitals (Cyrillic {@code Н}, Greek {@code Η}, the digit {@code 0} for
 * {@code O}). Two names look alike when either key is equal. An all-ASCII name is folded with the
 * table's four ASCII records alone, so that registers naming only ASCII vendors never read it.
 */
final class LookAlikes {
  static final String RESOURCE = "confusables-v1.txt";
  static final String FORMAT = "oversight-confusables/1";

  /**
   * The table's records for ASCII characters (the digits zero and one, capital I, small m), so that
   * an ASCII name, the common case, is folded without reading the table; a test holds this to the
   * table.
   */
  static final Map<Integer, String> ASCII =
      Map.of((int) '0', "O", (int) '1', "l", (int) 'I', "l", (int) 'm', "rn");

  private LookAlikes() {}

  /** The table, read on first use. */
  private static final class Table {
    static final Map<Integer, String> SKELETONS =
        ShippedData.load(LookAlikes.class, RESOURCE, FORMAT, LookAlikes::parse).data();

    private Table() {}
  }

  static Map<Integer, String> parse(ReferenceLines lines) {
    Map<Integer, String> map = new HashMap<>();
    for (ReferenceLines.Line line : lines.lines()) {
      if (!line.kind().equals("map") || line.fields().size() != 3) {
        lines.problem(line.number(), "expected map | CHARACTER | SKELETON");
        continue;
      }
      try {
        int from = Integer.parseInt(line.field(1), 16);
        StringBuilder to = new StringBuilder();
        // An empty skeleton removes the character (default-ignorable letters such as U+034F).
        if (!line.field(2).isEmpty()) {
          for (String hex : com.google.common.base.Splitter.on(' ').split(line.field(2))) {
            to.appendCodePoint(Integer.parseInt(hex, 16));
          }
        }
        if (map.put(from, to.toString()) != null) {
          lines.problem(line.number(), "character " + line.field(1) + " is mapped twice");
        }
      } catch (IllegalArgumentException e) {
        lines.problem(
            line.number(),
            "not hexadecimal code points: \"" + line.field(1) + "\" | \"" + line.field(2) + "\"");
      }
    }
    return Map.copyOf(map);
  }

  /** The skeleton of a key as written (lower case): folds lower-case look-alikes. */
  static String lowerKey(String key) {
    return skeleton(key);
  }

  /** The skeleton of a key in upper case: folds capital look-alikes. */
  static String upperKey(String key) {
    return skeleton(key.toUpperCase(Locale.ROOT));
  }

  /** Whether a character folds to another one: its skeleton is not the character itself. */
  static boolean folds(int c) {
    String text = new String(Character.toChars(c));
    return !skeleton(text).equals(withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFKD)));
  }

  /** TR39 skeleton of NFKD text, with combining marks removed as vendor keys remove them. */
  static String skeleton(String text) {
    if (text.chars().allMatch(c -> c < 0x80)) {
      StringBuilder out = new StringBuilder(text.length() + 4);
      text.chars().forEach(c -> out.append(ASCII.getOrDefault(c, String.valueOf((char) c))));
      return out.toString();
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder mapped = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .forEach(
            c -> {
              String to = Table.SKELETONS.get(c);
              if (to == null) {
                mapped.appendCodePoint(c);
              } else {
                mapped.append(to);
              }
            });
    return withoutMarks(Normalizer.normalize(mapped, Normalizer.Form.NFD));
  }

  private static String withoutMarks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> !isMark(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
