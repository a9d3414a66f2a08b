package org.oversight.register.testkit;

import java.time.LocalDate;
import java.util.List;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.model.ResidualRisk;

/**
 * Ready-made registers for tests and examples: the Essex Police 2021 scenario, an empty register,
 * and large synthetic ones. Stateless and thread-safe; each call builds a new (equal) register.
 */
public final class SampleRegisters {
  /**
   * Essex Police as its register's organisation profile: a police force in England, with its
   * published FOI contact.
   */
  public static final Organisation ESSEX_POLICE =
      new Organisation(
          "Essex Police",
          OrganisationKind.POLICE_FORCE,
          Nation.ENGLAND,
          new FoiContact(
              "Data Protection and Freedom of Information, Essex Police Headquarters, PO Box 2,"
                  + " Springfield, Chelmsford, CM2 6DA",
              null,
              "https://www.essex.police.uk/about-us/freedom-of-information/"),
          null,
          null);

  /** The date of the Essex Police FOI request that started the project: 2021-09-06. */
  public static final LocalDate ESSEX_AS_AT = LocalDate.of(2021, 9, 6);

  private SampleRegisters() {}

  /**
   * Returns a register modelled on the Essex Police 2021 FOI request ("Advanced CCTV - Products and
   * Contracts", ref 16076), as at {@link #ESSEX_AS_AT}. Its overt part holds no Hikvision product
   * and no advanced CCTV, so the overt answer to both asset questions is "no information held"; its
   * covert part holds facial recognition and Hikvision cameras, which a public answer must never
   * reveal.
   *
   * <ul>
   *   <li>{@code CAM-0001}: 12 overt Axis PTZ cameras in Chelmsford town centre (DPIA-7,
   *       C-2019-14);
   *   <li>{@code CAM-0002}: 30 overt Axis fixed cameras in Colchester town centre (DPIA-7,
   *       C-2019-14);
   *   <li>{@code BWV-0001}: 2,500 overt Axon body-worn cameras (DPIA-9, C-2020-03);
   *   <li>{@code COV-0001}: a covert NEC NeoFace facial recognition system with an authorisation
   *       reference (DPIA-12, C-2021-02, referenced by covert assets only);
   *   <li>{@code COV-0002}: 4 covert Hikvision cameras with an authorisation reference;
   *   <li>{@code DPIA-7} "Public space CCTV", version 2.1, approved 2019-02-11; {@code DPIA-9}
   *       "Body-worn video"; {@code DPIA-12} "Covert facial recognition";
   *   <li>{@code C-2019-14} (ESX/2019/114) with Example Systems Ltd, worth 125000.00 GBP; {@code
   *       C-2020-03} body-worn video supply; {@code C-2021-02} covert facial recognition.
   * </ul>
   *
   * @return the register, never null
   */
  public static AssetRegister essex2021() {
    Asset chelmsford =
        Assets.ptzCamera("CAM-0001")
            .description("Town centre public-space camera")
            .manufacturer("Axis Communications")
            .brand("Axis")
            .model("Q6135-LE")
            .quantity(12)
            .site("Chelmsford town centre")
            .dpiaIds(List.of("DPIA-7"))
            .contractIds(List.of("C-2019-14"))
            .build();
    Asset colchester =
        Assets.overtCamera("CAM-0002")
            .description("Town centre public-space camera")
            .manufacturer("Axis Communications")
            .brand("Axis")
            .model("P1375-E")
            .quantity(30)
            .site("Colchester town centre")
            .dpiaIds(List.of("DPIA-7"))
            .contractIds(List.of("C-2019-14"))
            .build();
    Asset bodyWorn =
        Assets.bodyWornCamera("BWV-0001")
            .description("Body-worn video for response officers")
            .manufacturer("Axon Enterprise")
            .brand("Axon")
            .model("Body 3")
            .inServiceFrom(LocalDate.of(2020, 1, 15))
            .quantity(2500)
            .dpiaIds(List.of("DPIA-9"))
            .contractIds(List.of("C-2020-03"))
            .build();
    Asset covertFacialRecognition =
        Asset.builder("COV-0001")
            .description("Facial recognition in support of authorised operations")
            .manufacturer("NEC Corporation")
            .brand("NeoFace")
            .model("NeoFace Reveal")
            .category(AssetCategory.FACIAL_RECOGNITION_SYSTEM)
            .capabilities(
                Capability.RETROSPECTIVE_FACIAL_RECOGNITION, Capability.LIVE_FACIAL_RECOGNITION)
            .deployment(Deployment.COVERT)
            .owned(true)
            .operated(true)
            .status(org.oversight.register.model.AssetStatus.IN_SERVICE)
            .inServiceFrom(LocalDate.of(2021, 3, 1))
            .dpiaIds(List.of("DPIA-12"))
            .contractIds(List.of("C-2021-02"))
            .authorisationRef("RIPA-DS-2021-017")
            .build();
    Asset covertHikvision =
        Assets.covertCamera("COV-0002")
            .description("Covert camera")
            .manufacturer("Hikvision")
            .model("DS-2CD2523G2-IS")
            .capabilities(Capability.RECORDING, Capability.NIGHT_VISION)
            .inServiceFrom(LocalDate.of(2020, 6, 1))
            .quantity(4)
            .authorisationRef("RIPA-DS-2021-022")
            .build();
    Dpia publicSpace =
        Dpia.builder("DPIA-7", "Public space CCTV", DpiaStatus.APPROVED)
            .version("2.1")
            .completedOn(LocalDate.of(2019, 2, 11))
            .reviewDue(LocalDate.of(2022, 2, 11))
            .owner("J. Smith")
            .residualRisk(ResidualRisk.LOW)
            .icoConsulted(false)
            .url("https://example.org/dpia-7.pdf")
            .build();
    Dpia bodyWornDpia =
        Dpia.builder("DPIA-9", "Body-worn video", DpiaStatus.APPROVED)
            .version("1.3")
            .completedOn(LocalDate.of(2019, 11, 4))
            .reviewDue(LocalDate.of(2022, 11, 4))
            .owner("A. Patel")
            .residualRisk(ResidualRisk.MEDIUM)
            .build();
    Dpia covertDpia =
        Dpia.builder("DPIA-12", "Covert facial recognition", DpiaStatus.APPROVED)
            .version("1.0")
            .completedOn(LocalDate.of(2021, 2, 15))
            .reviewDue(LocalDate.of(2022, 2, 15))
            .owner("M. Jones")
            .residualRisk(ResidualRisk.HIGH)
            .icoConsulted(true)
            .build();
    return Registers.builder()
        .organisation(ESSEX_POLICE)
        .asAt(ESSEX_AS_AT)
        .asset(chelmsford)
        .asset(colchester)
        .asset(bodyWorn)
        .asset(covertFacialRecognition)
        .asset(covertHikvision)
        .dpia(publicSpace)
        .dpia(bodyWornDpia)
        .dpia(covertDpia)
        .contract(
            Contracts.withValue("C-2019-14", "125000.00", "GBP")
                .reference("ESX/2019/114")
                .title("Town centre CCTV replacement")
                .startDate(LocalDate.of(2019, 3, 1))
                .endDate(LocalDate.of(2024, 2, 29))
                .procurementRoute("Bluelight")
                .publishedUrl("https://example.org/contracts/114")
                .build())
        .contract(
            Contracts.withValue("C-2020-03", "310000.00", "GBP")
                .supplier("Bluelight Technology Partners")
                .reference("ESX/2020/031")
                .title("Body-worn video supply")
                .startDate(LocalDate.of(2019, 12, 1))
                .endDate(LocalDate.of(2023, 11, 30))
                .build())
        .contract(
            Contracts.withValue("C-2021-02", "48000.00", "GBP")
                .supplier("Secure Vision Integrators Ltd")
                .reference("ESX/2021/007")
                .title("Specialist imaging services")
                .startDate(LocalDate.of(2021, 2, 1))
                .endDate(LocalDate.of(2024, 1, 31))
                .procurementRoute("Direct award")
                .build())
        .build();
  }

  /**
   * Returns a register with no assets, DPIAs or contracts, of {@link
   * Registers#DEFAULT_ORGANISATION} as at {@link Registers#DEFAULT_AS_AT}.
   *
   * @return the register, never null
   */
  public static AssetRegister empty() {
    return Registers.empty();
  }

  /**
   * Returns a large synthetic register: {@link RegisterGenerator#register(int)} with the given
   * seed.
   *
   * @param seed any number
   * @param size the number of assets, 0 or more; a million takes a few seconds
   * @return the register, never null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static AssetRegister large(long seed, int size) {
    return RegisterGenerator.seeded(seed).register(size);
  }
}
