package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;

class SingleRecordTest {
  private static final RegisterJson JSON = RegisterJson.standard();

  @Test
  void anAssetThatReferencesDpiasAndContractsReadsBackAlone() throws Exception {
    AssetRegister essex = JSON.read(EssexExampleTest.EXAMPLE);
    for (Asset asset : essex.assets()) {
      String line = JSON.writeRecord(Asset.TYPE, asset);

      assertThat(JSON.parseRecord(Asset.TYPE, line)).isEqualTo(asset);
    }
    assertThat(essex.assets()).anyMatch(a -> !a.dpiaIds().isEmpty() && !a.contractIds().isEmpty());
  }
}
