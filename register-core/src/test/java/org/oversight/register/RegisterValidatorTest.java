package org.oversight.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.DocumentKind;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Money;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.Values;
import org.oversight.register.validation.InvalidRegisterException;
import org.oversight.register.validation.Problem;

class RegisterValidatorTest {
  private static final LocalDate AS_AT = LocalDate.of(2021, 9, 6);
  private final RegisterValidator validator = RegisterValidator.standard();

  // Field values, not builders: builders refuse bad values, and these tests need them to reach
  // validation.
  static Values<Asset> camera() {
    return Asset.TYPE.valuesOf(
        Asset.builder("CAM-0001")
            .category(AssetCategory.PTZ_CAMERA)
            .capabilities(Capability.RECORDING, Capability.LIVE_VIEW)
            .deployment(Deployment.OVERT)
            .owned(true)
            .operated(true)
            .status(AssetStatus.IN_SERVICE)
            .inServiceFrom(LocalDate.of(2019, 4, 1))
            .build());
  }

  static Values<Dpia> dpia() {
    return Dpia.TYPE.valuesOf(
        Dpia.builder("DPIA-7", "Public space CCTV", DpiaStatus.APPROVED)
            .completedOn(LocalDate.of(2019, 2, 11))
            .build());
  }

  static Values<Contract> contract() {
    return Contract.TYPE.valuesOf(Contract.builder("C-2019-14", "Example Systems Ltd").build());
  }

  private static ImmutableSortedSet<Capability> caps(Capability... capabilities) {
    return ImmutableSortedSet.copyOf(capabilities);
  }

  private List<Problem> problemsOf(Asset asset) {
    return validator.validate(
        new RegisterContents(
            "Essex Police",
            AS_AT,
            List.of(asset),
            List.of(dpia().build()),
            List.of(contract().build())));
  }

  @Test
  void aValidRegisterHasNoProblems() {
    Asset asset =
        camera()
            .set(Asset.DPIA_IDS, List.of("DPIA-7"))
            .set(Asset.CONTRACT_IDS, List.of("C-2019-14"))
            .set(Asset.MANUFACTURER, "Axis Communications")
            .set(Asset.QUANTITY, 12)
            .build();
    assertThat(problemsOf(asset)).isEmpty();
  }

