package org.oversight.register.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetQuery;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Deployment;

/** The report is public: it is built from the overt view and cannot reach covert-only data. */
class ReportArchitectureTest {
  private static final JavaClasses REPORT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.oversight.register.report");

  @Test
  void theReportNeverTouchesTheWholeRegisterOrDeployment() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .areAssignableTo(AssetRegister.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(Deployment.class)
        .orShould()
        .callMethod(Asset.class, "isCovert")
        .orShould()
        .callMethod(AssetQuery.class, "covert")
        .because("the report is computed from the overt view only (DOMAIN.md rule 1)")
        .check(REPORT);
  }

  @Test
  void theReportNeverReadsConfidentialFields() {
    noClasses()
        .should()
        .callMethod(Asset.class, "authorisationRef")
        .orShould()
        .callMethod(Asset.class, "notes")
        .because("covert authorisation data and notes are never in a public rendering (rule 9)")
        .check(REPORT);
  }
}
