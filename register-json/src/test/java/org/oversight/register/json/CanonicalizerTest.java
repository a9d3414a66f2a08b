package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

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
