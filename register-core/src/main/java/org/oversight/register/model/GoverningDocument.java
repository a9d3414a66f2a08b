package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A document that governs the use of equipment, other than a DPIA: a policy, a standard operating
 * procedure, an equality impact assessment, a legitimacy or a necessity assessment (register format
 * version 2). It governs the assets it names and every asset of the categories it names.
 *
 * <p>Immutable and thread-safe; the lists are copied. The assets it names are never part of a
 * public answer as such (an answer says which of the assets it found the document governs), so that
 * a document naming a covert asset cannot reveal it.
 *
 * @param id the identifier, unique among the register's documents
 * @param kind what kind of document it is
 * @param title what the document is called
 * @param version the document version, if recorded
 * @param issuedOn the date of the document (issued or approved), if recorded
 * @param ownerRole the post that owns it, such as "Head of Information Management", if recorded
 * @param url where the document is published, an absolute http or https URI, if it is
 * @param assetIds the assets it governs, by id
 * @param categories the categories of equipment it governs
 */
public record GoverningDocument(
    String id,
    DocumentKind kind,
    String title,
    @Nullable String version,
    @Nullable LocalDate issuedOn,
    @Nullable String ownerRole,
    @Nullable String url,
    List<String> assetIds,
    Set<AssetCategory> categories) {

  /** The identifier. */
  public static final Field<GoverningDocument, String> ID =
      Field.required("id", ValueType.Identifier.STRING, GoverningDocument::id);

  /** What kind of document it is. */
  public static final Field<GoverningDocument, DocumentKind> KIND =
      Field.required("kind", new ValueType.Choice<>(DocumentKind.class), GoverningDocument::kind);

  /** What the document is called. */
  public static final Field<GoverningDocument, String> TITLE =
      Field.required("title", ValueType.text(500), GoverningDocument::title);

  /** The document version. */
  public static final Field<GoverningDocument, String> VERSION =
      Field.optional("version", ValueType.text(50), GoverningDocument::version);

  /** The date of the document. */
  public static final Field<GoverningDocument, LocalDate> ISSUED_ON =
      Field.optional("issuedOn", ValueType.Day.INSTANCE, GoverningDocument::issuedOn)
          .label("dated");

  /** The post that owns it: disclosed (a post is not personal data). */
  public static final Field<GoverningDocument, String> OWNER_ROLE =
      Field.optional("ownerRole", ValueType.text(200).repeating(), GoverningDocument::ownerRole)
          .label("owner's role");

  /** Where the document is published. */
  public static final Field<GoverningDocument, String> URL =
      Field.optional("url", new ValueType.WebAddress(), GoverningDocument::url).label("document");

  /** The assets it governs: never in a public answer as such. */
  public static final Field<GoverningDocument, List<String>> ASSET_IDS =
      Field.defaulted(
              "assetIds",
              new ValueType.IdList("assets", "asset", ValueType.IdList.DEFAULT_MAX),
              List.<String>of(),
              GoverningDocument::assetIds)
          .label("assets governed")
          .disclosure(Disclosure.never());

  /** The categories of equipment it governs. */
  public static final Field<GoverningDocument, Set<AssetCategory>> CATEGORIES =
      Field.defaulted(
              "categories",
              new ValueType.Choices<>(AssetCategory.class),
              Set.<AssetCategory>of(),
              GoverningDocument::categories)
          .label("categories governed");

  /** The description of a governing document. */
  public static final RecordType<GoverningDocument> TYPE =
      RecordType.builder("document", GoverningDocument.class)
          .fields(ID, KIND, TITLE, VERSION, ISSUED_ON, OWNER_ROLE, URL, ASSET_IDS, CATEGORIES)
          .id(ID)
          .constructor(
              v ->
                  new GoverningDocument(
                      v.require(ID),
                      v.require(KIND),
                      v.require(TITLE),
                      v.get(VERSION),
                      v.get(ISSUED_ON),
                      v.get(OWNER_ROLE),
                      v.get(URL),
                      v.require(ASSET_IDS),
                      v.require(CATEGORIES)))
          .build();

  /**
   * Creates a value. Checks nulls only; the register's rules are checked by validation.
   *
   * @param id the identifier
   * @param kind what kind of document it is
   * @param title what it is called
   * @param version the version, or null
   * @param issuedOn the date of the document, or null
   * @param ownerRole the post that owns it, or null
   * @param url where it is published, or null
   * @param assetIds the assets it governs
   * @param categories the categories it governs
   * @throws NullPointerException if a required component is null
   */
  public GoverningDocument {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    assetIds = List.copyOf(assetIds);
    categories =
        categories.isEmpty()
            ? Set.of()
            : Sets.immutableEnumSet(requireNonNull(categories, "categories"));
  }

  /**
   * Creates an unpublished document with no version, date or owner, governing the given assets and
   * categories.
   *
   * @param id the identifier
   * @param kind what kind of document it is
   * @param title what it is called
   * @param assetIds the assets it governs
   * @param categories the categories it governs
   * @return the document, never null
   */
  public static GoverningDocument of(
      String id,
      DocumentKind kind,
      String title,
      List<String> assetIds,
      Set<AssetCategory> categories) {
    return new GoverningDocument(id, kind, title, null, null, null, null, assetIds, categories);
  }

  /**
   * Returns whether this document governs an asset: named by id, or of a category it names.
   *
   * @param asset the asset
   * @return true when it governs it
   */
  public boolean governs(Asset asset) {
    return categories.contains(asset.category()) || assetIds.contains(asset.id().value());
  }

  /**
   * Returns this document published at an address.
   *
   * @param address an absolute http or https URI
   * @return a new document, never null
   */
  public GoverningDocument withUrl(String address) {
    return new GoverningDocument(
        id, kind, title, version, issuedOn, ownerRole, address, assetIds, categories);
  }

  @Override
  public String toString() {
    return "GoverningDocument[id=" + id + ", kind=" + kind + ", version=" + version + "]";
  }
}
