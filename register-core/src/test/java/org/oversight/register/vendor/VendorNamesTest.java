package org.oversight.register.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VendorNamesTest {

  @ParameterizedTest(name = "\"{0}\" normalises to \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hikvision | hikvision",
        "HIKVISION | hikvision",
        "HikVision | hikvision",
        "Hik Vision | hikvision",
        "Hik-Vision | hikvision",
        "  hik   vision  | hikvision",
        "Hangzhou Hikvision Digital Technology Co., Ltd. | hangzhouhikvisiondigitaltechnology",
        "Hangzhou Hikvision Digital Technology Co Ltd | hangzhouhikvisiondigitaltechnology",
        "Hikvision (UK) Ltd | hikvision",
        "Hikvision [Europe] B.V. | hikvision",
        "Axis Communications AB | axiscommunications",
        "Motorola Solutions, Inc. | motorolasolutions",
        "Honeywell International Inc. | honeywellinternational",
        "Bosch Sicherheitssysteme GmbH | boschsicherheitssysteme",
        "Société Générale S.A. | societegenerale",
        "ZTE Corporation | zte",
        "Smith & Wesson plc | smithandwesson",
        "O'Brien Cameras Limited | obriencameras",
        "Ltd | ltd",
        "(UK) | uk",
        "--- | ''",
      })
  void normalisesSpellingsOfOneName(String name, String expected) {
    assertThat(VendorNames.normalise(name)).isEqualTo(expected);
  }
}
