package org.oversight.register.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.store.RecordedRegisters;
import org.oversight.register.store.StoreException;
import org.oversight.register.store.StoreLocation;

/**
 * The FOI command reaches the store only through {@link RecordedRegisters}: registers as recorded,
 * never the audit trail, whose reasons may speak of covert assets.
 */
class StoreArchitectureTest {
  private static final JavaClasses CLI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.oversight.register.cli");

  @Test
  void onlyTheFoiClassesAnswerFoiRequests() {
    noClasses()
        .that()
        .haveSimpleNameNotStartingWith("Foi")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(FoiResponder.class)
        .check(CLI);
  }

  @Test
  void theFoiPathSeesTheStoreOnlyAsRecordedRegisters() {
    noClasses()
        .that()
        .haveSimpleNameStartingWith("Foi")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.oversight.register.store..")
                .and(
                    not(
                        belongToAnyOf(
                            RecordedRegisters.class, StoreLocation.class, StoreException.class))))
        .check(CLI);
  }
}
