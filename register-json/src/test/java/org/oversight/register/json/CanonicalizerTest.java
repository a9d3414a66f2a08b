package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Capability;

/**
 * The sharing tables stay fast for any input: strings chosen so that {@link String#hashCode()}
 * collides ("Aa" and "BB" blocks) cost no more probes than ordinary ones. Counted, not timed.
 */
class CanonicalizerTest {
  /** 2^12 distinct strings of 24 characters, all with the same {@code String.hashCode()}. */
  private static final List<String> COLLIDING = colliding(12);

  @Test
  void theCollidingStringsReallyCollideUnderStringHashCode() {
    assertThat(COLLIDING).hasSize(4096).doesNotHaveDuplicates();
    Set<Integer> hashes = COLLIDING.stream().map(String::hashCode).collect(Collectors.toSet());
    assertThat(hashes).hasSize(1);
  }

  @Test
  void collidingStringsCostAFewProbesEachAndAreShared() {
    Canonicalizer canon = new Canonicalizer();

    for (String s : COLLIDING) {
      canon.string(s.toCharArray(), 0, s.length());
    }
    long lookups = 2L * COLLIDING.size();
    List<String> again = new ArrayList<>();
    for (String s : COLLIDING) {
      again.add(canon.string(("x" + s).toCharArray(), 1, s.length()));
    }

    assertThat(canon.probes()).as("slots examined for %d lookups", lookups).isLessThan(4 * lookups);
    for (int i = 0; i < again.size(); i++) {
      assertThat(again.get(i)).isEqualTo(COLLIDING.get(i));
    }
    long shared = again.stream().filter(s -> isShared(canon, s)).count();
    assertThat(shared).as("almost every value is shared").isGreaterThan(COLLIDING.size() * 9L / 10);
  }

  @Test
  void collidingIdListsCostAFewProbesEach() {
    Canonicalizer canon = new Canonicalizer();

    for (int round = 0; round < 2; round++) {
      for (String s : COLLIDING) {
        assertThat(canon.ids(new String[] {s}, 1)).containsExactly(s);
      }
    }

    long lookups = 2L * COLLIDING.size();
    assertThat(canon.probes()).as("slots examined for %d lookups", lookups).isLessThan(4 * lookups);
  }

  @Test
  void aLookupNeverExaminesMoreThanAFewSlots() {
    Canonicalizer canon = new Canonicalizer();
    long before = 0;
    long longest = 0;
    for (String s : COLLIDING) {
      canon.string(s.toCharArray(), 0, s.length());
      longest = Math.max(longest, canon.probes() - before);
      before = canon.probes();
    }

    assertThat(longest).isLessThanOrEqualTo(Canonicalizer.MAX_PROBES);
  }

  @Test
  void datesAreStillCheckedStrictlyAndShared() {
    Canonicalizer canon = new Canonicalizer();

    assertThat(canon.date("2021-02-29".toCharArray(), 0, 10)).isNull();
    assertThat(canon.date("2024-02-29".toCharArray(), 0, 10)).hasToString("2024-02-29");
    assertThat(canon.date("2024-02-29".toCharArray(), 0, 10))
        .isSameAs(canon.date("2024-02-29".toCharArray(), 0, 10));
  }

  @Test
  void aLookupInAnEmptyPoolExaminesOneSlotAndTheSecondFindsTheValueThere() {
    Canonicalizer canon = new Canonicalizer();
    char[] chars = "xxabcxx".toCharArray();

    String first = canon.string(chars, 2, 3);
    long afterFirst = canon.probes();
    String second = canon.string("abc".toCharArray(), 0, 3);

    assertThat(first).isEqualTo("abc");
    assertThat(second).isSameAs(first);
    assertThat(List.of(afterFirst, canon.probes())).containsExactly(1L, 2L);
  }

  @Test
  void eachPoolCountsTheSlotsItExamines() {
    Canonicalizer dates = new Canonicalizer();
    dates.date("2024-03-01".toCharArray(), 0, 10);
    long oneDate = dates.probes();
    dates.date("2024-03-01".toCharArray(), 0, 10);

    Canonicalizer ids = new Canonicalizer();
    ids.ids(new String[] {"A", "B"}, 2);
    long oneList = ids.probes();
    ids.ids(new String[] {"A", "B"}, 2);

    Canonicalizer capabilities = new Canonicalizer();
    capabilities.capabilities(new String[] {"RECORDING", "LIVE_VIEW"}, 2);
    long oneSet = capabilities.probes();
    capabilities.capabilities(new String[] {"RECORDING", "LIVE_VIEW"}, 2);

    // A new set is looked up in document order and then by its sorted codes; a known one once.
    assertThat(
            List.of(oneDate, dates.probes(), oneList, ids.probes(), oneSet, capabilities.probes()))
        .containsExactly(1L, 2L, 1L, 2L, 2L, 3L);
  }

