package org.oversight.register.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Location;

/**
 * The map of located equipment: points in the Web Mercator projection (EPSG:3857, the projection of
 * web maps), fitted to the bounding box of the points with the same scale on both axes, north up,
 * with a scale bar for the ground distance at the map's centre. Each kind of equipment has its own
 * shape, so colour is never the only cue. No background map: the page loads nothing.
 */
final class MapDrawing {
  /** The drawing's size in SVG units. */
  static final int WIDTH = 320;

  static final int HEIGHT = 240;

  private static final int MARGIN = 22;

  /** The radius of Web Mercator's sphere, metres (WGS 84 semi-major axis). */
  private static final double EARTH_RADIUS = 6_378_137.0;

  /** Web Mercator's latitude limit, degrees. */
  private static final double MAX_LATITUDE = 85.05112878;

  /** The least extent drawn, radians of Mercator x and y (about 1.3 km at the equator). */
  private static final double MIN_SPAN = 2e-4;

  /** Okabe and Ito's colour-blind-safe palette, then the same colours hollow. */
  private static final List<String> COLOURS =
      List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9");

  private static final int SHAPES = 6;

  record Point(String tip, String path, String fill, String stroke, String style) {}

  record Label(String x, String y, String text) {}

  record Legend(String label, String path, String fill, String stroke, String style) {}

  record Row(
      String code,
      String label,
      @Nullable String detail,
      @Nullable String area,
      String units,
      String position) {}

  record Drawing(
      String locatedUnits,
      String locatedUnitsWord,
      String locatedEntries,
      String unlocatedUnits,
      String unlocatedUnitsWord,
      String unlocatedEntries,
      boolean hasPoints,
      int width,
      int height,
      int frameWidth,
      int frameHeight,
      List<Point> points,
      List<Label> labels,
      String scalePath,
      String scaleTextX,
      String scaleTextY,
      String scaleLabel,
      String northPath,
      String northTextX,
      String northTextY,
      List<Legend> legend,
      boolean showArea,
      List<Row> rows) {}

  private MapDrawing() {}

  static Drawing of(TransparencyReport report, List<Asset> located, Page page) {
    long locatedUnits = located.stream().mapToLong(Asset::quantity).sum();
    long unlocatedUnits = report.totalUnits() - locatedUnits;
    int unlocatedEntries = report.inService().size() - located.size();

    // Each kind of equipment on the map gets the next style, in the categories' declared order.
    Map<AssetCategory, Integer> styles = new EnumMap<>(AssetCategory.class);
    int next = 0;
    for (AssetCategory category : AssetCategory.values()) {
      if (located.stream().anyMatch(a -> a.category() == category)) {
        styles.put(category, next++);
      }
    }

    double[] xs = new double[located.size()];
    double[] ys = new double[located.size()];
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < located.size(); i++) {
      Location location = located.get(i).location();
      if (location == null) {
        throw new IllegalArgumentException("only located entries are drawn");
      }
      xs[i] = StrictMath.toRadians(location.longitudeDegrees());
      ys[i] = mercatorY(location.latitudeDegrees());
      minX = Math.min(minX, xs[i]);
      maxX = Math.max(maxX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    double centreX = (minX + maxX) / 2;
    double centreY = (minY + maxY) / 2;
    double scale =
        Math.min(
            (WIDTH - 2.0 * MARGIN) / Math.max(maxX - minX, MIN_SPAN),
            (HEIGHT - 2.0 * MARGIN) / Math.max(maxY - minY, MIN_SPAN));

    boolean showId = page.shown(Asset.ID);
    boolean showDescription = page.shown(Asset.DESCRIPTION);
    boolean showSite = page.shown(Asset.SITE);
    boolean showArea = page.shown(Asset.AREA) && located.stream().anyMatch(a -> a.area() != null);
    List<Point> points = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < located.size(); i++) {
      Asset asset = located.get(i);
      double x = WIDTH / 2.0 + (xs[i] - centreX) * scale;
      double y = HEIGHT / 2.0 - (ys[i] - centreY) * scale;
      int style = requireNonNull(styles.get(asset.category()));
      String kind = Format.words(asset.category());
      String name = showId ? asset.id().value() : kind;
      List<String> parts = new ArrayList<>();
      if (showDescription && asset.description() != null) {
        parts.add(asset.description());
      }
      if (showSite && asset.site() != null) {
        parts.add(asset.site());
      }
      String said = String.join("; ", parts);
      String detail = !showId ? said : said.isEmpty() ? kind : said + " (" + kind + ")";
      String units = Format.count(asset.quantity(), "unit", "units");
      points.add(
          new Point(
              name + (detail.isEmpty() ? "" : ": " + detail) + ", " + units,
              shape(style, x, y, 4.5),
              fill(style),
              stroke(style),
              style < SHAPES ? "solid" : "hollow"));
      Location location = asset.location();
      rows.add(
          new Row(
              asset.id().value(),
              name,
              detail.isEmpty() ? null : detail,
              showArea ? asset.area() : null,
              Format.number(asset.quantity()),
              location == null
                  ? ""
                  : Format.degrees(location.latitude())
                      + ", "
                      + Format.degrees(location.longitude())));
    }
    // Each area's name under the middle of its points, to find one's way without a background map.
    Map<String, double[]> areas = new TreeMap<>();
    if (showArea) {
      for (int i = 0; i < located.size(); i++) {
        String area = located.get(i).area();
        if (area != null) {
          double[] sum = areas.computeIfAbsent(area, k -> new double[3]);
          sum[0] += WIDTH / 2.0 + (xs[i] - centreX) * scale;
          sum[1] += HEIGHT / 2.0 - (ys[i] - centreY) * scale;
          sum[2]++;
        }
      }
    }
    List<Label> labels = new ArrayList<>();
    areas.forEach(
        (area, sum) -> {
          double x = Math.max(40, Math.min(WIDTH - 40, sum[0] / sum[2]));
          double y = Math.max(20, Math.min(HEIGHT - 24, sum[1] / sum[2] + 13));
          labels.add(new Label(n(x), n(y), Format.shorten(area, 24)));
        });
    List<Legend> legend = new ArrayList<>();
    styles.forEach(
        (category, style) ->
            legend.add(
                new Legend(
                    Format.words(category),
                    shape(style, 0, 0, 4.5),
                    fill(style),
                    stroke(style),
                    style < SHAPES ? "solid" : "hollow")));

    // Ground metres per SVG unit at the map's centre: Mercator stretches by 1 / cos(latitude).
    double centreLatitude = 2 * StrictMath.atan(StrictMath.exp(centreY)) - Math.PI / 2;
    double metresPerUnit = EARTH_RADIUS * StrictMath.cos(centreLatitude) / scale;
    long metres = niceLength(metresPerUnit * 80);
    double length = metres / metresPerUnit;
    double x0 = 10;
    double y0 = HEIGHT - 10;
    String scalePath =
        "M" + n(x0) + " " + n(y0 - 4) + "V" + n(y0) + "H" + n(x0 + length) + "V" + n(y0 - 4);
    String scaleLabel =
        metres >= 1000 ? String.format(Locale.ROOT, "%s km", trim(metres / 1000.0)) : metres + " m";
    double nx = WIDTH - 14;
    String northPath =
        "M" + n(nx) + " 38V18M" + n(nx - 4) + " 24L" + n(nx) + " 18L" + n(nx + 4) + " 24";

    return new Drawing(
        Format.number(locatedUnits),
        Format.noun(locatedUnits, "unit", "units"),
        Format.count(located.size(), "entry", "entries"),
        Format.number(unlocatedUnits),
        Format.noun(unlocatedUnits, "unit", "units"),
        Format.count(unlocatedEntries, "entry", "entries"),
        !located.isEmpty(),
        WIDTH,
        HEIGHT,
        WIDTH - 1,
        HEIGHT - 1,
        points,
        labels,
        scalePath,
        n(x0),
        n(y0 - 7),
        scaleLabel,
        northPath,
        n(nx),
        n(14),
        legend,
        showArea,
        rows);
  }

