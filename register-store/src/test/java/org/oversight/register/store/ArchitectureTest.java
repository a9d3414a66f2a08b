package org.oversight.register.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The audit trail (authors, reasons, history) stays out of reach of the FOI side. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.oversight.register");

  @Test
  void foiDependsOnNothingInTheStore() {
    noClasses()
        .that()
        .resideInAPackage("org.oversight.register.foi..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.oversight.register.store..")
        .check(CLASSES);
  }

  @Test
  void coreAndJsonDependOnNothingInTheStore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.oversight.register.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.oversight.register.store..")
        .check(CLASSES);
  }

  @Test
  void recordedRegistersHandsOutRegistersAndNothingOfTheAuditTrail() {
    List<Class<?>> audit =
        List.of(
            RegisterStore.class,
            Revision.class,
            RevisionInfo.class,
            AssetChange.class,
            RegisterDiff.class,
            RecordChange.class,
            FieldChange.class);
    for (Method method : RecordedRegisters.class.getMethods()) {
      List<Class<?>> mentioned =
          Stream.concat(
                  Stream.of(method.getReturnType()), Arrays.stream(method.getParameterTypes()))
              .toList();
      assertThat(mentioned).as(method.getName()).doesNotContainAnyElementsOf(audit);
      assertThat(method.getGenericReturnType().getTypeName())
          .as(method.getName())
          .doesNotContain("Revision", "Change", "Diff");
    }
  }
}
