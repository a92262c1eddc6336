package org.posyandu.anthro;

import java.time.LocalDate;

/**
 * One measuring of a child.
 *
 * @param position how length/height was measured; {@code null} = the one expected for the age
 * @param oedema   bilateral pitting oedema: WHO then computes no weight-based z-score
 */
public record Measurement(Sex sex, LocalDate birthDate, LocalDate measuredOn, Double weightKg, Double lengthCm,
        Position position, Double headCircumferenceCm, boolean oedema) {
}
