package org.posyandu.anthro;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A WHO 2006 growth chart as a self-contained SVG, laid out like the Indonesian KMS (Kartu Menuju Sehat): the
 * -3/-2/0/+2/+3 SD curves of the standard with coloured bands between them (green between -2 and +2 SD), and the
 * child's measurements as a line of dots. The SVG scales to its container ({@code width="100%"} and a
 * {@code viewBox}), so it reads on a phone. Labels are in Indonesian. Plain Java, no I/O after the tables are loaded;
 * thread-safe.
 */
public final class GrowthChart {
    /** The indicators the chart can draw, each against age. */
    public enum Indicator {
        /** Weight (kg) for age: WHO's {@code wfa} table. */
        WEIGHT_FOR_AGE,
        /** Length (under 731 days) or standing height (from 731 days) in cm for age: WHO's {@code lhfa} table. */
        LENGTH_HEIGHT_FOR_AGE
    }

    /**
     * One measurement of the child.
     *
     * @param date  the day it was measured
     * @param value kilograms for {@link Indicator#WEIGHT_FOR_AGE}, centimetres for
     *              {@link Indicator#LENGTH_HEIGHT_FOR_AGE}
     */
    public record Point(LocalDate date, double value) {
    }

    /** The SD lines drawn, bottom to top. */
    private static final int[] CURVES = { -3, -2, 0, 2, 3 };
    /** Sampling interval of the SD curves in days of age; {@link #EARLY_SAMPLE_DAYS} while they bend most. */
    private static final int SAMPLE_DAYS = 15;
    private static final int EARLY_SAMPLE_DAYS = 5;
    private static final int EARLY_DAYS = 90;
    /** The least vertical distance between two curve labels. */
    private static final double LABEL_GAP = 9;
    private static final String[] MONTHS = { "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt",
            "Nov", "Des" };

    // Layout in viewBox units.
    private static final int WIDTH = 480;
    private static final int HEIGHT = 414;
    private static final double LEFT = 40;
    private static final double RIGHT = 448;
    private static final double TOP = 46;
    private static final double BOTTOM = 346;

    private GrowthChart() {
    }

    /**
     * Renders the chart.
     * <p>
     * The x axis is age in months: 0–24 if every plotted measurement is under 24 months (731 days) old, or if there
     * is none; otherwise 0–60. The y axis runs from the -3 SD curve to the +3 SD curve over that span (widened to
     * show an outlying measurement), in round steps. Measurements dated before {@code birthDate}, after 60 months
     * ({@link GrowthStandards#LAST_AGE_DAYS}), without a date, or with a value that is not a positive number are
     * left out. With nothing to plot, the bands are still drawn with the text "Belum ada pengukuran".
     *
     * @param sex       selects the boys' or girls' standard
     * @param birthDate the child's date of birth; age is counted in days from it
     * @param indicator what {@code points} measure
     * @param points    the measurements, in any order; may be {@code null} or empty
     * @param title     the chart's title (also its accessible name); escaped, may be {@code null}
     * @param subtitle  a second line under the title, e.g. the child's name; escaped, may be {@code null}
     * @return an SVG document fragment ({@code <svg ...>...</svg>}, no XML declaration), well-formed XML
     */
    public static String svg(Sex sex, LocalDate birthDate, Indicator indicator, List<Point> points, String title,
            String subtitle) {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(indicator, "indicator");
        List<Plotted> plotted = plottable(birthDate, points);
        int lastAge = plotted.isEmpty() ? 0 : plotted.get(plotted.size() - 1).ageDays;
        int months = lastAge < GrowthStandards.HEIGHT_FROM_DAYS ? 24 : 60;
        int endDay = (int) Math.floor(months * GrowthStandards.DAYS_PER_MONTH);

        // The SD curves, sampled every SAMPLE_DAYS, plus the last day and both sides of the length/height step.
        TreeSet<Integer> dayset = new TreeSet<>();
        for (int d = 0; d <= endDay; d += d < EARLY_DAYS ? EARLY_SAMPLE_DAYS : SAMPLE_DAYS) {
            dayset.add(d);
        }
        dayset.add(endDay);
        if (endDay >= GrowthStandards.HEIGHT_FROM_DAYS) {
            dayset.add(GrowthStandards.HEIGHT_FROM_DAYS - 1);
            dayset.add(GrowthStandards.HEIGHT_FROM_DAYS);
        }
        int[] days = dayset.stream().mapToInt(Integer::intValue).toArray();
        double[][] curve = new double[CURVES.length][days.length];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CURVES.length; c++) {
            for (int i = 0; i < days.length; i++) {
                curve[c][i] = valueAt(sex, indicator, days[i], CURVES[c]);
                min = Math.min(min, curve[c][i]);
                max = Math.max(max, curve[c][i]);
            }
        }
        for (Plotted p : plotted) {
            min = Math.min(min, p.value);
            max = Math.max(max, p.value);
        }
        double step = niceStep((max - min) / 12);
        double lo = Math.max(0, Math.floor(min / step) * step);
        double hi = Math.ceil(max / step) * step;
        Scale sc = new Scale(months, lo, hi);

