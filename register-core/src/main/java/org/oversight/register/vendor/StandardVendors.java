package org.oversight.register.vendor;

import org.oversight.register.internal.refdata.ShippedData;
import org.oversight.register.refdata.DataVersion;

/** The directory shipped with the library, read once from {@value #RESOURCE}. */
final class StandardVendors {
  static final String RESOURCE = "vendors-v1.txt";
  static final DataVersion VERSION;
  static final VendorDirectory DIRECTORY;

  static {
    ShippedData<VendorDirectory> shipped =
        ShippedData.load(
            StandardVendors.class,
            RESOURCE,
            VendorDirectory.FORMAT,
            lines -> VendorDirectory.builder().load(lines).build());
    VERSION = shipped.version();
    DIRECTORY = shipped.data();
  }

  private StandardVendors() {}
}
