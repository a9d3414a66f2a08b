package org.oversight.register.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Guards the architecture: no package cycles, and register-core knows nothing of the others. */
class ArchitectureTest {
  // Jars are included: in `mvn verify` register-core reaches the tests as its packaged jar.
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.oversight.register");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.oversight.register.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void coreDependsOnNeitherJacksonNorTheOtherModules() {
    noClasses()
        .that()
        .resideInAPackage("org.oversight.register..")
        .and()
        .resideOutsideOfPackages(
            "org.oversight.register.json..",
            "org.oversight.register.testkit..",
            "org.oversight.register.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "tools.jackson..",
            "com.fasterxml.jackson..",
            "org.oversight.register.json..",
            "org.oversight.register.testkit..",
            "org.oversight.register.cli..",
            "org.assertj..",
            "org.quicktheories..")
        .check(CLASSES);
  }
}