        boolean weight = indicator == Indicator.WEIGHT_FOR_AGE;
        String unit = weight ? "kg" : "cm";
        StringBuilder b = new StringBuilder(16_384);
        String name = title == null ? "" : title;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(name))
                .append("\" class=\"growth-chart\" font-family=\"sans-serif\" data-months=\"").append(months)
                .append("\">");
        b.append("<title>").append(escape(name)).append("</title>");
        if (subtitle != null && !subtitle.isEmpty()) {
            b.append("<desc>").append(escape(subtitle)).append("</desc>");
        }
        b.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#fff\"/>");
        b.append("<text x=\"").append(WIDTH / 2).append("\" y=\"18\" text-anchor=\"middle\" font-size=\"14\""
                + " font-weight=\"bold\" class=\"chart-title\">").append(escape(name)).append("</text>");
        if (subtitle != null && !subtitle.isEmpty()) {
            b.append("<text x=\"").append(WIDTH / 2).append("\" y=\"34\" text-anchor=\"middle\" font-size=\"11\""
                    + " fill=\"#444\" class=\"chart-subtitle\">").append(escape(subtitle)).append("</text>");
        }

        // Bands: below -3, -3..-2, -2..+2, +2..+3, above +3.
        b.append("<g class=\"bands\" stroke=\"none\">");
        band(b, "band band-below3", "#f6c9c4", null, curve[0], days, sc);
        band(b, "band band-2to3", "#fbe7a1", curve[0], curve[1], days, sc);
        band(b, "band band-normal", "#bfe3b4", curve[1], curve[3], days, sc);
        band(b, "band band-2to3", "#fbe7a1", curve[3], curve[4], days, sc);
        band(b, "band band-above3", "#f6c9c4", curve[4], null, days, sc);
        b.append("</g>");

        // Grid and axes.
        b.append("<g class=\"grid\" stroke=\"#fff\" stroke-opacity=\"0.8\" stroke-width=\"0.6\">");
        int gridEvery = months == 24 ? 1 : 3;
        for (int m = 0; m <= months; m += gridEvery) {
            double x = sc.x(m * GrowthStandards.DAYS_PER_MONTH);
            b.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(TOP)).append("\" x2=\"").append(f(x))
                    .append("\" y2=\"").append(f(BOTTOM)).append('"')
                    .append(m % 6 == 0 ? " stroke-width=\"1.2\"/>" : "/>");
        }
        int ticks = (int) Math.round((hi - lo) / step);
        for (int t = 0; t <= ticks; t++) {
            double y = sc.y(lo + t * step);
            b.append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(y)).append("\" x2=\"")
                    .append(f(RIGHT)).append("\" y2=\"").append(f(y)).append("\"/>");
        }
        b.append("</g>");
        b.append("<rect class=\"axis\" x=\"").append(f(LEFT)).append("\" y=\"").append(f(TOP))
                .append("\" width=\"").append(f(RIGHT - LEFT)).append("\" height=\"").append(f(BOTTOM - TOP))
                .append("\" fill=\"none\" stroke=\"#666\" stroke-width=\"0.8\"/>");
        b.append("<g font-size=\"9\" fill=\"#333\" text-anchor=\"middle\">");
        int labelEvery = months == 24 ? 1 : 6;
        for (int m = 0; m <= months; m += labelEvery) {
            b.append("<text class=\"x-tick\" x=\"").append(f(sc.x(m * GrowthStandards.DAYS_PER_MONTH)))
                    .append("\" y=\"").append(f(BOTTOM + 11)).append("\">").append(m).append("</text>");
        }
        b.append("</g><g font-size=\"9\" fill=\"#333\" text-anchor=\"end\">");
        for (int t = 0; t <= ticks; t++) {
            double v = lo + t * step;
            b.append("<text class=\"y-tick\" x=\"").append(f(LEFT - 3)).append("\" y=\"").append(f(sc.y(v) + 3))
                    .append("\">").append(human(v, 1)).append("</text>");
        }
        b.append("</g>");
        b.append("<text x=\"").append(f((LEFT + RIGHT) / 2)).append("\" y=\"").append(f(BOTTOM + 24))
                .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#333\" class=\"axis-title\">"
                        + "Umur (bulan)</text>");
        double midY = (TOP + BOTTOM) / 2;
        b.append("<text x=\"11\" y=\"").append(f(midY)).append("\" transform=\"rotate(-90 11 ").append(f(midY))
                .append(")\" text-anchor=\"middle\" font-size=\"10\" fill=\"#333\" class=\"axis-title\">")
                .append(weight ? "Berat badan (kg)" : "Panjang/tinggi badan (cm)").append("</text>");

        // SD curves with their labels at the right end.
        b.append("<g class=\"curves\" fill=\"none\">");
        for (int c = 0; c < CURVES.length; c++) {
            int z = CURVES[c];
            String colour = z == 0 ? "#1b7a2e" : Math.abs(z) == 2 ? "#c98a00" : "#c0392b";
            b.append("<polyline class=\"curve curve-").append(sdName(z)).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"").append(z == 0 ? "1.6" : "1").append("\" points=\"");
            for (int i = 0; i < days.length; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(f(sc.x(days[i]))).append(',').append(f(sc.y(curve[c][i])));
            }
            b.append("\"/>");
        }
        b.append("</g><g class=\"curve-labels\" font-size=\"9\" font-weight=\"bold\">");
        double[] labelY = new double[CURVES.length];
        for (int c = 0; c < CURVES.length; c++) { // bottom to top, pushed up where they would overlap
            labelY[c] = sc.y(curve[c][days.length - 1]) + 3;
            if (c > 0 && labelY[c] > labelY[c - 1] - LABEL_GAP) {
                labelY[c] = labelY[c - 1] - LABEL_GAP;
            }
        }
        for (int c = 0; c < CURVES.length; c++) {
            int z = CURVES[c];
            String colour = z == 0 ? "#1b7a2e" : Math.abs(z) == 2 ? "#a06e00" : "#c0392b";
            b.append("<text x=\"").append(f(RIGHT + 3)).append("\" y=\"")
                    .append(f(labelY[c])).append("\" fill=\"").append(colour)
                    .append("\">").append(z > 0 ? "+" + z : Integer.toString(z)).append("</text>");
        }
        b.append("</g>");

        // The child.
        if (plotted.isEmpty()) {
            b.append("<rect x=\"").append(f((LEFT + RIGHT) / 2 - 80)).append("\" y=\"").append(f(midY - 15))
                    .append("\" width=\"160\" height=\"22\" rx=\"4\" fill=\"#fff\" fill-opacity=\"0.85\"/>");
            b.append("<text class=\"empty\" x=\"").append(f((LEFT + RIGHT) / 2)).append("\" y=\"").append(f(midY))
                    .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#555\">Belum ada pengukuran</text>");
        } else {
            b.append("<g class=\"child\">");
            if (plotted.size() > 1) {
                b.append("<polyline class=\"child-line\" fill=\"none\" stroke=\"#1f4e99\" stroke-width=\"1.6\""
                        + " points=\"");
                for (int i = 0; i < plotted.size(); i++) {
                    Plotted p = plotted.get(i);
                    if (i > 0) {
                        b.append(' ');
                    }
                    b.append(f(sc.x(p.ageDays))).append(',').append(f(sc.y(p.value)));
                }
                b.append("\"/>");
            }
            for (Plotted p : plotted) {
                b.append("<circle class=\"visit\" cx=\"").append(f(sc.x(p.ageDays))).append("\" cy=\"")
                        .append(f(sc.y(p.value))).append("\" r=\"3.2\" fill=\"#1f4e99\" stroke=\"#fff\""
                                + " stroke-width=\"1\"><title>")
                        .append(escape(tooltip(birthDate, p, unit))).append("</title></circle>");
            }
            b.append("</g>");
        }

        // Legend, two rows under the axis title.
        double ly = BOTTOM + 40;
        b.append("<g class=\"legend\" font-size=\"9\" fill=\"#333\">");
        legendSwatch(b, LEFT, ly, "#bfe3b4", "-2 s/d +2 SD");
        legendSwatch(b, LEFT + 130, ly, "#fbe7a1", "-3 s/d -2 dan +2 s/d +3 SD");
        legendSwatch(b, LEFT + 300, ly, "#f6c9c4", "di luar \u00b13 SD");
        double ly2 = ly + 16;
        b.append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(ly2 - 3)).append("\" x2=\"")
                .append(f(LEFT + 14)).append("\" y2=\"").append(f(ly2 - 3))
                .append("\" stroke=\"#1b7a2e\" stroke-width=\"1.6\"/>");
        b.append("<text x=\"").append(f(LEFT + 18)).append("\" y=\"").append(f(ly2)).append("\">Median (0 SD)</text>");
        b.append("<circle cx=\"").append(f(LEFT + 137)).append("\" cy=\"").append(f(ly2 - 3))
                .append("\" r=\"3.2\" fill=\"#1f4e99\"/>");
        b.append("<text x=\"").append(f(LEFT + 148)).append("\" y=\"").append(f(ly2)).append("\">Pengukuran anak (")
                .append(unit).append(")</text>");
        b.append("<text x=\"").append(f(RIGHT)).append("\" y=\"").append(f(ly2))
                .append("\" text-anchor=\"end\" fill=\"#666\">WHO 2006</text>");
        b.append("</g></svg>");
        return b.toString();
    }

    /**
     * The value of the standard at {@code z} SD for a sex and an age in days: M·(1 + L·S·z)^(1/L), or M·exp(S·z)
     * where L is 0. For length/height the rows from 731 days are standing height.
     *
     * @return the value in kg or cm, or {@link Double#NaN} outside the table (before birth, after 1856 days)
     */
    static double valueAt(Sex sex, Indicator indicator, int ageDays, double z) {
        GrowthStandards who = GrowthStandards.who2006();
        LmsTable t = indicator == Indicator.WEIGHT_FOR_AGE ? who.weightForAge() : who.lengthHeightForAge();
        int row = t.row(sex, ageDays);
        if (row < 0) {
            return Double.NaN;
        }
        double l = t.l(sex, row);
        double m = t.m(sex, row);
        double s = t.s(sex, row);
        return l == 0 ? m * Math.exp(s * z) : Lms.sd(l, m, s, z);
    }

    /** A measurement placed on the chart. */
    private record Plotted(LocalDate date, int ageDays, double value) {
    }

    /** The points that can be plotted, sorted by age. */
    private static List<Plotted> plottable(LocalDate birthDate, List<Point> points) {
        List<Plotted> out = new ArrayList<>();
        if (points == null) {
            return out;
        }
        for (Point p : points) {
            if (p == null || p.date() == null || !(p.value() > 0) || Double.isInfinite(p.value())) {
                continue;
            }
            long age = ChronoUnit.DAYS.between(birthDate, p.date());
            if (age < 0 || age > GrowthStandards.LAST_AGE_DAYS) {
                continue;
            }
            out.add(new Plotted(p.date(), (int) age, p.value()));
        }
        out.sort(Comparator.comparingInt(Plotted::ageDays).thenComparing(Plotted::date));
        return out;
    }

    /** Maps age in days and a measured value to viewBox coordinates. */
    private record Scale(int months, double lo, double hi) {
        double x(double ageDays) {
            return LEFT + ageDays / (months * GrowthStandards.DAYS_PER_MONTH) * (RIGHT - LEFT);
        }

        double y(double value) {
            return BOTTOM - (value - lo) / (hi - lo) * (BOTTOM - TOP);
        }
    }

    /** A filled area between two curves; a {@code null} curve stands for the bottom or top of the plot. */
    private static void band(StringBuilder b, String cls, String fill, double[] lower, double[] upper, int[] days,
            Scale sc) {
        b.append("<path class=\"").append(cls).append("\" fill=\"").append(fill).append("\" d=\"M");
        for (int i = 0; i < days.length; i++) {
            if (i > 0) {
                b.append('L');
            }
            b.append(f(sc.x(days[i]))).append(',').append(f(upper == null ? TOP : sc.y(upper[i])));
        }
        for (int i = days.length - 1; i >= 0; i--) {
            b.append('L').append(f(sc.x(days[i]))).append(',').append(f(lower == null ? BOTTOM : sc.y(lower[i])));
        }
        b.append("Z\"/>");
    }

    private static void legendSwatch(StringBuilder b, double x, double y, String fill, String label) {
        b.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y - 8)).append("\" width=\"14\" height=\"9\""
                + " fill=\"").append(fill).append("\" stroke=\"#999\" stroke-width=\"0.5\"/>");
        b.append("<text x=\"").append(f(x + 18)).append("\" y=\"").append(f(y)).append("\">").append(escape(label))
                .append("</text>");
    }

    private static String sdName(int z) {
        return z == 0 ? "median" : z < 0 ? "minus" + -z : "plus" + z;
    }

    /** "12 Mar 2024: 7,25 kg, umur 5 bln 7 hr". */
    private static String tooltip(LocalDate birthDate, Plotted p, String unit) {
        Period age = Period.between(birthDate, p.date);
        LocalDate d = p.date;
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear() + ": "
                + human(p.value, 2) + " " + unit + ", umur " + age.toTotalMonths() + " bln " + age.getDays() + " hr";
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (m * p >= raw - 1e-12) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** A coordinate with at most one decimal, no exponent, no "-0". */
    static String f(double v) {
        long t = Math.round(v * 10);
        StringBuilder s = new StringBuilder(8);
        if (t < 0) {
            s.append('-');
            t = -t;
        }
        s.append(t / 10);
        if (t % 10 != 0) {
            s.append('.').append(t % 10);
        }
        return s.toString();
    }

    /** A number for people: at most {@code decimals} decimals, trailing zeros dropped, Indonesian decimal comma. */
    private static String human(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        String s = BigDecimal.valueOf(Math.round(v * scale) / scale).stripTrailingZeros().toPlainString();
        return s.replace('.', ',');
    }

    /**
     * Escapes text for XML content and attribute values; characters XML 1.0 forbids (control characters, unpaired
     * surrogates) become spaces so the result stays well-formed.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.append(c).append(s.charAt(++i));
                } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
                        || c == 0xFFFE || c == 0xFFFF) {
                    out.append(' ');
                } else {
                    out.append(c);
                }
            }
            }
        }
        return out.toString();
    }
}
