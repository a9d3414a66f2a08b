package org.oversight.register.vendor;

import java.time.LocalDate;

/** The directory shipped with the library. */
final class StandardVendors {
  static final VendorDirectory DIRECTORY =
      VendorDirectory.builder()
          .vendor(
              "Hikvision",
              "Hangzhou Hikvision Digital Technology Co., Ltd.",
              "Hikvision Digital Technology")
          .vendor("Dahua", "Zhejiang Dahua Technology Co., Ltd.", "Dahua Technology")
          .belongsTo(
              "EZVIZ",
              "Hikvision",
              null,
              null,
              "FCC Covered List and Hikvision annual report: EZVIZ is a Hikvision subsidiary (Dec 2022)")
          .belongsTo(
              "Lorex",
              "Dahua",
              LocalDate.of(2018, 1, 1),
              LocalDate.of(2023, 12, 31),
              "Dahua acquired Lorex in 2018 and sold it (reported late 2022 to January 2024)")
          .build();

  private StandardVendors() {}
}
