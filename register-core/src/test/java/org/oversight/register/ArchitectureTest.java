package org.oversight.register;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.oversight.register");

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("org.oversight.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void coreDependsOnNeitherJacksonNorTheOtherModules() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "tools.jackson..",
            "com.fasterxml.jackson..",
            "org.oversight.register.json..",
            "org.oversight.register.testkit..",
            "org.oversight.register.cli..",
            "picocli..")
        .check(CORE);
  }

  @Test
  void theModelKnowsNothingOfRegistersQueriesOrVendors() {
    noClasses()
        .that()
        .resideInAPackage("org.oversight.register.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.oversight.register",
            "org.oversight.register.vendor..",
            "org.oversight.register.internal..")
        .check(CORE);
  }
}
