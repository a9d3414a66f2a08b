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

  /** The wording layer, nested classes included. */
  private static final String WORDING_CLASSES =
      ".*\\.(FoiRenderer|LetterView|Wording|LetterText)(\\$.*)?";

  @Test
  void theDecisionsHaveNoWordingAndNoTemplates() {
    noClasses()
        .that()
        .resideInAPackage(FOI)
        .and()
        .haveNameNotMatching(WORDING_CLASSES)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.github.mustachejava..")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleName("LetterView")
        .because("decisions (outcomes, records, exemptions) are apart from their wording")
        .check(CLASSES);
  }

  @Test
  void theWordingSeesTheResponseOnlyNeverTheRegister() {
    noClasses()
        .that()
        .haveNameMatching(WORDING_CLASSES)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(OvertRegister.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(Asset.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(AssetRegister.class)
        .because("letters are worded from the decisions, which come from the overt view only")
        .check(CLASSES);
  }
}