  /** Web Mercator's y for a latitude in degrees, radians; latitudes beyond its limit clamped. */
  static double mercatorY(double latitude) {
    double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
    return StrictMath.log(StrictMath.tan(Math.PI / 4 + StrictMath.toRadians(clamped) / 2));
  }

  /** The largest of 1, 2 and 5 times a power of ten metres not longer than {@code most}. */
  static long niceLength(double most) {
    long best = 1;
    for (long power = 1; power <= 100_000_000L; power *= 10) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * power <= most) {
          best = m * power;
        }
      }
    }
    return best;
  }

  private static String shape(int style, double x, double y, double r) {
    double s = r * 0.85;
    double d = r * 1.2;
    double a = r * 0.4;
    return switch (style % SHAPES) {
      case 0 -> // circle
          "M" + n(x - r) + " " + n(y) + "a" + n(r) + " " + n(r) + " 0 1 0 " + n(2 * r) + " 0a"
              + n(r) + " " + n(r) + " 0 1 0 " + n(-2 * r) + " 0Z";
      case 1 -> // square
          "M" + n(x - s) + " " + n(y - s) + "h" + n(2 * s) + "v" + n(2 * s) + "h" + n(-2 * s) + "Z";
      case 2 -> // triangle, point up
          "M"
              + n(x)
              + " "
              + n(y - r * 1.15)
              + "L"
              + n(x + r)
              + " "
              + n(y + r * 0.75)
              + "L"
              + n(x - r)
              + " "
              + n(y + r * 0.75)
              + "Z";
      case 3 -> // diamond
          "M" + n(x) + " " + n(y - d) + "L" + n(x + d) + " " + n(y) + "L" + n(x) + " " + n(y + d)
              + "L" + n(x - d) + " " + n(y) + "Z";
      case 4 -> // triangle, point down
          "M"
              + n(x)
              + " "
              + n(y + r * 1.15)
              + "L"
              + n(x + r)
              + " "
              + n(y - r * 0.75)
              + "L"
              + n(x - r)
              + " "
              + n(y - r * 0.75)
              + "Z";
      default -> // plus
          "M" + n(x - a) + " " + n(y - r) + "h" + n(2 * a) + "v" + n(r - a) + "h" + n(r - a) + "v"
              + n(2 * a) + "h" + n(a - r) + "v" + n(r - a) + "h" + n(-2 * a) + "v" + n(a - r) + "h"
              + n(a - r) + "v" + n(-2 * a) + "h" + n(r - a) + "Z";
    };
  }

  private static String fill(int style) {
    return style < SHAPES ? COLOURS.get(style % COLOURS.size()) : "#ffffff";
  }

  private static String stroke(int style) {
    return style < SHAPES ? "#0b0c0c" : COLOURS.get(style % COLOURS.size());
  }

  /** A coordinate with two decimals, the same on every platform. */
  private static String n(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.equals("-0.00") ? "0.00" : text;
  }

  private static String trim(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
