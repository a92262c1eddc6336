package org.posyandu.api.pendanaan;

public record PendanaanInput(SumberDana sumber, Integer tahun, Long jumlah, String peruntukan, String keterangan) {
}