  @Test
  void manyStringsStayFindableAsTheTableGrows() {
    Canonicalizer canon = new Canonicalizer();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String s = "value-" + i;
      values.add(canon.string(s.toCharArray(), 0, s.length()));
    }
    long inserting = canon.probes();

    long shared = values.stream().filter(s -> isShared(canon, s)).count();

    assertThat(shared).as("shared after growing").isGreaterThanOrEqualTo(2850);
    assertThat(inserting).as("slots examined for 3000 new strings").isLessThan(3 * 3000);
    assertThat(canon.probes() - inserting).as("for 3000 known ones").isLessThan(2 * 3000);
  }

  @Test
  void theStringPoolStopsGrowingAtItsLimit() {
    Canonicalizer canon = new Canonicalizer();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < Canonicalizer.LIMIT + 5000; i++) {
      String s = Integer.toString(i, 36);
      values.add(canon.string(s.toCharArray(), 0, s.length()));
    }

    long shared = values.stream().filter(s -> isShared(canon, s)).count();

    assertThat(shared).isEqualTo(Canonicalizer.LIMIT);
  }

  @Test
  @SuppressWarnings("ReferenceEquality") // sharing is about identity
  void everyDateIsReadAsItselfAndManyStayShared() {
    Canonicalizer canon = new Canonicalizer();
    List<LocalDate> expected = new ArrayList<>();
    List<LocalDate> read = new ArrayList<>();
    for (LocalDate day = LocalDate.of(1999, 12, 1); day.getYear() < 2006; day = day.plusDays(1)) {
      expected.add(day);
      read.add(date(canon, day.toString()));
    }
    for (int year : new int[] {0, 1, 999, 2099, 9999}) {
      LocalDate day = LocalDate.of(year, 6, 15);
      expected.add(day);
      read.add(date(canon, day.toString()));
    }
    long inserting = canon.probes();

    long shared =
        read.stream().filter(d -> d == date(canon, d.toString())).count(); // identity on purpose

    assertThat(read).isEqualTo(expected);
    assertThat(shared)
        .as("of %d dates", read.size())
        .isGreaterThanOrEqualTo(read.size() * 95L / 100);
    assertThat(inserting).isLessThan(3L * read.size());
    assertThat(canon.probes() - inserting).isLessThan(2L * read.size());
  }

  @Test
  @SuppressWarnings("ReferenceEquality") // sharing is about identity
  void theDatePoolStopsGrowingAtItsLimit() {
    Canonicalizer canon = new Canonicalizer();
    List<LocalDate> read = new ArrayList<>();
    LocalDate day = LocalDate.of(1800, 1, 1);
    for (int i = 0; i < Canonicalizer.LIMIT + 5000; i++, day = day.plusDays(1)) {
      read.add(date(canon, day.toString()));
    }

    long shared = read.stream().filter(d -> d == date(canon, d.toString())).count();

    assertThat(shared).isEqualTo(Canonicalizer.LIMIT);
  }

  @Test
  void onlyStrictDatesAreRead() {
    Canonicalizer canon = new Canonicalizer();

    for (String bad :
        List.of(
            "2024-1-01x",
            "2024/01/01",
            "2024-01/01",
            "20240-1-01",
            "2024-00-10",
            "2024-13-10",
            "2024-01-00",
            "2024-04-31",
            "2023-02-29",
            "2024-01-0:",
            "2024-01-0/",
            ":024-01-01",
            "/024-01-01",
            "2024-0:-01",
            "2024-01-32")) {
      assertThat(canon.date(bad.toCharArray(), 0, bad.length())).as(bad).isNull();
    }
    assertThat(canon.date("2024-01-01 ".toCharArray(), 0, 11)).isNull();
    assertThat(canon.date("2024-01-0".toCharArray(), 0, 9)).isNull();
    for (String good :
        List.of(
            "2024-01-31", "2024-12-31", "2024-02-29", "2099-09-09", "1900-10-01", "0000-01-01")) {
      assertThat(canon.date(("x" + good).toCharArray(), 1, 10)).as(good).isEqualTo(good);
    }
  }

  @Test
  @SuppressWarnings("ReferenceEquality") // sharing is about identity
  void idListsAreTheFirstCountIdsAndManyStayShared() {
    Canonicalizer canon = new Canonicalizer();
    String[] buffer = {"A", "B", "stale"};

    List<String> two = canon.ids(buffer, 2);
    List<String> one = canon.ids(buffer, 1);
    List<List<String>> lists = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      lists.add(canon.ids(new String[] {"ID-" + i, "ID-" + (i + 1)}, 2));
    }

    assertThat(two).containsExactly("A", "B");
    assertThat(one).containsExactly("A");
    assertThat(canon.ids(new String[] {"A", "B"}, 2)).isSameAs(two);
    assertThat(canon.ids(new String[] {"A"}, 1)).isSameAs(one);
    assertThat(canon.ids(new String[] {"B", "A"}, 2)).containsExactly("B", "A");
    long shared = lists.stream().filter(l -> l == canon.ids(l.toArray(new String[0]), 2)).count();
    assertThat(shared).isGreaterThanOrEqualTo(1900);
  }

  @Test
  @SuppressWarnings("ReferenceEquality") // sharing is about identity
  void theIdListPoolStopsGrowingAtItsLimit() {
    Canonicalizer canon = new Canonicalizer();
    List<List<String>> lists = new ArrayList<>();
    for (int i = 0; i < Canonicalizer.LIMIT + 5000; i++) {
      lists.add(canon.ids(new String[] {Integer.toString(i, 36)}, 1));
    }

    long shared = lists.stream().filter(l -> l == canon.ids(l.toArray(new String[0]), 1)).count();

    assertThat(shared).isEqualTo(Canonicalizer.LIMIT);
  }

  @Test
  void capabilitySetsInAnyOrderAreOneSharedSortedSet() {
    Canonicalizer canon = new Canonicalizer();

    Set<Capability> forwards =
        canon.capabilities(new String[] {"X-ZOOM", "RECORDING", "LIVE_VIEW", "stale"}, 3);
    Set<Capability> backwards =
        canon.capabilities(new String[] {"LIVE_VIEW", "X-ZOOM", "RECORDING"}, 3);
    Set<Capability> fewer = canon.capabilities(new String[] {"LIVE_VIEW", "X-ZOOM"}, 2);

    assertThat(forwards)
        .containsExactly(Capability.RECORDING, Capability.LIVE_VIEW, Capability.of("X-ZOOM"));
    assertThat(backwards).isSameAs(forwards);
    assertThat(canon.capabilities(new String[] {"X-ZOOM", "RECORDING", "LIVE_VIEW"}, 3))
        .isSameAs(forwards);
    assertThat(fewer).containsExactly(Capability.LIVE_VIEW, Capability.of("X-ZOOM"));
  }

  @Test
  @SuppressWarnings("ReferenceEquality") // sharing is about identity
  void manyCapabilitySetsStayShared() {
    Canonicalizer canon = new Canonicalizer();
    List<String[]> codes = new ArrayList<>();
    List<Set<Capability>> sets = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      String[] set = {"X-C" + i, "RECORDING"};
      codes.add(set);
      sets.add(canon.capabilities(set, 2));
    }

    long shared = 0;
    long sharedReversed = 0;
    for (int i = 0; i < sets.size(); i++) {
      String[] set = codes.get(i);
      shared += canon.capabilities(set, 2) == sets.get(i) ? 1 : 0;
      sharedReversed += canon.capabilities(new String[] {set[1], set[0]}, 2) == sets.get(i) ? 1 : 0;
    }

    assertThat(shared).isGreaterThanOrEqualTo(1900);
    assertThat(sharedReversed).isGreaterThanOrEqualTo(1900);
  }

  private static LocalDate date(Canonicalizer canon, String text) {
    LocalDate date = canon.date(text.toCharArray(), 0, text.length());
    assertThat(date).as(text).isNotNull();
    return Objects.requireNonNull(date);
  }

  @SuppressWarnings("ReferenceEquality") // sharing is about identity
  private static boolean isShared(Canonicalizer canon, String s) {
    return s == canon.string(s.toCharArray(), 0, s.length());
  }

  private static List<String> colliding(int blocks) {
    List<String> out = new ArrayList<>(List.of(""));
    for (int i = 0; i < blocks; i++) {
      List<String> next = new ArrayList<>(out.size() * 2);
      for (String s : out) {
        next.add(s + "Aa");
        next.add(s + "BB");
      }
      out = next;
    }
    return out;
  }
}
