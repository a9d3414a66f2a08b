package org.oversight.register.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.oversight.register.foi.OvertRegister;

class ReportHtmlTest {

  @Test
  void essexPageParsesWithoutErrors() throws IOException {
    var register = Examples.essex();
    String html = ReportHtml.render(OvertRegister.of(register), register.asAt());
    Files.writeString(
        Examples.artefacts("report").resolve("essex.html"), html, StandardCharsets.UTF_8);
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document document = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).isEmpty();
    assertThat(document.select("h1")).hasSize(1);
  }

  @Test
  void councilPageParsesWithoutErrors() throws IOException {
    var register = Examples.council();
    String html =
        ReportHtml.render(
            TransparencyReport.of(
                OvertRegister.of(register),
                register.asAt(),
                ReportOptions.builder().publishLocations().build()));
    Files.writeString(
        Examples.artefacts("report").resolve("council.html"), html, StandardCharsets.UTF_8);
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).isEmpty();
  }
}
