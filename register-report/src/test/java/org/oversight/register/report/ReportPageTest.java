package org.oversight.register.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.DisclosurePolicy;
import org.oversight.register.foi.Exemption;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.Location;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.testkit.Assets;
import org.oversight.register.testkit.Contracts;
import org.oversight.register.testkit.Dpias;
import org.oversight.register.testkit.RegisterGenerator;
import org.oversight.register.testkit.Registers;

/** The page as HTML: valid, accessible in structure, escaped, deterministic, withholding. */
class ReportPageTest {
  private static final ReportOptions LOCATIONS = ReportOptions.builder().publishLocations().build();

  static String page(AssetRegister register, ReportOptions options) {
    return ReportHtml.render(
        TransparencyReport.of(OvertRegister.of(register), register.asAt(), options));
  }

  static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document document = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return document;
  }

  static Stream<String> pages() {
    Stream<String> examples =
        Stream.of(
            page(Examples.essex(), ReportOptions.standard()),
            page(Examples.essex(), LOCATIONS),
            page(Examples.council(), LOCATIONS),
            page(Examples.council(), ReportOptions.standard()),
            page(Registers.empty(), LOCATIONS));
    Stream<String> random =
        Stream.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L)
            .map(
                seed -> page(RegisterGenerator.seeded(seed).register((int) (seed * 7)), LOCATIONS));
    return Stream.concat(examples, random);
  }

  @Test
  void everyPageParsesWithoutErrorsAndHasNoScriptOrEventHandler() {
    pages()
        .forEach(
            html -> {
              Document document = parse(html);
              assertThat(document.select("script, iframe, object, embed, form, img, link"))
                  .isEmpty();
              for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                  assertThat(attribute.getKey()).doesNotStartWith("on");
                  assertThat(attribute.getKey()).isNotEqualTo("style");
                }
              }
              for (Element link : document.select("a[href]")) {
                assertThat(link.attr("href")).matches("(https?|mailto):.+");
              }
            });
  }

  @Test
  void headingsAreInOrderWithOneMainHeading() {
    pages()
        .forEach(
            html -> {
              Document document = parse(html);
              assertThat(document.select("h1")).hasSize(1);
              int previous = 0;
              for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                assertThat(level).as(heading.text()).isLessThanOrEqualTo(previous + 1);
                assertThat(heading.text()).isNotBlank();
                previous = level;
              }
            });
  }

  @Test
  void everyTableHasACaptionColumnHeadersAndRowHeaders() {
    pages()
        .forEach(
            html -> {
              Document document = parse(html);
              assertThat(document.select("table")).isNotEmpty();
              for (Element table : document.select("table")) {
                assertThat(table.select("> caption").text()).isNotBlank();
                assertThat(table.select("> thead th")).isNotEmpty();
                assertThat(table.select("> thead th"))
                    .allMatch(th -> th.attr("scope").equals("col"));
                for (Element row : table.select("> tbody > tr, > tfoot > tr")) {
                  boolean message = row.children().size() == 1 && row.child(0).hasAttr("colspan");
                  assertThat(message || row.child(0).is("th[scope=row]"))
                      .as("row %s", row.text())
                      .isTrue();
                }
              }
            });
  }

  @Test
  void everyChartAndTheMapHaveANameAndATableBesideThem() {
    pages()
        .forEach(
            html -> {
              Document document = parse(html);
              for (Element svg : document.select("svg[role=img]")) {
                Element title = document.getElementById(svg.attr("aria-labelledby"));
                assertThat(title).isNotNull();
                assertThat(title.text()).isNotBlank();
                Element figure = svg.parent();
                assertThat(figure.tagName()).isEqualTo("figure");
                assertThat(figure.select("figcaption").text()).isNotBlank();
                Element next = figure.nextElementSibling();
                while (next != null && !next.is("table")) {
                  next = next.nextElementSibling();
                }
                assertThat(next).as("a table after %s", title.text()).isNotNull();
              }
              for (Element svg : document.select("svg:not([role=img])")) {
                assertThat(svg.attr("aria-hidden")).isEqualTo("true");
              }
            });
  }

  @Test
  void theStyleSheetIsTheOneTheContentSecurityPolicyAllows() throws Exception {
    Document document = parse(page(Examples.essex(), ReportOptions.standard()));
    String style = document.selectFirst("style").data();
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(style.getBytes(StandardCharsets.UTF_8)));
    String policy =
        document.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(policy)
        .startsWith("default-src 'none';")
        .contains("style-src 'sha256-" + hash + "'")
        .doesNotContain("script-src")
        .doesNotContain("unsafe");
  }

  @Test
  void templatesHaveNoUnescapedTags() throws IOException {
    for (String name : List.of("report.mustache", "bars.mustache", "record.mustache")) {
      try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
        String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(template).doesNotContain("{{{").doesNotContain("{{&");
      }
    }
  }

  @Test
  void registerTextCannotAddMarkupRunScriptsOrLink() {
    Asset hostile =
        Assets.overtCamera("CAM-1")
            .description("<script>alert(1)</script>\" onmouseover=\"alert(2)")
            .manufacturer("<img src=x onerror=alert(3)>")
            .area("javascript:alert(4)")
            .location(Location.of("51.5", "-0.1"))
            .dpiaIds(List.of("D-1"))
            .contractIds(List.of("C-1"))
            .build();
    AssetRegister register =
        Registers.builder()
            .organisation(
                Organisation.of(
                    "<b>Evil</b> & Co \u202Egnp.exe",
                    OrganisationKind.LOCAL_AUTHORITY,
                    Nation.ENGLAND,
                    new FoiContact(
                        "1 High St</dd><script>x()</script>",
                        "foi@example.org",
                        "https://example.org/foi?a=1&b=2")))
            .asset(hostile)
            .dpia(Dpias.approved("D-1").title("<script>DPIA</script>").build())
            .contract(
                Contracts.of("C-1")
                    .title("</section><h1>Fake</h1>")
                    .publishedUrl("https://example.org/c?x=%3Cy%3E&z=1")
                    .build())
            .build();

    String html = page(register, LOCATIONS);
    Document document = parse(html);

    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img");
    assertThat(html).doesNotContain("<b>Evil").doesNotContain("<h1>Fake").contains("\uFFFD");
    assertThat(document.select("script, img, b")).isEmpty();
    assertThat(document.select("h1")).hasSize(1);
    assertThat(document.text())
        .contains("<script>alert(1)</script>\" onmouseover=\"alert(2)")
        .contains("<b>Evil</b> & Co")
        .contains("<script>DPIA</script>")
        .contains("</section><h1>Fake</h1>");
    assertThat(document.select("a[href]").eachAttr("href"))
        .containsExactlyInAnyOrder(
            "https://example.org/c?x=%3Cy%3E&z=1",
            "mailto:foi@example.org", "https://example.org/foi?a=1&b=2");
    assertThat(html).contains("href=\"https://example.org/foi?a&#61;1&amp;b&#61;2\"");
  }

  @Test
  void chartLabelsFitAPhoneAndTheTableKeepsTheWholeName() {
    String name = "Very Long Manufacturer Name International Security Holdings";
    AssetRegister register =
        Registers.builder()
            .asset(Assets.overtCamera("CAM-1").manufacturer(name).quantity(1_234_567).build())
            .asset(Assets.overtCamera("CAM-2").manufacturer("Hikvision").build())
            .build();

    Document document = parse(page(register, ReportOptions.standard()));

    for (Element label : document.select("svg text.bar-label")) {
      assertThat(label.text().length()).as(label.text()).isLessThanOrEqualTo(34);
    }
    assertThat(document.select("#chart-vendors-title ~ text").eachText())
        .anyMatch(
            t -> t.startsWith("Very Long") && t.contains("\u2026") && t.endsWith(": 1,234,567"))
        .anyMatch(t -> t.equals("Hikvision (on a list): 1"));
    assertThat(document.select("#vendors-table th[scope=row]").eachText()).contains(name);
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    assertThat(Format.webHref("https://example.org/a")).isEqualTo("https://example.org/a");
    assertThat(Format.webHref("HTTP://Example.org")).isEqualTo("HTTP://Example.org");
    assertThat(Format.webHref("javascript:alert(1)")).isNull();
    assertThat(Format.webHref("JavaScript://example.org/%0Aalert(1)")).isNull();
    assertThat(Format.webHref("data:text/html,<script>alert(1)</script>")).isNull();
    assertThat(Format.webHref("//example.org/a")).isNull();
    assertThat(Format.webHref("/relative")).isNull();
    assertThat(Format.webHref("https:no-host")).isNull();
    assertThat(Format.webHref("https://exa mple.org")).isNull();
    assertThat(Format.mailHref("foi@example.org")).isEqualTo("mailto:foi@example.org");
    assertThat(Format.mailHref("foi@example.org?subject=x")).isNull();
    assertThat(Format.mailHref("javascript:alert(1)//@x")).isNull();
  }

  @Test
  void controlBidiAndSurrogateCharactersBecomeReplacementCharacters() {
    assertThat(Format.safeText("a\u202Eb\u0000c\u0085d\uD800e\nf\tg\u2066h\uFFFE"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\nf\tg\uFFFDh\uFFFD");
    assertThat(Format.safeText("Caf\u00e9 \uD83D\uDCF7 \u0645"))
        .isEqualTo("Caf\u00e9 \uD83D\uDCF7 \u0645");
  }

  @Test
  void theSameReportGivesTheSameBytesWhateverTheLocaleAndTimeZone() {
    String expected = page(Examples.council(), LOCATIONS);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(page(Examples.council(), LOCATIONS)).isEqualTo(expected);
      Locale.setDefault(Locale.GERMANY);
      assertThat(page(Examples.council(), LOCATIONS)).isEqualTo(expected);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertThat(expected).doesNotContain("\r");
  }

  @Test
  void fieldsAnFoiAnswerWouldWithholdAreLeftOutAndTheReasonGiven() {
    String html = page(Examples.essex(), ReportOptions.standard());
    Document document = parse(html);
    String text = document.text();

    assertThat(text)
        .doesNotContain("125,000")
        .doesNotContain("125000")
        .doesNotContain("J. Smith")
        .doesNotContain("Chelmsford town centre")
        .contains("Value of contracts: withheld under section 43(2)")
        .contains("Owner of DPIAs: withheld under section 40(2)")
        .contains("Location of equipment: withheld under section 31(1)(a)");
    assertThat(document.select("#map-table")).isEmpty();
    assertThat(document.select("#map-table").isEmpty()).isTrue();
    assertThat(parse(page(Examples.council(), LOCATIONS)).select("#map-table tbody tr"))
        .hasSize(15);
  }

  @Test
  void aPolicyWithholdingManufacturersLeavesOutWhoMadeEverything() {
    ReportOptions options =
        ReportOptions.builder()
            .disclosurePolicy(
                DisclosurePolicy.builder()
                    .redact(Asset.MANUFACTURER, Exemption.LAW_ENFORCEMENT)
                    .redact(Asset.BRAND, Exemption.LAW_ENFORCEMENT)
                    .build())
            .build();

    Document document = parse(page(Examples.council(), options));

    assertThat(document.select("#vendors-table")).isEmpty();
    assertThat(document.select("[data-list]")).isEmpty();
    assertThat(document.text())
        .doesNotContain("Hikvision")
        .doesNotContain("Motorola Solutions:")
        .contains(
            "Who made the equipment is left out of this report: withheld under section 31(1)(a)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SCOTLAND", "ENGLAND"})
  void theActAndSectionsFollowTheOrganisationsNation(String nation) {
    AssetRegister register =
        Registers.builder()
            .organisation(
                Organisation.of(
                    "Example Council",
                    OrganisationKind.LOCAL_AUTHORITY,
                    Nation.valueOf(nation),
                    new FoiContact(null, "foi@example.org", null)))
            .asset(Assets.overtCamera("CAM-1").location(Location.of("55.95", "-3.19")).build())
            .build();

    String text = parse(page(register, ReportOptions.standard())).text();

    if (nation.equals("SCOTLAND")) {
      assertThat(text)
          .contains("Freedom of Information (Scotland) Act 2002")
          .contains("section 35(1)(a)");
    } else {
      assertThat(text).contains("Freedom of Information Act 2000").contains("section 31(1)(a)");
    }
  }

  @Test
  void anEmptyRegisterSaysSoAndCountsNothing() {
    Document document = parse(page(Registers.empty(), LOCATIONS));

    assertThat(document.selectFirst("[data-figure=units]").text()).isEqualTo("0");
    assertThat(document.text())
        .contains("No overt equipment is recorded as in service")
        .contains("The register records no DPIA for overt equipment");
    assertThat(document.select("#map figure")).isEmpty();
  }

  @Test
  void aDayLaterThanTheAsAtDateIsFlagged() {
    AssetRegister register = Examples.essex();
    String html =
        ReportHtml.render(
            TransparencyReport.of(OvertRegister.of(register), LocalDate.of(2022, 1, 1)));

    assertThat(parse(html).text())
        .contains("Figures are for equipment in service on 1 January 2022")
        .contains("correct as at 6 September 2021")
        .contains("after the register's as-at date");
  }
}
