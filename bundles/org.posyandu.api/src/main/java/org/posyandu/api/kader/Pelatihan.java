package org.posyandu.api.kader;

import java.time.LocalDate;

/** A training a pengurus or kader attended. */
public record Pelatihan(String id, String nama, LocalDate tanggal, String penyelenggara) {
}
