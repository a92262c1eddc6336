package org.posyandu.api.spm;

/** One allowed value of a choice field, with its labels. */
public record Choice(String value, String label, String labelEn) {
}
