package org.oversight.register.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The build files agree where Maven cannot make them share: the BOM has no parent. */
class BuildFilesTest {
  static final Path ROOT = DocsSnippetsTest.ROOT;
  static final Pattern VERSION_PROPERTY =
      Pattern.compile("<([\\w.-]+-plugin\\.version)>([^<]+)</\\1>");

  @Test
  void theBomPinsItsPluginsAtTheRootPomsVersions() throws IOException {
    Map<String, String> bom = versions(ROOT.resolve("register-bom/pom.xml"));
    Map<String, String> root = versions(ROOT.resolve("pom.xml"));

    assertThat(bom).containsKeys("maven-install-plugin.version", "maven-deploy-plugin.version");
    bom.forEach(
        (plugin, version) ->
            assertThat(root).as("root pom.xml's %s", plugin).containsEntry(plugin, version));
  }

  @Test
  void theBomHasNoParentAndBringsNoDependencies() throws IOException {
    String bom = Files.readString(ROOT.resolve("register-bom/pom.xml"));

    assertThat(bom).doesNotContain("<parent>");
    assertThat(bom.substring(bom.indexOf("</dependencyManagement>")))
        .doesNotContain("<dependency>");
  }

  private static Map<String, String> versions(Path pom) throws IOException {
    Map<String, String> versions = new LinkedHashMap<>();
    Matcher m = VERSION_PROPERTY.matcher(Files.readString(pom));
    while (m.find()) {
      versions.put(m.group(1), m.group(2));
    }
    return versions;
  }
}
