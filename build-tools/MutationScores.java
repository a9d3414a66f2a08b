/*
 * The per-package floor of the `mutation` profile (docs/testing.md). PIT checks one threshold per
 * module; this reads the XML report PIT has just written and checks each package of the module on
 * its own, so that a well-tested package cannot carry a weak one.
 *
 * Run by exec-maven-plugin as a single-file source program (no compilation step, JDK only):
 *   java build-tools/MutationScores.java MUTATIONS_XML SCORE STRENGTH [PACKAGE=SCORE[/STRENGTH] ...]
 * SCORE and STRENGTH are whole percentages, the floor of every package; PACKAGE=SCORE/STRENGTH sets
 * honest lower floors for one package that does not meet them yet (listed in docs/testing.md).
 * Prints one line per package (mutants, killed, survived, no coverage, score, test strength) and
 * exits 1 naming each package below its floor.
 *
 * Score = detected / all mutants; test strength = detected / mutants some test covers (PIT's own
 * definitions). "Detected" is PIT's `detected` attribute: killed, timed out, memory or run error.
 */
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

public class MutationScores {
  static final class Tally {
    int all;
    int detected;
    int survived;
    int noCoverage;

    void add(Element mutation) {
      all++;
      String status = mutation.getAttribute("status");
      if (Boolean.parseBoolean(mutation.getAttribute("detected"))) {
        detected++;
      } else if ("NO_COVERAGE".equals(status)) {
        noCoverage++;
      } else {
        survived++;
      }
    }

    int score() {
      return all == 0 ? 100 : Math.round(100f * detected / all);
    }

    int strength() {
      int covered = all - noCoverage;
      return covered == 0 ? 100 : Math.round(100f * detected / covered);
    }

    // Below a floor only when the exact ratio is: 84.6% rounds to 85 for the table, not for the check.
    boolean scoreBelow(int floor) {
      return 100L * detected < (long) floor * all;
    }

    boolean strengthBelow(int floor) {
      return 100L * detected < (long) floor * (all - noCoverage);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println(
          "usage: MutationScores MUTATIONS_XML SCORE STRENGTH [PACKAGE=SCORE[/STRENGTH] ...]");
      System.exit(2);
    }
    Path report = Path.of(args[0]);
    int score = Integer.parseInt(args[1]);
    int strength = Integer.parseInt(args[2]);
    Map<String, Integer> floors = new TreeMap<>();
    Map<String, Integer> strengthFloors = new TreeMap<>();
    for (int i = 3; i < args.length; i++) {
      for (String entry : args[i].split("[,\\s]+")) {
        if (entry.isBlank()) {
          continue;
        }
        String[] parts = entry.split("=", 2);
        String[] values = parts[1].split("/", 2);
        floors.put(parts[0].trim(), Integer.parseInt(values[0].trim()));
        if (values.length > 1) {
          strengthFloors.put(parts[0].trim(), Integer.parseInt(values[1].trim()));
        }
      }
    }
    if (!Files.isRegularFile(report)) {
      System.err.println(report + ": no PIT report (did the mutationCoverage goal run?)");
      System.exit(1);
    }
    NodeList mutations =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(report.toFile())
            .getElementsByTagName("mutation");
    Map<String, Tally> byPackage = new TreeMap<>();
    Tally total = new Tally();
    for (int i = 0; i < mutations.getLength(); i++) {
      Element mutation = (Element) mutations.item(i);
      String className =
          mutation.getElementsByTagName("mutatedClass").item(0).getTextContent().trim();
      int dot = className.lastIndexOf('.');
      String pkg = dot < 0 ? "(default)" : className.substring(0, dot);
      byPackage.computeIfAbsent(pkg, k -> new Tally()).add(mutation);
      total.add(mutation);
    }
    List<String> failures = new ArrayList<>();
    System.out.printf(
        "%-45s %7s %7s %8s %8s %6s %8s %6s %6s%n",
        "package", "mutants", "killed", "survived", "no-cover", "score", "strength", "floor",
        "floor");
    for (Map.Entry<String, Tally> entry : byPackage.entrySet()) {
      String pkg = entry.getKey();
      Tally t = entry.getValue();
      int floor = floors.getOrDefault(pkg, score);
      int strengthFloor = strengthFloors.getOrDefault(pkg, strength);
      System.out.printf(
          "%-45s %7d %7d %8d %8d %5d%% %7d%% %5d%% %5d%%%n",
          pkg,
          t.all,
          t.detected,
          t.survived,
          t.noCoverage,
          t.score(),
          t.strength(),
          floor,
          strengthFloor);
      if (t.scoreBelow(floor)) {
        failures.add(pkg + ": mutation score " + t.score() + "% is below its floor of " + floor + "%");
      }
      if (t.strengthBelow(strengthFloor)) {
        failures.add(
            pkg + ": test strength " + t.strength() + "% is below its floor of " + strengthFloor + "%");
      }
    }
    System.out.printf(
        "%-45s %7d %7d %8d %8d %5d%% %7d%%%n",
        "(all)", total.all, total.detected, total.survived, total.noCoverage, total.score(),
        total.strength());
    for (String pkg : floors.keySet()) {
      if (!byPackage.containsKey(pkg)) {
        failures.add(pkg + ": has a floor but no mutants (renamed or moved? update the pom)");
      }
    }
    if (!failures.isEmpty()) {
      failures.forEach(System.err::println);
      System.exit(1);
    }
  }
}