  static Stream<Arguments> validAssets() {
    return Stream.of(
        Arguments.of(
            "planned without dates",
            (UnaryOperator<Values<Asset>>)
                b -> b.set(Asset.STATUS, AssetStatus.PLANNED).set(Asset.IN_SERVICE_FROM, null)),
        Arguments.of(
            "decommissioned with both dates",
            (UnaryOperator<Values<Asset>>)
                b ->
                    b.set(Asset.STATUS, AssetStatus.DECOMMISSIONED)
                        .set(Asset.IN_SERVICE_UNTIL, LocalDate.of(2020, 1, 1))),
        Arguments.of(
            "decommissioned the day it started",
            (UnaryOperator<Values<Asset>>)
                b ->
                    b.set(Asset.STATUS, AssetStatus.DECOMMISSIONED)
                        .set(Asset.IN_SERVICE_UNTIL, LocalDate.of(2019, 4, 1))),
        Arguments.of(
            "owned only", (UnaryOperator<Values<Asset>>) b -> b.set(Asset.OPERATED, false)),
        Arguments.of(
            "operated only", (UnaryOperator<Values<Asset>>) b -> b.set(Asset.OWNED, false)),
        Arguments.of(
            "covert with authorisation",
            (UnaryOperator<Values<Asset>>)
                b ->
                    b.set(Asset.DEPLOYMENT, Deployment.COVERT)
                        .set(Asset.AUTHORISATION_REF, "RIPA/2021/7")),
        Arguments.of(
            "covert without authorisation",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.DEPLOYMENT, Deployment.COVERT)),
        Arguments.of(
            "custom capability",
            (UnaryOperator<Values<Asset>>)
                b ->
                    b.set(
                        Asset.CAPABILITIES,
                        caps(Capability.of("X-WEAPON-DETECTION"), Capability.of("X-A1")))),
        Arguments.of(
            "no capabilities",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.CAPABILITIES, caps())),
        Arguments.of(
            "quantity 10,000,000",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.QUANTITY, 10_000_000)),
        Arguments.of(
            "64-character id",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.ID, AssetId.of("A".repeat(64)))),
        Arguments.of(
            "id of every allowed character",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.ID, AssetId.of("Az09._:-"))),
        Arguments.of(
            "description of 500 characters",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.DESCRIPTION, "d".repeat(500))),
        Arguments.of(
            "notes of 2000 characters",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.NOTES, "n".repeat(2000))),
        Arguments.of(
            "inner white space",
            (UnaryOperator<Values<Asset>>)
                b -> b.set(Asset.MANUFACTURER, "Hangzhou Hikvision  Digital")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validAssets")
  void validAssetsHaveNoProblems(String name, UnaryOperator<Values<Asset>> change) {
    assertThat(problemsOf(change.apply(camera()).build())).isEmpty();
  }

  static Stream<Arguments> invalidAssets() {
    return Stream.of(
        Arguments.of(
            "neither owned nor operated",
            (UnaryOperator<Values<Asset>>)
                b -> b.set(Asset.OWNED, false).set(Asset.OPERATED, false),
            "/assets/0/owned",
            "at least one of owned and operated must be true"),
        Arguments.of(
            "in service without start",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.IN_SERVICE_FROM, null),
            "/assets/0/inServiceFrom",
            "is required when the status is IN_SERVICE"),
        Arguments.of(
            "decommissioned without end",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.STATUS, AssetStatus.DECOMMISSIONED),
            "/assets/0/inServiceUntil",
            "is required when the status is DECOMMISSIONED"),
        Arguments.of(
            "ends before it starts",
            (UnaryOperator<Values<Asset>>)
                b ->
                    b.set(Asset.STATUS, AssetStatus.DECOMMISSIONED)
                        .set(Asset.IN_SERVICE_UNTIL, LocalDate.of(2019, 3, 31)),
            "/assets/0/inServiceUntil",
            "must not be before inServiceFrom (2019-04-01), was 2019-03-31"),
        Arguments.of(
            "a year the format cannot write",
            (UnaryOperator<Values<Asset>>)
                b -> b.set(Asset.IN_SERVICE_FROM, LocalDate.of(10000, 1, 1)),
            "/assets/0/inServiceFrom",
            "must be in the years 1 to 9999"),
        Arguments.of(
            "authorisation on overt",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.AUTHORISATION_REF, "RIPA/2021/7"),
            "/assets/0/authorisationRef",
            "is allowed only on a COVERT asset"),
        Arguments.of(
            "id with a space",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.ID, AssetId.of("CAM 1")),
            "/assets/0/id",
            "is not an identifier (character 4 is not allowed): use 1 to 64 characters of A-Z a-z 0-9 . _ : -"),
        Arguments.of(
            "empty id",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.ID, AssetId.of("")),
            "/assets/0/id",
            "is not an identifier (it is empty): use 1 to 64 characters of A-Z a-z 0-9 . _ : -"),
        Arguments.of(
            "65-character id",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.ID, AssetId.of("A".repeat(65))),
            "/assets/0/id",
            "is not an identifier (it is 65 characters): use 1 to 64 characters of A-Z a-z 0-9 . _"
                + " : -"),
        Arguments.of(
            "trailing space",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.MANUFACTURER, "Hikvision "),
            "/assets/0/manufacturer",
            "must not end with white space"),
        Arguments.of(
            "leading tab",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.BRAND, "\tEZVIZ"),
            "/assets/0/brand",
            "must not start with white space"),
        Arguments.of(
            "blank model",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.MODEL, "  "),
            "/assets/0/model",
            "must not be blank"),
        Arguments.of(
            "empty site",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.SITE, ""),
            "/assets/0/site",
            "must not be blank"),
        Arguments.of(
            "description too long",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.DESCRIPTION, "d".repeat(501)),
            "/assets/0/description",
            "is 501 characters, at most 500"),
        Arguments.of(
            "notes too long",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.NOTES, "n".repeat(2001)),
            "/assets/0/notes",
            "is 2001 characters, at most 2000"),
        Arguments.of(
            "quantity 0",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.QUANTITY, 0),
            "/assets/0/quantity",
            "must be at least 1, was 0"),
        Arguments.of(
            "quantity over ten million",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.QUANTITY, 10_000_001),
            "/assets/0/quantity",
            "must be at most 10000000, was 10000001"),
        Arguments.of(
            "unknown capability",
            (UnaryOperator<Values<Asset>>)
                b -> b.set(Asset.CAPABILITIES, caps(Capability.of("RECORDINGS"))),
            "/assets/0/capabilities/0",
            "\"RECORDINGS\" is not a capability code: use a standard code or X- followed by"
                + " upper-case letters, digits and hyphens"),
        Arguments.of(
            "custom capability in lower case",
            (UnaryOperator<Values<Asset>>)
                b -> b.set(Asset.CAPABILITIES, caps(Capability.of("X-weapon"))),
            "/assets/0/capabilities/0",
            "\"X-weapon\" is not a capability code: use a standard code or X- followed by"
                + " upper-case letters, digits and hyphens"),
        Arguments.of(
            "bare custom prefix",
            (UnaryOperator<Values<Asset>>)
                b -> b.set(Asset.CAPABILITIES, caps(Capability.of("X-"))),
            "/assets/0/capabilities/0",
            "\"X-\" is not a capability code: use a standard code or X- followed by"
                + " upper-case letters, digits and hyphens"),
        Arguments.of(
            "dangling DPIA",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.DPIA_IDS, List.of("DPIA-9")),
            "/assets/0/dpiaIds/0",
            "no DPIA has the id \"DPIA-9\""),
        Arguments.of(
            "dangling contract",
            (UnaryOperator<Values<Asset>>)
                b -> b.set(Asset.CONTRACT_IDS, List.of("C-2019-14", "C-1")),
            "/assets/0/contractIds/1",
            "no contract has the id \"C-1\""),
        Arguments.of(
            "DPIA listed twice",
            (UnaryOperator<Values<Asset>>) b -> b.set(Asset.DPIA_IDS, List.of("DPIA-7", "DPIA-7")),
            "/assets/0/dpiaIds/1",
            "\"DPIA-7\" is listed twice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidAssets")
  void eachBrokenRuleIsReportedWhereAndWhat(
      String name, UnaryOperator<Values<Asset>> change, String path, String message) {
    List<Problem> problems = problemsOf(change.apply(camera()).build());

    assertThat(problems)
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, message));
  }

  @Test
  void everyProblemOfAnAssetIsReportedInOnePass() {
    Asset asset =
        camera()
            .set(Asset.ID, AssetId.of("CAM 1"))
            .set(Asset.OWNED, false)
            .set(Asset.OPERATED, false)
            .set(Asset.QUANTITY, 0)
            .set(Asset.MANUFACTURER, " Hikvision")
            .set(Asset.AUTHORISATION_REF, "RIPA/1")
            .set(Asset.DPIA_IDS, List.of("DPIA-404"))
            .build();

    List<Problem> problems = problemsOf(asset);

    assertThat(problems)
        .extracting(Problem::pointer)
        .containsExactly(
            "/assets/0/id",
            "/assets/0/manufacturer",
            "/assets/0/owned",
            "/assets/0/quantity",
            "/assets/0/authorisationRef",
            "/assets/0/dpiaIds/0");
    assertThat(problems).allSatisfy(p -> assertThat(p.recordId()).isEqualTo("CAM 1"));
  }

  @Test
  void anIdentifierThatNamesNoRecordIsReportedOnceInEachListWhereItFirstAppears() {
    Asset first =
        camera()
            .set(Asset.DPIA_IDS, List.of("DPIA-7", "DPIA-9", "DPIA-9"))
            .set(Asset.CONTRACT_IDS, List.of("C-1", "C-2019-14", "DPIA-9"))
            .build();
    Asset second =
        camera()
            .set(Asset.ID, AssetId.of("CAM-0002"))
            .set(Asset.DPIA_IDS, List.of("DPIA-9"))
            .build();

    List<Problem> problems =
        validator.validate(
            new RegisterContents(
                "Essex Police",
                AS_AT,
                List.of(first, second),
                List.of(dpia().build()),
                List.of(contract().build())));

    assertThat(problems)
        .extracting(Problem::pointer, Problem::recordId, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/assets/0/dpiaIds/2", "CAM-0001", "\"DPIA-9\" is listed twice"),
            org.assertj.core.groups.Tuple.tuple(
                "/assets/0/dpiaIds/1", "CAM-0001", "no DPIA has the id \"DPIA-9\""),
            org.assertj.core.groups.Tuple.tuple(
                "/assets/0/contractIds/0", "CAM-0001", "no contract has the id \"C-1\""),
            org.assertj.core.groups.Tuple.tuple(
                "/assets/0/contractIds/2", "CAM-0001", "no contract has the id \"DPIA-9\""),
            org.assertj.core.groups.Tuple.tuple(
                "/assets/1/dpiaIds/0", "CAM-0002", "no DPIA has the id \"DPIA-9\""));
  }

  @Test
  void aGoverningDocumentNamingNoAssetOfTheRegisterIsReportedWhereItNamesIt() {
    Asset camera = camera().build();
    RegisterContents contents =
        new RegisterContents("Essex Police", AS_AT, List.of(camera), List.of(), List.of())
            .withDocuments(
                List.of(
                    GoverningDocument.of(
                        "P-1",
                        DocumentKind.POLICY,
                        "CCTV policy",
                        List.of("CAM-0001", "CAM-9", "CAM-9"),
                        Set.of())));

    assertThat(validator.validate(contents))
        .extracting(Problem::pointer, Problem::recordId, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/documents/0/assetIds/2", "P-1", "\"CAM-9\" is listed twice"),
            org.assertj.core.groups.Tuple.tuple(
                "/documents/0/assetIds/1", "P-1", "no asset has the id \"CAM-9\""));
  }

  @Test
  void problemsNeverRepeatAnAuthorisationReference() {
    Asset asset = camera().set(Asset.AUTHORISATION_REF, "OPERATION-NIGHTJAR/42").build();

    assertThat(problemsOf(asset))
        .extracting(Problem::toString)
        .noneMatch(text -> text.contains("NIGHTJAR"));
  }

  @Test
  void whiteSpaceProblemsNeverRepeatAnAuthorisationReferenceOrAnOwnersName() {
    Asset asset =
        camera()
            .set(Asset.DEPLOYMENT, Deployment.COVERT)
            .set(Asset.AUTHORISATION_REF, " OP-NIGHTJAR/42")
            .build();
    RegisterContents contents =
        new RegisterContents(
            "Essex Police",
            AS_AT,
            List.of(asset),
            List.of(dpia().set(Dpia.OWNER, "J. Smith ").build()),
            List.of());

    assertThat(validator.validate(contents))
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/assets/0/authorisationRef", "must not start with white space"),
            org.assertj.core.groups.Tuple.tuple("/dpias/0/owner", "must not end with white space"));
  }

  @Test
  void duplicateIdsAreReportedAtTheSecondUse() {
    RegisterContents contents =
        new RegisterContents(
            "Essex Police",
            AS_AT,
            List.of(
                camera().build(),
                camera().set(Asset.ID, AssetId.of("CAM-0002")).build(),
                camera().build()),
            List.of(dpia().build(), dpia().build()),
            List.of(contract().build(), contract().build()));

    assertThat(validator.validate(contents))
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/assets/2/id", "duplicate id \"CAM-0001\", first used by /assets/0"),
            org.assertj.core.groups.Tuple.tuple(
                "/dpias/1/id", "duplicate id \"DPIA-7\", first used by /dpias/0"),
            org.assertj.core.groups.Tuple.tuple(
                "/contracts/1/id", "duplicate id \"C-2019-14\", first used by /contracts/0"));
  }

  static Stream<Arguments> invalidDpias() {
    return Stream.of(
        Arguments.of(
            dpia().set(Dpia.COMPLETED_ON, null).build(),
            "/dpias/0/completedOn",
            "is required when the status is APPROVED"),
        Arguments.of(
            dpia().set(Dpia.TITLE, " x").build(),
            "/dpias/0/title",
            "must not start with white space"),
        Arguments.of(
            dpia().set(Dpia.URL, "ftp://example.org/x").build(),
            "/dpias/0/url",
            "is not an absolute http or https URI"),
        Arguments.of(
            dpia().set(Dpia.URL, "/relative.pdf").build(),
            "/dpias/0/url",
            "is not an absolute http or https URI"),
        Arguments.of(
            dpia().set(Dpia.ID, "DPIA 7").build(),
            "/dpias/0/id",
            "is not an identifier (character 5 is not allowed): use 1 to 64 characters of A-Z a-z 0-9 . _ : -"),
        Arguments.of(dpia().set(Dpia.OWNER, "").build(), "/dpias/0/owner", "must not be blank"));
  }

  @ParameterizedTest
  @MethodSource("invalidDpias")
  void brokenDpiaRulesAreReported(Dpia dpia, String path, String message) {
    RegisterContents contents =
        new RegisterContents("Essex Police", AS_AT, List.of(), List.of(dpia), List.of());

    assertThat(validator.validate(contents))
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, message));
  }

  @Test
  void aDraftDpiaNeedsNoCompletionDate() {
    RegisterContents contents =
        new RegisterContents(
            "Essex Police",
            AS_AT,
            List.of(),
            List.of(
                dpia()
                    .set(Dpia.STATUS, DpiaStatus.DRAFT)
                    .set(Dpia.COMPLETED_ON, null)
                    .set(Dpia.URL, "https://x.org/a")
                    .build()),
            List.of());

    assertThat(validator.validate(contents)).isEmpty();
  }

  static Stream<Arguments> invalidContracts() {
    return Stream.of(
        Arguments.of(
            contract()
                .set(Contract.START_DATE, LocalDate.of(2019, 3, 1))
                .set(Contract.END_DATE, LocalDate.of(2019, 2, 28))
                .build(),
            "/contracts/0/endDate",
            "must not be before startDate (2019-03-01), was 2019-02-28"),
        Arguments.of(
            contract()
                .set(
                    Contract.VALUE, new Money(new BigDecimal("-1.00"), Currency.getInstance("GBP")))
                .build(),
            "/contracts/0/value/amount",
            "must not be negative"),
        Arguments.of(
            contract().set(Contract.SUPPLIER, "").build(),
            "/contracts/0/supplier",
            "must not be blank"),
        Arguments.of(
            contract().set(Contract.PUBLISHED_URL, "example.org").build(),
            "/contracts/0/publishedUrl",
            "is not an absolute http or https URI"));
  }

  @ParameterizedTest
  @MethodSource("invalidContracts")
  void brokenContractRulesAreReported(Contract contract, String path, String message) {
    RegisterContents contents =
        new RegisterContents("Essex Police", AS_AT, List.of(), List.of(), List.of(contract));

    assertThat(validator.validate(contents))
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, message));
  }

  @Test
  void aContractMayEndTheDayItStartsAndBeWorthNothing() {
    Contract contract =
        contract()
            .set(Contract.START_DATE, LocalDate.of(2019, 3, 1))
            .set(Contract.END_DATE, LocalDate.of(2019, 3, 1))
            .set(Contract.VALUE, Money.of("0", "GBP"))
            .set(Contract.PUBLISHED_URL, "https://example.org/contracts/114")
            .build();
    RegisterContents contents =
        new RegisterContents("Essex Police", AS_AT, List.of(), List.of(), List.of(contract));

    assertThat(validator.validate(contents)).isEmpty();
  }

  @Test
  void aBlankOrganisationIsReported() {
    RegisterContents contents = new RegisterContents(" ", AS_AT, List.of(), List.of(), List.of());

    assertThat(validator.validate(contents))
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/organisation/name", "must not be blank"));
  }

  @Test
  void buildingARegisterFromInvalidPartsFailsWithEveryProblem() {
    Asset bad =
        camera().set(Asset.QUANTITY, 0).set(Asset.OWNED, false).set(Asset.OPERATED, false).build();

    assertThatThrownBy(
            () -> AssetRegister.of("Essex Police", AS_AT, List.of(bad), List.of(), List.of()))
        .isInstanceOfSatisfying(
            InvalidRegisterException.class,
            e -> {
              assertThat(e.problems()).hasSize(2);
              assertThat(e.getMessage())
                  .startsWith("2 problems in the register:")
                  .contains("/assets/0/quantity (CAM-0001): must be at least 1, was 0");
            });
  }

  @Test
  void aSingleAssetCanBeCheckedOnItsOwn() {
    assertThat(validator.validate(camera().set(Asset.QUANTITY, 0).build()))
        .extracting(Problem::pointer)
        .containsExactly("/quantity");
  }
}
