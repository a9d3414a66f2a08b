package org.oversight.register.foi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetQuery;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Deployment;

/** Public-answer code cannot reach covert-only data (DOMAIN.md rules 1 and 9). */
class FoiArchitectureTest {

  private static final String FOI = "org.oversight.register.foi..";

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.oversight.register");

  @Test
  void foiNeverReadsAnAuthorisationReference() {
    noClasses()
        .that()
        .resideInAPackage(FOI)
        .should()
        .callMethod(Asset.class, "authorisationRef")
        .because("covert authorisation data is never joined into public-answer code")
        .check(CLASSES);
  }

  @Test
  void foiNeverAsksForCovertAssets() {
    noClasses()
        .that()
        .resideInAPackage(FOI)
        .should()
        .callMethod(AssetQuery.class, "covert")
        .check(CLASSES);
  }

  @Test
  void onlyTheOvertViewTouchesTheWholeRegisterOrDeployment() {
    noClasses()
        .that()
        .resideInAPackage(FOI)
        .and()
        .doNotHaveSimpleName("OvertRegister")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(AssetRegister.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(Deployment.class)
        .orShould()
        .callMethod(Asset.class, "isCovert")
        .because("answers are computed from the overt view only")
        .check(CLASSES);
  }
}
