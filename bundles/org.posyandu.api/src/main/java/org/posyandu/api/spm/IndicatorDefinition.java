package org.posyandu.api.spm;

/**
 * An indicator a module reports (e.g. share of RTLH houses assisted).
 *
 * @param definisi how it is computed, in words (numerator / denominator, period)
 */
public record IndicatorDefinition(String id, String nama, String namaEn, String satuan, String definisi) {
}
