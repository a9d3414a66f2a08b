package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.model.Nation;

/**
 * An organisation's own templates ({@link FoiRenderer#withTemplates}): a wording snippet or a whole
 * template given in the directory replaces the shipped one for its regime, sees the same variables,
 * and everything not given is the shipped wording.
 */
class OwnTemplatesTest {
  private static final FoiResponse ENGLAND =
      GoldenResponsesTest.policeWithPrices(false, Nation.ENGLAND);
  private static final FoiResponse SCOTLAND =
      GoldenResponsesTest.policeWithPrices(true, Nation.SCOTLAND);

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void anOwnSnippetReplacesTheShippedOneAndSeesTheAnswersVariables(@TempDir Path dir)
      throws IOException {
    write(
        dir.resolve("foia/wording.properties"),
        "answer.assets.found = [found {{{found}}}; anyFound {{anyFound}}; foisa {{foisa}};"
            + " records {{records}}; anyRecords {{anyRecords}}; anyPublished {{anyPublished}};"
            + " anySections {{anySections}}]\n"
            + "ncnd.paragraph = [NCND all {{allQuestions}}; questions {{{questions}}}]\n");
    FoiRenderer own = FoiRenderer.withTemplates(dir);

    String letter = own.letter(ENGLAND, FoiRenderer.Format.TEXT);
    String shipped = FoiRenderer.standard().letter(ENGLAND, FoiRenderer.Format.TEXT);

    assertThat(letter)
        .contains(
            "Answer: [found 1 entry (12 units); anyFound true; foisa false; records 1; anyRecords"
                + " true; anyPublished false; anySections true] See also")
        .contains("[NCND all true; questions ")
        .doesNotContain("We hold 1 entry (12 units)");
    assertThat(shipped).contains("We hold 1 entry (12 units)");
    // The other regime has no own wording: its letter is the shipped one.
    assertThat(own.letter(SCOTLAND, FoiRenderer.Format.TEXT))
        .isEqualTo(FoiRenderer.standard().letter(SCOTLAND, FoiRenderer.Format.TEXT));
    assertThat(own.workings(SCOTLAND)).isEqualTo(FoiRenderer.standard().workings(SCOTLAND));
  }

  @Test
  void ownRecordSnippetsThatAreMoreThanOneVariableAreSaidInFull(@TempDir Path dir)
      throws IOException {
    // Neither is plain text around the one variable the letter gives: a value said twice, and a
    // heading naming a variable the record does not have (said as nothing, as mustache says it).
    write(
        dir.resolve("foia/wording.properties"),
        "field.value = {{value}} / {{value}}\nrecord.ASSET = Item {{ref}}.\n");

    List<String> lines =
        FoiRenderer.withTemplates(dir).letter(ENGLAND, FoiRenderer.Format.TEXT).lines().toList();

    int heading = lines.indexOf("  Item .");
    assertThat(heading).isNotNegative();
    assertThat(lines.get(heading + 1)).matches("    [A-Z][^:]*: (.+) / \\1");
  }

  @Test
  void anAnswerThatFindsNothingTellsOwnSnippetsSo(@TempDir Path dir) throws IOException {
    write(
        dir.resolve("foia/wording.properties"),
        "answer.assets.notHeld = [none held; anyFound {{anyFound}}; found {{{found}}}]\n");

    String letter =
        FoiRenderer.withTemplates(dir)
            .letter(GoldenResponsesTest.policeNothingHeld(), FoiRenderer.Format.TEXT);

    assertThat(letter)
        .contains("[none held; anyFound false; found 0 entries (0 units)]")
        .doesNotContain("anyFound true");
  }

  @Test
  void anOwnTemplateReplacesTheShippedLetterOfItsFormatOnly(@TempDir Path dir) throws IOException {
    write(dir.resolve("foia/letter.txt.mustache"), "Our own letter for request {{reference}}.\n");
    FoiRenderer own = FoiRenderer.withTemplates(dir);

    assertThat(own.letter(ENGLAND, FoiRenderer.Format.TEXT))
        .startsWith("Our own letter for request ");
    assertThat(own.letter(ENGLAND, FoiRenderer.Format.MARKDOWN))
        .isEqualTo(FoiRenderer.standard().letter(ENGLAND, FoiRenderer.Format.MARKDOWN));
    assertThat(FoiRenderer.markdown(ENGLAND))
        .isEqualTo(FoiRenderer.standard().letter(ENGLAND, FoiRenderer.Format.MARKDOWN))
        .startsWith("# ");
    assertThat(FoiRenderer.plainText(ENGLAND))
        .isEqualTo(FoiRenderer.standard().letter(ENGLAND, FoiRenderer.Format.TEXT));
  }

  @Test
  void exemptionTitlesComeFromTheWordingOfTheRegime(@TempDir Path dir) throws IOException {
    FoiRenderer standard = FoiRenderer.standard();
    assertThat(standard.exemptionTitle(Exemption.LAW_ENFORCEMENT, Regime.FOIA))
        .isEqualTo("law enforcement");
    assertThat(standard.exemptionTitle(Exemption.PERSONAL_DATA, Regime.FOISA)).isNotBlank();
    assertThatThrownBy(
            () -> standard.exemptionTitle(new Exemption("made-up", "99", null, false), Regime.FOIA))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "no wording for \"exemption.made-up.title\" in foia/wording.properties: add it to the"
                + " templates");

    write(dir.resolve("foisa/wording.properties"), "exemption.law-enforcement.title = crime\n");
    FoiRenderer own = FoiRenderer.withTemplates(dir);
    assertThat(own.exemptionTitle(Exemption.LAW_ENFORCEMENT, Regime.FOISA)).isEqualTo("crime");
    assertThat(own.exemptionTitle(Exemption.LAW_ENFORCEMENT, Regime.FOIA))
        .isEqualTo("law enforcement");
  }
}
