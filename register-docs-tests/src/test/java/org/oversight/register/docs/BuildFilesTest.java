package org.oversight.register.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The build files agree where Maven cannot make them share: the BOM and the downstream test project
 * have no parent.
 */
class BuildFilesTest {
  static final Path ROOT = DocsSnippetsTest.ROOT;
  static final Pattern VERSION_PROPERTY =
      Pattern.compile("<([\\w.-]+-plugin\\.version)>([^<]+)</\\1>");

  @Test
  void theParentlessPomsPinTheirPluginsAtTheRootPomsVersions() throws IOException {
    Map<String, String> root = versions(ROOT.resolve("pom.xml"));
    for (String pom : List.of("register-bom/pom.xml", "register-downstream-tests/pom.xml")) {
      Map<String, String> own = versions(ROOT.resolve(pom));

      assertThat(own)
          .as(pom)
          .containsKeys("maven-install-plugin.version", "maven-deploy-plugin.version");
      own.forEach(
          (plugin, version) ->
              assertThat(root)
                  .as("%s: root pom.xml's %s", pom, plugin)
                  .containsEntry(plugin, version));
    }
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
