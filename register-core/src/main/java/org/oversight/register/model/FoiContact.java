package org.oversight.register.model;

import org.jspecify.annotations.Nullable;

/**
 * How to reach an organisation's FOI unit, or whoever conducts its internal reviews: a postal
 * address, an e-mail address, a web page, at least one of them. Public information: a letter prints
 * it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param postalAddress the postal address on one line, parts separated by commas, if any
 * @param email the e-mail address, if any
 * @param url a web page or form, an absolute http or https URI, if any
 */
public record FoiContact(
    @Nullable String postalAddress, @Nullable String email, @Nullable String url) {

  /** The postal address on one line. */
  public static final Field<FoiContact, String> POSTAL_ADDRESS =
      Field.optional("postalAddress", ValueType.text(500), FoiContact::postalAddress);

  /** The e-mail address. */
  public static final Field<FoiContact, String> EMAIL =
      Field.optional("email", new ValueType.EmailAddress(), FoiContact::email).label("e-mail");

  /** A web page or form. */
  public static final Field<FoiContact, String> URL =
      Field.optional("url", new ValueType.WebAddress(), FoiContact::url).label("web");

  /** The description of an FOI contact. */
  public static final RecordType<FoiContact> TYPE =
      RecordType.builder("FOI contact", FoiContact.class)
          .fields(POSTAL_ADDRESS, EMAIL, URL)
          .constructor(v -> new FoiContact(v.get(POSTAL_ADDRESS), v.get(EMAIL), v.get(URL)))
          .rule(
              new RecordRule<>(
                  "",
                  c -> c.postalAddress != null || c.email != null || c.url != null,
                  c -> "give at least one of postalAddress, email and url",
                  "at least one of postalAddress, email and url is given"))
          .build();

  /**
   * Returns a contact with an e-mail address only.
   *
   * @param email the e-mail address
   * @return the contact, never null
   */
  public static FoiContact ofEmail(String email) {
    return new FoiContact(null, email, null);
  }
}
