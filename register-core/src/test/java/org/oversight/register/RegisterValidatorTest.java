package org.oversight.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.Money;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.validation.InvalidRegisterException;
import org.oversight.register.validation.Problem;

class RegisterValidatorTest {
  private static final LocalDate AS_AT = LocalDate.of(2021, 9, 6);
  private final RegisterValidator validator = RegisterValidator.standard();

  static Asset.Builder camera() {
    return Asset.builder("CAM-0001")
        .category(AssetCategory.PTZ_CAMERA)
        .capabilities(Capability.RECORDING, Capability.LIVE_VIEW)
        .deployment(Deployment.OVERT)
        .owned(true)
        .operated(true)
        .status(AssetStatus.IN_SERVICE)
        .inServiceFrom(LocalDate.of(2019, 4, 1));
  }

  static Dpia.Builder dpia() {
    return Dpia.builder("DPIA-7", "Public space CCTV", DpiaStatus.APPROVED)
        .completedOn(LocalDate.of(2019, 2, 11));
  }

  static Contract.Builder contract() {
    return Contract.builder("C-2019-14", "Example Systems Ltd");
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
  void a_valid_register_has_no_problems() {
    Asset asset =
        camera()
            .dpiaIds(List.of("DPIA-7"))
            .contractIds(List.of("C-2019-14"))
            .manufacturer("Axis Communications")
            .quantity(12)
            .build();
    assertThat(problemsOf(asset)).isEmpty();
  }

  static Stream<Arguments> validAssets() {
    return Stream.of(
        Arguments.of(
            "planned without dates",
            (UnaryOperator<Asset.Builder>) b -> b.status(AssetStatus.PLANNED).inServiceFrom(null)),
        Arguments.of(
            "decommissioned with both dates",
            (UnaryOperator<Asset.Builder>)
                b -> b.status(AssetStatus.DECOMMISSIONED).inServiceUntil(LocalDate.of(2020, 1, 1))),
        Arguments.of(
            "decommissioned the day it started",
            (UnaryOperator<Asset.Builder>)
                b -> b.status(AssetStatus.DECOMMISSIONED).inServiceUntil(LocalDate.of(2019, 4, 1))),
        Arguments.of("owned only", (UnaryOperator<Asset.Builder>) b -> b.operated(false)),
        Arguments.of("operated only", (UnaryOperator<Asset.Builder>) b -> b.owned(false)),
        Arguments.of(
            "covert with authorisation",
            (UnaryOperator<Asset.Builder>)
                b -> b.deployment(Deployment.COVERT).authorisationRef("RIPA/2021/7")),
        Arguments.of(
            "covert without authorisation",
            (UnaryOperator<Asset.Builder>) b -> b.deployment(Deployment.COVERT)),
        Arguments.of(
            "custom capability",
            (UnaryOperator<Asset.Builder>)
                b -> b.capabilities(Capability.of("X-WEAPON-DETECTION"), Capability.of("X-A1"))),
        Arguments.of("no capabilities", (UnaryOperator<Asset.Builder>) b -> b.capabilities()),
        Arguments.of(
            "quantity 10,000,000", (UnaryOperator<Asset.Builder>) b -> b.quantity(10_000_000)),
        Arguments.of("64-character id", (UnaryOperator<Asset.Builder>) b -> b.id("A".repeat(64))),
        Arguments.of(
            "id of every allowed character", (UnaryOperator<Asset.Builder>) b -> b.id("Az09._:-")),
        Arguments.of(
            "description of 500 characters",
            (UnaryOperator<Asset.Builder>) b -> b.description("d".repeat(500))),
        Arguments.of(
            "notes of 2000 characters",
            (UnaryOperator<Asset.Builder>) b -> b.notes("n".repeat(2000))),
        Arguments.of(
            "inner white space",
            (UnaryOperator<Asset.Builder>) b -> b.manufacturer("Hangzhou Hikvision  Digital")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validAssets")
  void valid_assets_have_no_problems(String name, UnaryOperator<Asset.Builder> change) {
    assertThat(problemsOf(change.apply(camera()).build())).isEmpty();
  }

  static Stream<Arguments> invalidAssets() {
    return Stream.of(
        Arguments.of(
            "neither owned nor operated",
            (UnaryOperator<Asset.Builder>) b -> b.owned(false).operated(false),
            "assets[0].owned",
            "at least one of owned and operated must be true"),
        Arguments.of(
            "in service without start",
            (UnaryOperator<Asset.Builder>) b -> b.inServiceFrom(null),
            "assets[0].inServiceFrom",
            "is required when the status is IN_SERVICE"),
        Arguments.of(
            "decommissioned without end",
            (UnaryOperator<Asset.Builder>) b -> b.status(AssetStatus.DECOMMISSIONED),
            "assets[0].inServiceUntil",
            "is required when the status is DECOMMISSIONED"),
        Arguments.of(
            "ends before it starts",
            (UnaryOperator<Asset.Builder>)
                b -> b.status(AssetStatus.DECOMMISSIONED).inServiceUntil(LocalDate.of(2019, 3, 31)),
            "assets[0].inServiceUntil",
            "must not be before inServiceFrom (2019-04-01), was 2019-03-31"),
        Arguments.of(
            "a year the format cannot write",
            (UnaryOperator<Asset.Builder>) b -> b.inServiceFrom(LocalDate.of(10000, 1, 1)),
            "assets[0].inServiceFrom",
            "must be in the years 1 to 9999, was +10000-01-01"),
        Arguments.of(
            "authorisation on overt",
            (UnaryOperator<Asset.Builder>) b -> b.authorisationRef("RIPA/2021/7"),
            "assets[0].authorisationRef",
            "is allowed only on a COVERT asset"),
        Arguments.of(
            "id with a space",
            (UnaryOperator<Asset.Builder>) b -> b.id("CAM 1"),
            "assets[0].id",
            "\"CAM 1\" is not an identifier: use 1 to 64 characters of A-Z a-z 0-9 . _ : -"),
        Arguments.of(
            "empty id",
            (UnaryOperator<Asset.Builder>) b -> b.id(""),
            "assets[0].id",
            "\"\" is not an identifier: use 1 to 64 characters of A-Z a-z 0-9 . _ : -"),
        Arguments.of(
            "65-character id",
            (UnaryOperator<Asset.Builder>) b -> b.id("A".repeat(65)),
            "assets[0].id",
            "\""
                + "A".repeat(65)
                + "\" is not an identifier: use 1 to 64 characters of A-Z a-z 0-9 . _ : -"),
        Arguments.of(
            "trailing space",
            (UnaryOperator<Asset.Builder>) b -> b.manufacturer("Hikvision "),
            "assets[0].manufacturer",
            "\"Hikvision \" must not start or end with white space"),
        Arguments.of(
            "leading tab",
            (UnaryOperator<Asset.Builder>) b -> b.brand("\tEZVIZ"),
            "assets[0].brand",
            "\"\\tEZVIZ\" must not start or end with white space"),
        Arguments.of(
            "blank model",
            (UnaryOperator<Asset.Builder>) b -> b.model("  "),
            "assets[0].model",
            "must not be blank"),
        Arguments.of(
            "empty site",
            (UnaryOperator<Asset.Builder>) b -> b.site(""),
            "assets[0].site",
            "must not be blank"),
        Arguments.of(
            "description too long",
            (UnaryOperator<Asset.Builder>) b -> b.description("d".repeat(501)),
            "assets[0].description",
            "must be at most 500 characters, was 501"),
        Arguments.of(
            "notes too long",
            (UnaryOperator<Asset.Builder>) b -> b.notes("n".repeat(2001)),
            "assets[0].notes",
            "must be at most 2000 characters, was 2001"),
        Arguments.of(
            "quantity 0",
            (UnaryOperator<Asset.Builder>) b -> b.quantity(0),
            "assets[0].quantity",
            "must be at least 1"),
        Arguments.of(
            "quantity over ten million",
            (UnaryOperator<Asset.Builder>) b -> b.quantity(10_000_001),
            "assets[0].quantity",
            "must be at most 10000000"),
        Arguments.of(
            "unknown capability",
            (UnaryOperator<Asset.Builder>) b -> b.capabilities(Capability.of("RECORDINGS")),
            "assets[0].capabilities",
            "\"RECORDINGS\" is not a capability code: use a standard code or X- followed by"
                + " upper-case letters, digits and hyphens"),
        Arguments.of(
            "custom capability in lower case",
            (UnaryOperator<Asset.Builder>) b -> b.capabilities(Capability.of("X-weapon")),
            "assets[0].capabilities",
            "\"X-weapon\" is not a capability code: use a standard code or X- followed by"
                + " upper-case letters, digits and hyphens"),
        Arguments.of(
            "bare custom prefix",
            (UnaryOperator<Asset.Builder>) b -> b.capabilities(Capability.of("X-")),
            "assets[0].capabilities",
            "\"X-\" is not a capability code: use a standard code or X- followed by"
                + " upper-case letters, digits and hyphens"),
        Arguments.of(
            "dangling DPIA",
            (UnaryOperator<Asset.Builder>) b -> b.dpiaIds(List.of("DPIA-9")),
            "assets[0].dpiaIds[0]",
            "no DPIA has the id \"DPIA-9\""),
        Arguments.of(
            "dangling contract",
            (UnaryOperator<Asset.Builder>) b -> b.contractIds(List.of("C-2019-14", "C-1")),
            "assets[0].contractIds[1]",
            "no contract has the id \"C-1\""),
        Arguments.of(
            "DPIA listed twice",
            (UnaryOperator<Asset.Builder>) b -> b.dpiaIds(List.of("DPIA-7", "DPIA-7")),
            "assets[0].dpiaIds[1]",
            "\"DPIA-7\" is listed twice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidAssets")
  void each_broken_rule_is_reported_where_and_what(
      String name, UnaryOperator<Asset.Builder> change, String path, String message) {
    List<Problem> problems = problemsOf(change.apply(camera()).build());

    assertThat(problems)
        .extracting(Problem::path, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, message));
  }

  @Test
  void every_problem_of_an_asset_is_reported_in_one_pass() {
    Asset asset =
        camera()
            .id("CAM 1")
            .owned(false)
            .operated(false)
            .quantity(0)
            .manufacturer(" Hikvision")
            .authorisationRef("RIPA/1")
            .dpiaIds(List.of("DPIA-404"))
            .build();

    List<Problem> problems = problemsOf(asset);

    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly(
            "assets[0].authorisationRef",
            "assets[0].id",
            "assets[0].manufacturer",
            "assets[0].owned",
            "assets[0].quantity",
            "assets[0].dpiaIds[0]");
    assertThat(problems).allSatisfy(p -> assertThat(p.recordId()).isEqualTo("CAM 1"));
  }

  @Test
  void problems_never_repeat_an_authorisation_reference() {
    Asset asset = camera().authorisationRef("OPERATION-NIGHTJAR/42").build();

    assertThat(problemsOf(asset))
        .extracting(Problem::toString)
        .noneMatch(text -> text.contains("NIGHTJAR"));
  }

  @Test
  void white_space_problems_never_repeat_an_authorisation_reference_or_an_owners_name() {
    Asset asset =
        camera().deployment(Deployment.COVERT).authorisationRef(" OP-NIGHTJAR/42").build();
    RegisterContents contents =
        new RegisterContents(
            "Essex Police",
            AS_AT,
            List.of(asset),
            List.of(dpia().owner("J. Smith ").build()),
            List.of());

    assertThat(validator.validate(contents))
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "assets[0].authorisationRef", "must not start or end with white space"),
            org.assertj.core.groups.Tuple.tuple(
                "dpias[0].owner", "must not start or end with white space"));
  }

  @Test
  void duplicate_ids_are_reported_at_the_second_use() {
    RegisterContents contents =
        new RegisterContents(
            "Essex Police",
            AS_AT,
            List.of(camera().build(), camera().id("CAM-0002").build(), camera().build()),
            List.of(dpia().build(), dpia().build()),
            List.of(contract().build(), contract().build()));

    assertThat(validator.validate(contents))
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "assets[2].id", "duplicate id \"CAM-0001\", first used by assets[0]"),
            org.assertj.core.groups.Tuple.tuple(
                "dpias[1].id", "duplicate id \"DPIA-7\", first used by dpias[0]"),
            org.assertj.core.groups.Tuple.tuple(
                "contracts[1].id", "duplicate id \"C-2019-14\", first used by contracts[0]"));
  }

  static Stream<Arguments> invalidDpias() {
    return Stream.of(
        Arguments.of(
            dpia().completedOn(null).build(),
            "dpias[0].completedOn",
            "is required when the status is APPROVED"),
        Arguments.of(
            dpia().title(" x").build(),
            "dpias[0].title",
            "\" x\" must not start or end with white space"),
        Arguments.of(
            dpia().url("ftp://example.org/x").build(),
            "dpias[0].url",
            "\"ftp://example.org/x\" is not an absolute http or https URI"),
        Arguments.of(
            dpia().url("/relative.pdf").build(),
            "dpias[0].url",
            "\"/relative.pdf\" is not an absolute http or https URI"),
        Arguments.of(
            dpia().id("DPIA 7").build(),
            "dpias[0].id",
            "\"DPIA 7\" is not an identifier: use 1 to 64 characters of A-Z a-z 0-9 . _ : -"),
        Arguments.of(dpia().owner("").build(), "dpias[0].owner", "must not be blank"));
  }

  @ParameterizedTest
  @MethodSource("invalidDpias")
  void broken_dpia_rules_are_reported(Dpia dpia, String path, String message) {
    RegisterContents contents =
        new RegisterContents("Essex Police", AS_AT, List.of(), List.of(dpia), List.of());

    assertThat(validator.validate(contents))
        .extracting(Problem::path, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, message));
  }

