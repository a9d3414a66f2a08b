package org.oversight.register.compliance;

import static java.util.Objects.requireNonNull;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oversight.register.internal.refdata.ReferenceLines;
import org.oversight.register.internal.refdata.ShippedData;
import org.oversight.register.refdata.DataVersion;
import org.oversight.register.refdata.ReferenceDataException;

/**
 * A set of restriction lists, read from reference data. The {@linkplain #standard() standard set},
 * shipped in the jar, holds US NDAA FY2019 s889, the FCC Covered List, the UK Written Ministerial
 * Statement of 24 November 2022, and the vendors of concern named by the Commissioner's 2022 police
 * survey, each with its source and date.
 *
 * <p>The file format is line based, like the vendor directory's:
 *
 * <pre>
 * &#64;format|oversight-restrictions/1
 * list  | ID | KIND | JURISDICTION | IN FORCE FROM | TITLE | SCOPE | SOURCE
 * entry | ID | VENDOR | BASIS | NOTE
 * </pre>
 *
 * <p>{@code KIND} is {@code RESTRICTION} or {@code CONCERN}; {@code BASIS} is {@code STATED} or
 * {@code INFERRED}; {@code NOTE} is optional. An entry may add a vendor to a list defined earlier
 * in the file or in the set it is {@linkplain #load loaded onto}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RestrictionLists {
  /** The format name a restrictions file declares in its {@code @format} header. */
  public static final String FORMAT = "oversight-restrictions/1";

  private static final String RESOURCE = "restrictions-v1.txt";
  private static final RestrictionLists EMPTY = new RestrictionLists(Map.of(), null);

  private final Map<String, RestrictionList> lists;
  private final @Nullable DataVersion version;

  private RestrictionLists(Map<String, RestrictionList> lists, @Nullable DataVersion version) {
    this.lists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    this.version = version;
  }

  /**
   * Returns a set with no lists.
   *
   * @return the empty set, never null
   */
  public static RestrictionLists empty() {
    return EMPTY;
  }

  /**
   * Returns the set shipped with the library.
   *
   * @return the standard set, never null
   */
  public static RestrictionLists standard() {
    return Standard.LISTS;
  }

  /**
   * Reads a set from a restrictions file.
   *
   * @param reader the text; not closed
   * @param source the file name, used in problems
   * @return the set, never null
   * @throws ReferenceDataException with every bad line, each with its line number
   * @throws UncheckedIOException if the reader fails
   */
  public static RestrictionLists parse(Reader reader, String source) {
    return EMPTY.load(reader, source);
  }

  /**
   * Returns this set with the lists and entries of a restrictions file added, for example a force's
   * own list or a vendor added to a standard list.
   *
   * @param reader the text; not closed
   * @param source the file name, used in problems
   * @return a new set; this one is unchanged
   * @throws ReferenceDataException with every bad line, each with its line number
   * @throws UncheckedIOException if the reader fails
   */
  public RestrictionLists load(Reader reader, String source) {
    ReferenceLines lines = ReferenceLines.read(requireNonNull(reader, "reader"), source);
    lines.expectFormat(FORMAT);
    return load(lines);
  }

  private RestrictionLists load(ReferenceLines lines) {
    Map<String, RestrictionList> result = new LinkedHashMap<>(lists);
    for (ReferenceLines.Line line : lines.lines()) {
      try {
        apply(line, lines, result);
      } catch (IllegalArgumentException e) {
        lines.problem(line.number(), String.valueOf(e.getMessage()));
      }
    }
    if (!lines.problems().isEmpty()) {
      throw new ReferenceDataException(lines.problems());
    }
    return new RestrictionLists(result, version);
  }

  private static void apply(
      ReferenceLines.Line line, ReferenceLines lines, Map<String, RestrictionList> result) {
    int n = line.fields().size();
    switch (line.kind()) {
      case "list" -> {
        if (n != 8) {
          throw new IllegalArgumentException("a list line has 8 fields, this one has " + n);
        }
        String id = line.field(1);
        if (result.containsKey(id)) {
          throw new IllegalArgumentException("list " + id + " is defined twice");
        }
        RestrictionKind kind = parseEnum(RestrictionKind.class, line.field(2), "kind");
        LocalDate from = lines.date(line.number(), line.field(4), false);
        if (from == null) {
          throw new IllegalArgumentException("a list needs the date it is in force from");
        }
        result.put(
            id,
            new RestrictionList(
                id,
                kind,
                line.field(3),
                from,
                line.field(5),
                line.field(6),
                line.field(7),
                List.of()));
      }
      case "entry" -> {
        if (n < 4 || n > 5) {
          throw new IllegalArgumentException("an entry line has 4 to 5 fields, this one has " + n);
        }
        RestrictionList list = result.get(line.field(1));
        if (list == null) {
          throw new IllegalArgumentException(
              "list \"" + line.field(1) + "\" is not defined; add its list line first");
        }
        RestrictionBasis basis = parseEnum(RestrictionBasis.class, line.field(3), "basis");
        result.put(
            list.id(), list.withEntry(new RestrictionEntry(line.field(2), basis, line.field(4))));
      }
      default ->
          throw new IllegalArgumentException(
              "unknown record \"" + line.kind() + "\"; expected list or entry");
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String what) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(text)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        what
            + " \""
            + text
            + "\" is not one of "
            + String.join(
                ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
  }

  /**
   * Returns every list, in the order defined.
   *
   * @return an unmodifiable list, never null
   */
  public List<RestrictionList> lists() {
    return List.copyOf(lists.values());
  }

  /**
   * Returns the list with an id.
   *
   * @param id the list's id
   * @return the list, or empty if there is none
   */
  public Optional<RestrictionList> list(String id) {
    return Optional.ofNullable(lists.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the version of the shipped data this set started from.
   *
   * @return the version, or empty for a set not built on the standard one
   */
  public Optional<DataVersion> version() {
    return Optional.ofNullable(version);
  }

  /** Reads the shipped lists once. */
  private static final class Standard {
    static final RestrictionLists LISTS = read();

    private static RestrictionLists read() {
      ShippedData<RestrictionLists> shipped =
          ShippedData.load(RestrictionLists.class, RESOURCE, FORMAT, EMPTY::load);
      return new RestrictionLists(shipped.data().lists, shipped.version());
    }

    private Standard() {}
  }
}
