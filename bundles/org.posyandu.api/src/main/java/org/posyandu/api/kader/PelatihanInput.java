package org.posyandu.api.kader;

import java.time.LocalDate;

public record PelatihanInput(String nama, LocalDate tanggal, String penyelenggara) {
}
