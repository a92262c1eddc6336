package org.posyandu.anthro;

/** The LMS arithmetic of the WHO standards (Methods and development, chapter 7). */
final class Lms {
    private Lms() {
    }

    /** z = ((X/M)^L − 1) / (L·S); no table row has L = 0. */
    static double z(double x, double l, double m, double s) {
        return (Math.pow(x / m, l) - 1) / (l * s);
    }

    /** The value at {@code k} SD: M·(1 + L·S·k)^(1/L). */
    static double sd(double l, double m, double s, double k) {
        return m * Math.pow(1 + l * s * k, 1 / l);
    }

    /**
     * The restricted application for weight-based indicators: beyond ±3 SD the distance is measured in units of
     * the SD2–SD3 gap on that side.
     */
    static double zRestricted(double x, double l, double m, double s) {
        double z = z(x, l, m, s);
        if (z > 3) {
            double sd3 = sd(l, m, s, 3);
            return 3 + (x - sd3) / (sd3 - sd(l, m, s, 2));
        }
        if (z < -3) {
            double sd3neg = sd(l, m, s, -3);
            return -3 + (x - sd3neg) / (sd(l, m, s, -2) - sd3neg);
        }
        return z;
    }
}