  @Test
  void a_draft_dpia_needs_no_completion_date() {
    RegisterContents contents =
        new RegisterContents(
            "Essex Police",
            AS_AT,
            List.of(),
            List.of(
                dpia().status(DpiaStatus.DRAFT).completedOn(null).url("https://x.org/a").build()),
            List.of());

    assertThat(validator.validate(contents)).isEmpty();
  }

  static Stream<Arguments> invalidContracts() {
    return Stream.of(
        Arguments.of(
            contract()
                .startDate(LocalDate.of(2019, 3, 1))
                .endDate(LocalDate.of(2019, 2, 28))
                .build(),
            "contracts[0].endDate",
            "must not be before startDate (2019-03-01), was 2019-02-28"),
        Arguments.of(
            contract()
                .value(new Money(new BigDecimal("-1.00"), Currency.getInstance("GBP")))
                .build(),
            "contracts[0].value.amount",
            "must not be negative"),
        Arguments.of(contract().supplier("").build(), "contracts[0].supplier", "must not be blank"),
        Arguments.of(
            contract().publishedUrl("example.org").build(),
            "contracts[0].publishedUrl",
            "\"example.org\" is not an absolute http or https URI"));
  }

  @ParameterizedTest
  @MethodSource("invalidContracts")
  void broken_contract_rules_are_reported(Contract contract, String path, String message) {
    RegisterContents contents =
        new RegisterContents("Essex Police", AS_AT, List.of(), List.of(), List.of(contract));

    assertThat(validator.validate(contents))
        .extracting(Problem::path, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, message));
  }

  @Test
  void a_contract_may_end_the_day_it_starts_and_be_worth_nothing() {
    Contract contract =
        contract()
            .startDate(LocalDate.of(2019, 3, 1))
            .endDate(LocalDate.of(2019, 3, 1))
            .value(Money.of("0", "GBP"))
            .publishedUrl("https://example.org/contracts/114")
            .build();
    RegisterContents contents =
        new RegisterContents("Essex Police", AS_AT, List.of(), List.of(), List.of(contract));

    assertThat(validator.validate(contents)).isEmpty();
  }

  @Test
  void a_blank_organisation_is_reported() {
    RegisterContents contents = new RegisterContents(" ", AS_AT, List.of(), List.of(), List.of());

    assertThat(validator.validate(contents))
        .extracting(Problem::path, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("organisation", "must not be blank"));
  }

  @Test
  void building_a_register_from_invalid_parts_fails_with_every_problem() {
    Asset bad = camera().quantity(0).owned(false).operated(false).build();

    assertThatThrownBy(
            () -> AssetRegister.of("Essex Police", AS_AT, List.of(bad), List.of(), List.of()))
        .isInstanceOfSatisfying(
            InvalidRegisterException.class,
            e -> {
              assertThat(e.problems()).hasSize(2);
              assertThat(e.getMessage())
                  .startsWith("2 problems in the register:")
                  .contains("assets[0].quantity (CAM-0001): must be at least 1");
            });
  }

  @Test
  void a_single_asset_can_be_checked_on_its_own() {
    assertThat(validator.validate(camera().quantity(0).build()))
        .extracting(Problem::path)
        .containsExactly("quantity");
  }
}
