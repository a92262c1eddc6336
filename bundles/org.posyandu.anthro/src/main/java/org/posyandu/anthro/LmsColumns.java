package org.posyandu.anthro;

/**
 * One WHO LMS table as columns, for a client that computes z-scores itself by the same rules (the kader app
 * offline): row {@code i} is at {@code first + i * step} (age in days, or length/height in cm); index 0 of the
 * outer arrays is boys, 1 girls. Copies: changing them changes nothing here.
 */
public record LmsColumns(String name, double first, double step, double[][] l, double[][] m, double[][] s) {
}
