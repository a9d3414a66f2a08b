package org.oversight.register.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.register.internal.refdata.ReferenceLines;
import org.oversight.register.refdata.ReferenceDataException;
import org.oversight.register.validation.Problem;

/**
 * A vendor directory built in the test, entry by entry: what each entry refuses and with which
 * message, how periods of membership meet, how look-alike spellings are found in a directory of
 * one's own, and what a match says about itself.
 */
class VendorBuildingTest {
  private static final LocalDate DAY = LocalDate.of(2021, 6, 1);

  private static VendorDirectory.Builder acme() {
    return VendorDirectory.builder()
        .listVendor("Acme", "our records")
        .listVendor("Beta Group", "our records")
        .alias("Acme", "Acme Security", "our records");
  }

  @Test
  void anAliasMayNotBeAListedVendorNorDenoteTwoVendors() {
    assertThatThrownBy(() -> acme().listVendor("Acme Security", "ours"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"Acme Security\" is already an alias of Acme");
    assertThatThrownBy(() -> acme().alias("Acme", "Beta Group", "ours"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alias \"Beta Group\" is itself a listed vendor: Beta Group");
    assertThatThrownBy(() -> acme().alias("Beta Group", "Acme Security", "ours"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alias \"Acme Security\" already denotes Acme");
    assertThatThrownBy(() -> acme().alias("Gamma", "G", "ours"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vendor \"Gamma\" is not listed; list it before giving it aliases");

    // Listing a vendor again, or giving a name as its own alias, or an alias again, changes
    // nothing.
    VendorDirectory directory =
        acme()
            .listVendor("Acme", "another source")
            .alias("Acme", "ACME", "ours")
            .alias("Acme", "Acme Security", "ours")
            .build();
    VendorGroup acme = directory.vendorNamed("Acme");
    assertThat(directory.source(acme)).contains("our records");
    assertThat(directory.aliasKeys(acme)).containsExactly("acmesecurity");
    assertThat(directory.vendorNamed("acme security")).isEqualTo(acme);
  }

  @Test
  void aMemberBelongsToOneGroupAtATimeAndNeverToItself() {
    VendorDirectory.Builder builder =
        acme()
            .belongsTo(
                "Acme", "Beta Group", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31), "s1");

    assertThatThrownBy(() -> builder.belongsTo("Acme", "Acme Security", null, null, "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Acme cannot belong to itself");
    assertThatThrownBy(
            () ->
                builder.belongsTo(
                    "Acme", "Gamma", LocalDate.of(2019, 12, 31), LocalDate.of(2020, 6, 1), "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Acme already belongs to Beta Group during 2015-01-01 to 2019-12-31, which overlaps"
                + " 2019-12-31 to 2020-06-01");
    assertThatThrownBy(
            () -> builder.belongsTo("Acme", "Gamma", null, LocalDate.of(2015, 1, 1), "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Acme already belongs to Beta Group during 2015-01-01 to 2019-12-31, which overlaps"
                + " ... to 2015-01-01");
    assertThatThrownBy(
            () -> builder.belongsTo("Acme", "Gamma", LocalDate.of(2019, 1, 1), null, "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Acme already belongs to Beta Group during 2015-01-01 to 2019-12-31, which overlaps"
                + " 2019-01-01 to ...");
    assertThatThrownBy(
            () ->
                builder.belongsTo(
                    "Acme", "Gamma", LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1), "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Acme in Gamma: until 2020-01-01 is before from 2020-02-01");

    // The day after one period ends and the day before it starts are free; a one-day period is one.
    VendorDirectory directory =
        builder
            .belongsTo("Acme", "Gamma", LocalDate.of(2020, 1, 1), null, "s2")
            .belongsTo(
                "Acme", "Delta", LocalDate.of(2014, 12, 31), LocalDate.of(2014, 12, 31), "s3")
            .belongsTo("Acme", "Epsilon", null, LocalDate.of(2014, 12, 30), "s4")
            .build();
    VendorGroup acme = directory.vendorNamed("Acme");
    assertThat(directory.memberships(acme))
        .extracting(m -> m.group().name())
        .containsExactly("Epsilon", "Delta", "Beta Group", "Gamma");
    assertThat(directory.groupsOn(acme, LocalDate.of(2014, 12, 31)))
        .extracting(VendorGroup::name)
        .containsExactly("Acme", "Delta");
    assertThat(directory.groupsOn(acme, LocalDate.of(2020, 1, 1)))
        .extracting(VendorGroup::name)
        .containsExactly("Acme", "Gamma");
  }

  @Test
  void aMembershipEndsOnOrAfterItStarts() {
    VendorGroup a = new VendorGroup("a", "A");
    VendorGroup b = new VendorGroup("b", "B");
    assertThatThrownBy(
            () -> new Membership(a, b, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), "s", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A in B: until 2020-01-01 is before from 2020-01-02");
    Membership oneDay = new Membership(a, b, DAY, DAY, "s", "");
    assertThat(oneDay.isOn(DAY)).isTrue();
    assertThat(oneDay.isOn(DAY.plusDays(1))).isFalse();
    assertThat(oneDay.isDated()).isTrue();
    assertThat(new Membership(a, b, null, DAY, "s", "").isDated()).isTrue();
    assertThat(new Membership(a, b, DAY, null, "s", "").isDated()).isTrue();
    assertThat(new Membership(a, b, null, null, "s", "").isDated()).isFalse();
    assertThat(oneDay.isInferred()).isFalse();
    assertThat(new Membership(a, b, null, null, "s", "", Membership.Basis.INFERRED).isInferred())
        .isTrue();
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
  }

  @Test
  void aRebuiltDirectoryKeepsItsSourcesAliasesAndMemberships() {
    VendorDirectory directory =
        acme().belongsTo("Acme", "Beta Group", LocalDate.of(2015, 1, 1), null, "s1").build();
    VendorDirectory rebuilt = directory.toBuilder().build();
    VendorGroup acme = rebuilt.vendorNamed("Acme");

    assertThat(rebuilt.source(acme)).contains("our records");
    assertThat(rebuilt.aliasKeys(acme)).containsExactly("acmesecurity");
    assertThat(rebuilt.vendorNamed("Acme Security")).isEqualTo(acme);
    assertThat(rebuilt.memberships(acme)).isEqualTo(directory.memberships(acme));
    assertThat(rebuilt.vendors()).isEqualTo(directory.vendors());
  }

  @Test
  void aLookAlikeSpellingFindsTheVendorOrAliasItImitatesUnlessTwoShareIt() {
    VendorDirectory directory =
        acme().listVendor("Rn Optics", "ours").listVendor("M Optics", "ours").build();

    // Cyrillic "А" (U+0410) for the Latin "A", in a name and in an alias.
    VendorMatch name = directory.resolve("\u0410cme", null, DAY);
    assertThat(name.vendor()).isEqualTo(directory.vendorNamed("Acme"));
    assertThat(name.isLookAlike()).isTrue();
    assertThat(name.reason())
        .isEqualTo("manufacturer \"\\u0410cme\" is Acme (written with look-alike characters)");
    VendorMatch alias = directory.resolve("\u0410cme Security", null, DAY);
    assertThat(alias.vendor()).isEqualTo(directory.vendorNamed("Acme"));
    assertThat(alias.nameMatch()).contains(VendorMatch.NameMatch.LOOK_ALIKE);
    // "rn" and "m" share a skeleton, so a look-alike of either finds neither (Cyrillic "О").
    VendorMatch shared = directory.resolve("Rn \u041Eptics", null, DAY);
    assertThat(shared.nameMatch()).contains(VendorMatch.NameMatch.UNLISTED);
  }

  @Test
  void aMatchSaysWhichFieldAndNameItCameFromAndWhyItIsUnknown() {
    VendorDirectory directory =
        acme().belongsTo("Acme", "Beta Group", null, null, "annual report", "").build();
    VendorMatch match = directory.resolve(null, "Acme", DAY);

    assertThat(match.field()).contains(VendorMatch.Field.BRAND);
    assertThat(match.recordedName()).contains("Acme");
    assertThat(match.memberships()).extracting(m -> m.group().name()).containsExactly("Beta Group");
    assertThat(match.belongsTo(directory.vendorNamed("Beta Group"))).isTrue();
    assertThat(match.belongsTo(new VendorGroup("gamma", "Gamma"))).isFalse();
    assertThat(match)
        .hasToString(
            "VendorMatch[brand \"Acme\" is Acme, part of Beta Group on 2021-06-01 (source: annual"
                + " report)]");

    VendorMatch unknown = directory.resolve(null, null, DAY);
    assertThat(unknown.memberships()).isEmpty();
    assertThat(unknown.recordedName()).isEmpty();
    assertThat(directory.resolve("Unknown", null, DAY).reason())
        .isEqualTo(
            "manufacturer unknown: manufacturer \"Unknown\" is a placeholder, not a name; no brand"
                + " recorded");
    assertThat(directory.resolve(null, "N/A", DAY).reason())
        .isEqualTo(
            "manufacturer unknown: no manufacturer recorded; brand \"N/A\" is a placeholder, not a"
                + " name");
    assertThat(unknown)
        .hasToString("VendorMatch[manufacturer unknown: neither manufacturer nor brand recorded]");
  }

  @Test
  void aMemberNotYetListedIsListedWithTheSourceOfItsMembership() {
    VendorDirectory directory =
        acme().belongsTo("Nova Cams", "Acme", null, null, "press release").build();
    VendorGroup nova = directory.vendorNamed("Nova Cams");

    assertThat(directory.isListed(nova)).isTrue();
    assertThat(directory.source(nova)).contains("press release");
    assertThat(directory.groupsOn(nova, DAY))
        .extracting(VendorGroup::name)
        .containsExactly("Nova Cams", "Acme");
  }

  @Test
  void aLookAlikeTableLineIsACharacterAndItsSkeletonInHexadecimal() {
    ReferenceLines lines =
        ReferenceLines.read(
            new StringReader(
                """
                map | 0430 | 0061
                map | 0430 | 0061
                map | 01C4 | 0044 017D
                map | 034F |
                map | zz | 0061
                map | 0431
                skeleton | 0432 | 0062
                """),
            "confusables.txt");

    Map<Integer, String> table = LookAlikes.parse(lines);

    assertThat(table).containsOnly(entry(0x430, "a"), entry(0x1C4, "D\u017D"), entry(0x34F, ""));
    assertThat(lines.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "confusables.txt:2: character 0430 is mapped twice",
            "confusables.txt:5: not hexadecimal code points: \"zz\" | \"0061\"",
            "confusables.txt:6: expected map | CHARACTER | SKELETON",
            "confusables.txt:7: expected map | CHARACTER | SKELETON");
  }

  @Test
  void vendorFileLinesHaveTheirNumberOfFields() {
    String file =
        """
        vendor | Acme | ours | extra
        member | Acme | Beta Group | | | ours | | STATED | extra
        vendor | Beta Group | ours
        """;

    assertThatThrownBy(() -> VendorDirectory.builder().load(new StringReader(file), "v.txt"))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "v.txt:1: vendor lines have 3 fields, this one has 4",
                        "v.txt:2: member lines have 6 to 8 fields, this one has 9"));
  }

  @Test
  void namesAreShownWithHiddenAndForeignCharactersEscaped() {
    assertThat(VendorNames.display("Acme\u200B Ltd")).isEqualTo("Acme\\u200B Ltd");
    assertThat(VendorNames.display("Acme\u2028")).isEqualTo("Acme\\u2028");
    assertThat(VendorNames.display("Caf\u00E9 Cameras")).isEqualTo("Caf\u00E9 Cameras");
    // Mixed scripts: every non-ASCII character is escaped, the last ASCII one is not.
    assertThat(VendorNames.display("H\u0456kvision~")).isEqualTo("H\\u0456kvision~");
    assertThat(VendorNames.display("\u0410\u007F")).isEqualTo("\u0410\\u007F");
    assertThat(VendorNames.display("A\uD835\uDC00")).isEqualTo("A\uD835\uDC00");
    assertThat(VendorNames.lookAlikeCharacters("H\u0456kvision"))
        .isEqualTo("U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I");
    assertThat(VendorNames.lookAlikeCharacters("Caf\u00E9")).isEmpty();
    assertThat(VendorNames.lookAlikeCharacters("H1kv0sion09/:"))
        .isEqualTo("U+0031 DIGIT ONE, U+0030 DIGIT ZERO, U+0039 DIGIT NINE");
    assertThat(VendorNames.lookAlikeCharacters("Hikvision")).isEmpty();
    assertThat(VendorNames.foreignCharacters("H\u0456kvision"))
        .isEqualTo("U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I");
    assertThat(VendorNames.foreignCharacters("Hikvision")).isEmpty();
    // Digits belong to no script: they never make the main script.
    assertThat(VendorNames.foreignCharacters("H\u0456kvision 1234567890"))
        .isEqualTo("U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I");
  }

  @Test
  void bracketsHoldQualifiersThatAreNotPartOfTheName() {
    assertThat(VendorNames.normalise("Acme (UK) Ltd")).isEqualTo("acme");
    assertThat(VendorNames.normalise("Acme [Hong Kong] (formerly Beta)")).isEqualTo("acme");
    assertThat(VendorNames.normalise("Acme (UK (North))")).isEqualTo("acme");
    assertThat(VendorNames.normalise("Acme) Beta")).isEqualTo("acmebeta");
    assertThat(VendorNames.normalise("Acme (Beta")).isEqualTo("acme");
    assertThat(VendorNames.normalise("(Acme)")).isEqualTo("acme");
    assertThat(VendorNames.normalise("A B-C")).isEqualTo("abc");
    assertThat(VendorNames.normalise("Smith&Wesson")).isEqualTo("smithandwesson");
    // Words after a qualifier are part of the name again.
    assertThat(VendorNames.normalise("Acme (UK) Optics")).isEqualTo("acmeoptics");
  }

  @Test
  void onlyCharactersThatImitateOthersFold() {
    assertThat(LookAlikes.folds('\u0430')).isTrue();
    assertThat(LookAlikes.folds('a')).isFalse();
    assertThat(LookAlikes.folds('\u00E9')).isFalse();
    assertThat(LookAlikes.lowerKey("acme")).isEqualTo("acrne");
    // Accents are marks, and marks are not part of a skeleton.
    assertThat(LookAlikes.skeleton("\u00E9")).isEqualTo("e");
    assertThat(LookAlikes.skeleton("\u007F")).isEqualTo(LookAlikes.skeleton("\u007F"));
    assertThat(List.of(LookAlikes.skeleton("rn"), LookAlikes.skeleton("m")))
        .containsExactly("rn", "rn");
  }
}
