package org.oversight.register.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.base.Splitter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.oversight.register.AssetRegister;
import org.oversight.register.compliance.RestrictionCheck;
import org.oversight.register.compliance.RestrictionLists;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Dpia;
import org.oversight.register.testkit.RegisterGenerator;

/**
 * The page in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver (never a downloaded one: {@code SE_OFFLINE} is set and both paths are given). The
 * pages and screenshots are left under {@code target/report-browser/} to look at.
 *
 * <p>{@code .ci/install-chromium} (run by {@code .ci/run}) installs Chromium when it is missing.
 * Without it these tests fail when {@code OVERSIGHT_BROWSER_TESTS=required} or {@code CI=true};
 * they are skipped, loudly, only when the install was impossible ({@code
 * OVERSIGHT_BROWSER_TESTS=unavailable}) or on a developer's machine without Chromium.
 */
class ReportBrowserTest {
  private static final int PHONE = 320;
  private static final int DESKTOP = 1280;
  private static final ReportOptions LOCATIONS = ReportOptions.builder().publishLocations().build();

  private static ChromeDriver driver;
  private static Path artefacts;

  @BeforeAll
  static void startChromium() throws IOException {
    Path chromium = onPath("chromium");
    Path chromedriver = onPath("chromedriver");
    if (chromium == null || chromedriver == null) {
      String why =
          "Chromium or chromedriver is not installed: run .ci/install-chromium"
              + " (apt-get install chromium chromium-driver)";
      String mode = System.getenv().getOrDefault("OVERSIGHT_BROWSER_TESTS", "");
      boolean ci = "true".equals(System.getenv("CI"));
      if (mode.equals("required") || (ci && !mode.equals("unavailable"))) {
        fail(why);
      }
      System.err.println("!!! ReportBrowserTest SKIPPED: " + why + " !!!");
      Assumptions.abort(why);
    }
    artefacts = Examples.artefacts("report-browser");
    Path profile = Files.createTempDirectory("report-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Path onPath(String command) {
    for (String dir :
        Splitter.on(File.pathSeparatorChar).split(System.getenv().getOrDefault("PATH", ""))) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void open(String name, String html, int width) throws IOException {
    Path file = artefacts.resolve(name + ".html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    viewport(width, width < 600 ? 680 : 1000);
    driver.get(file.toUri().toString());
  }

  private static void viewport(int width, int height) {
    Map<String, Object> metrics = new HashMap<>();
    metrics.put("width", width);
    metrics.put("height", height);
    metrics.put("deviceScaleFactor", 1);
    metrics.put("mobile", width < 600);
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
  }

  /** Errors and warnings the page logged: a blocked load or a style refused by the CSP would. */
  private static List<String> consoleProblems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        problems.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    return problems;
  }

  /** Saves the whole page as NAME.png and the first screenful as NAME-top.png. */
  private static void screenshot(String name) throws IOException {
    Files.write(artefacts.resolve(name + "-top.png"), driver.getScreenshotAs(OutputType.BYTES));
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("format", "png");
    parameters.put("captureBeyondViewport", true);
    Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", parameters);
    byte[] png = Base64.getDecoder().decode((String) result.get("data"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    Files.write(artefacts.resolve(name + ".png"), png);
  }

  private static long number(WebElement element) {
    return Long.parseLong(element.getText().replace(",", "").trim());
  }

  private static long number(String css) {
    return number(driver.findElement(By.cssSelector(css)));
  }

  @Test
  void examplePagesRenderWithoutConsoleErrorsAndShowTheQueriesAnswers() throws IOException {
    check("essex", Examples.essex(), ReportOptions.standard());
    check("council", Examples.council(), LOCATIONS);
    for (long seed = 1; seed <= 3; seed++) {
      check("random-" + seed, RegisterGenerator.seeded(seed).register(60), LOCATIONS);
    }
  }

  private void check(String name, AssetRegister register, ReportOptions options)
      throws IOException {
    OvertRegister overt = OvertRegister.of(register);
    LocalDate date = register.asAt();
    open(name, ReportHtml.render(TransparencyReport.of(overt, date, options)), DESKTOP);
    assertThat(consoleProblems()).as(name + ": console").isEmpty();
    assertThat(driver.getTitle()).contains(register.organisation().name());

    assertThat(number("[data-figure=units]"))
        .isEqualTo(overt.query().inServiceOn(date).count().units());
    assertThat(number("td[data-units=ALL]"))
        .isEqualTo(overt.query().inServiceOn(date).count().units());
    for (AssetCategory category : AssetCategory.values()) {
      long expected = overt.query().inServiceOn(date).category(category).count().units();
      List<WebElement> cells =
          driver.findElements(By.cssSelector("#categories-table td[data-units=" + category + "]"));
      if (expected == 0) {
        assertThat(cells).as(name + " " + category).isEmpty();
      } else {
        assertThat(number(cells.get(0))).as(name + " " + category).isEqualTo(expected);
      }
    }
    assertThat(number("#vendors-table td[data-units=unknown]"))
        .isEqualTo(overt.query().manufacturerUnknown().inServiceOn(date).count().units());
    for (WebElement row : driver.findElements(By.cssSelector("#vendors-table tr[data-vendor]"))) {
      String group = row.findElement(By.cssSelector("th")).getText();
      if (!row.getAttribute("data-vendor").equals("unknown")) {
        // Each unit counts once, under the group its maker (or listed brand) resolves to; a
        // question about a group also matches units whose other name belongs to it. In the
        // examples every unit names one group; in random registers some name two.
        long asked = overt.query().manufacturer(group).inServiceOn(date).count().units();
        long shown = number(row.findElement(By.cssSelector("td[data-units]")));
        if (name.startsWith("random")) {
          assertThat(shown).as(name + " " + group).isPositive().isLessThanOrEqualTo(asked);
        } else {
          assertThat(shown).as(name + " " + group).isEqualTo(asked);
        }
      }
    }
    for (WebElement row : driver.findElements(By.cssSelector("#over-time-table tr[data-date]"))) {
      LocalDate day = LocalDate.parse(row.getAttribute("data-date"));
      assertThat(number(row.findElement(By.cssSelector("td"))))
          .isEqualTo(overt.query().inServiceOn(day).count().units());
    }
    RestrictionCheck check = RestrictionCheck.of(RestrictionLists.standard(), overt.vendors());
    for (WebElement listed : driver.findElements(By.cssSelector("[data-list]"))) {
      String id = listed.getAttribute("data-list");
      long expected =
          overt.query().inServiceOn(date).list().stream()
              .filter(a -> check.check(a, date).stream().anyMatch(h -> h.list().id().equals(id)))
              .mapToLong(Asset::quantity)
              .sum();
      assertThat(number(listed.findElement(By.cssSelector("[data-units]"))))
          .as(name + " " + id)
          .isEqualTo(expected);
    }
    long covered =
        overt.query().inServiceOn(date).list().stream()
            .filter(
                a ->
                    overt.dpiasFor(List.of(a)).stream().anyMatch(d -> isApprovedAndInDate(d, date)))
            .mapToLong(Asset::quantity)
            .sum();
    assertThat(number("[data-figure=dpia-covered-units]")).isEqualTo(covered);
    if (options == LOCATIONS) {
      long located =
          overt.query().inServiceOn(date).where(a -> a.location() != null).count().units();
      assertThat(number("[data-figure=located-units]")).isEqualTo(located);
      assertThat(number("[data-figure=unlocated-units]"))
          .isEqualTo(overt.query().inServiceOn(date).count().units() - located);
      assertThat(driver.findElements(By.cssSelector("#map ~ figure path, figure.map path")))
          .isNotEmpty();
    }
  }

  private static boolean isApprovedAndInDate(Dpia dpia, LocalDate date) {
    return (dpia.status() == org.oversight.register.model.DpiaStatus.APPROVED
            || dpia.status() == org.oversight.register.model.DpiaStatus.UNDER_REVIEW)
        && dpia.completedOn() != null
        && !dpia.completedOn().isAfter(date)
        && (dpia.reviewDue() == null || !dpia.reviewDue().isBefore(date));
  }

  @Test
  void nothingOverflowsAtPhoneWidthAndScreenshotsAreSaved() throws IOException {
    Map<String, String> pages = new HashMap<>();
    pages.put(
        "essex", ReportHtml.render(OvertRegister.of(Examples.essex()), Examples.essex().asAt()));
    AssetRegister council = Examples.council();
    pages.put(
        "council",
        ReportHtml.render(
            TransparencyReport.of(OvertRegister.of(council), council.asAt(), LOCATIONS)));
    for (Map.Entry<String, String> page : pages.entrySet()) {
      open(page.getKey() + "-phone", page.getValue(), PHONE);
      assertThat(driver.executeScript("return window.innerWidth")).isEqualTo(320L);
      Object overflowing =
          driver.executeScript(
              "const width = document.documentElement.clientWidth;"
                  + "const out = [];"
                  + "if (document.documentElement.scrollWidth > width) out.push('document '"
                  + " + document.documentElement.scrollWidth);"
                  + "for (const e of document.body.querySelectorAll('*')) {"
                  + "  if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;"
                  + "  const r = e.getBoundingClientRect();"
                  + "  if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5))"
                  + "    out.push(e.tagName + ' ' + (e.id || e.className) + ' ' + r.left + '..' + r.right);"
                  + "}"
                  + "return out;");
      assertThat((List<?>) overflowing).as(page.getKey() + " at 320 px").isEmpty();
      screenshot(page.getKey() + "-phone");
      assertThat(consoleProblems()).isEmpty();

      open(page.getKey() + "-desktop", page.getValue(), DESKTOP);
      assertThat(driver.executeScript("return window.innerWidth")).isEqualTo(1280L);
      screenshot(page.getKey() + "-desktop");
    }
    assertThat(artefacts.resolve("council-phone.png")).exists();
    assertThat(artefacts.resolve("essex-desktop.png")).exists();
  }

  @Test
  void theStyleSheetAppliesAndNoScriptRunsInTheHostilePage() throws IOException {
    AssetRegister register =
        org.oversight.register.testkit.Registers.builder()
            .asset(
                org.oversight.register.testkit.Assets.overtCamera("CAM-1")
                    .description(
                        "<script>document.title='pwned'</script><img src=x onerror=alert(1)>")
                    .build())
            .build();
    open("hostile", ReportHtml.render(OvertRegister.of(register), register.asAt()), DESKTOP);

    assertThat(driver.executeScript("return document.scripts.length")).isEqualTo(0L);
    assertThat(driver.getTitle()).doesNotContain("pwned");
    assertThat(driver.findElements(By.tagName("img"))).isEmpty();
    // The CSP allows the page's own style sheet by its hash: a wrong hash would leave h2 bare.
    assertThat(
            driver.executeScript(
                "return getComputedStyle(document.querySelector('h2')).borderTopWidth"))
        .isEqualTo("2px");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void printsToPaper() throws IOException {
    AssetRegister council = Examples.council();
    open(
        "council-print",
        ReportHtml.render(
            TransparencyReport.of(OvertRegister.of(council), council.asAt(), LOCATIONS)),
        DESKTOP);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("paperWidth", 8.27);
    parameters.put("paperHeight", 11.69);
    Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", parameters);
    byte[] pdf = Base64.getDecoder().decode((String) result.get("data"));
    Files.write(artefacts.resolve("council.pdf"), pdf);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(20_000);
    WebElement map = driver.findElement(By.cssSelector("section[aria-labelledby=map]"));
    Files.write(artefacts.resolve("council-map.png"), map.getScreenshotAs(OutputType.BYTES));
  }
}
