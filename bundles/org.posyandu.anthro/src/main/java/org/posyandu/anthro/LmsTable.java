package org.posyandu.anthro;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One LMS table for both sexes, on a regular grid (age in days, or length/height in 0.1 cm steps) held in
 * primitive arrays, so a look-up is an index computation.
 */
final class LmsTable {
    private final double start;
    private final double step;
    private final double[][] l = new double[2][];
    private final double[][] m = new double[2][];
    private final double[][] s = new double[2][];

    private LmsTable(double start, double step, List<double[]>[] rows) {
        this.start = start;
        this.step = step;
        for (int sex = 0; sex < 2; sex++) {
            int n = rows[sex].size();
            l[sex] = new double[n];
            m[sex] = new double[n];
            s[sex] = new double[n];
            for (int i = 0; i < n; i++) {
                double[] r = rows[sex].get(i);
                if (Math.abs(r[0] - (start + i * step)) > 1e-6) {
                    throw new IllegalStateException("LMS table is not a regular grid at row " + i + ": " + r[0]);
                }
                l[sex][i] = r[1];
                m[sex][i] = r[2];
                s[sex][i] = r[3];
            }
        }
    }

    /** Reads {@code sex,x,L,M,S[,...]} rows (header first) from a resource next to this class. */
    @SuppressWarnings("unchecked")
    static LmsTable load(String resource, double step) {
        List<double[]>[] rows = new List[] { new ArrayList<double[]>(), new ArrayList<double[]>() };
        try (InputStream in = LmsTable.class.getResourceAsStream("who2006/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource who2006/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                rows[Integer.parseInt(f[0]) - 1].add(new double[] { Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]) });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LmsTable(rows[0].get(0)[0], step, rows);
    }

    double first() {
        return start;
    }

    double last(Sex sex) {
        return start + (m[sex.index()].length - 1) * step;
    }

    /** The row index of an integer grid position, or -1 outside the table. */
    int row(Sex sex, int index) {
        return index >= 0 && index < m[sex.index()].length ? index : -1;
    }

    double l(Sex sex, int row) {
        return l[sex.index()][row];
    }

    double m(Sex sex, int row) {
        return m[sex.index()][row];
    }

    double s(Sex sex, int row) {
        return s[sex.index()][row];
    }

    double step() {
        return step;
    }

    LmsColumns columns(String name) {
        double[][] lc = { l[0].clone(), l[1].clone() };
        double[][] mc = { m[0].clone(), m[1].clone() };
        double[][] sc = { s[0].clone(), s[1].clone() };
        return new LmsColumns(name, start, step, lc, mc, sc);
    }
}
