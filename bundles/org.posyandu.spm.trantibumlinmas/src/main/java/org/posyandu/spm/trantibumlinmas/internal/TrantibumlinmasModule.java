package org.posyandu.spm.trantibumlinmas.internal;

import static org.posyandu.api.spm.FieldDefinition.bool;
import static org.posyandu.api.spm.FieldDefinition.choice;
import static org.posyandu.api.spm.FieldDefinition.date;
import static org.posyandu.api.spm.FieldDefinition.decimal;
import static org.posyandu.api.spm.FieldDefinition.integer;
import static org.posyandu.api.spm.FieldDefinition.multiChoice;
import static org.posyandu.api.spm.FieldDefinition.option;
import static org.posyandu.api.spm.FieldDefinition.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.posyandu.api.error.Errors;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.FormExample;
import org.posyandu.api.spm.IndicatorDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.spm.SubmissionContext;

/**
 * SPM field trantibumlinmas (PP 2/2018; Permendagri 121/2018): the Posyandu keeps the register of APAR
 * (alat pemadam api ringan) in its area with each check and expiry date, records disaster-risk information
 * sessions, drills and linmas training, and reports incidents (fire, flood, landslide, public order).
 */
@Component(service = SpmModule.class)
public final class TrantibumlinmasModule implements SpmModule {
    static final String ID = "trantibumlinmas";

    static final FormDefinition APAR = new FormDefinition("trantibumlinmas.apar", 1, "Pemeriksaan APAR",
            "Fire extinguisher check", "tbl_apar", Subject.NONE,
            List.of(
                    text("kodeApar", "Kode/nomor APAR", "Extinguisher tag").maxLength(40).mandatory(),
                    text("lokasi", "Lokasi", "Location").maxLength(200).mandatory(),
                    choice("jenis", "Jenis", "Type",
                            option("powder", "Serbuk kimia (powder)", "Dry powder"),
                            option("co2", "CO2", "CO2"),
                            option("foam", "Busa (foam)", "Foam"),
                            option("air", "Air", "Water")).mandatory(),
                    decimal("kapasitas", "Kapasitas", "Capacity").unit("kg").range(0.5, 100).mandatory(),
                    bool("tekananNormal", "Tekanan normal (jarum di hijau)", "Pressure normal (gauge in green)").mandatory(),
                    choice("kondisi", "Kondisi", "Condition",
                            option("baik", "Baik", "Good"),
                            option("perlu-isi-ulang", "Perlu isi ulang", "Needs refill"),
                            option("rusak", "Rusak", "Broken")).mandatory(),
                    date("tanggalKedaluwarsa", "Tanggal kedaluwarsa", "Expiry date").futureAllowed().mandatory(),
                    bool("kedaluwarsa", "Sudah kedaluwarsa (dihitung)", "Expired (computed)").derived()),
            List.of(
                    FormExample.valid("APAR balai desa, baik", Map.ofEntries(Map.entry("kodeApar", "APAR-01"), Map.entry("lokasi", "Balai desa"), Map.entry("jenis", "powder"), Map.entry("kapasitas", 3), Map.entry("tekananNormal", true), Map.entry("kondisi", "baik"), Map.entry("tanggalKedaluwarsa", "2027-06-30"))),
                    FormExample.valid("tekanan turun", Map.ofEntries(Map.entry("kodeApar", "APAR-02"), Map.entry("lokasi", "Posyandu"), Map.entry("jenis", "co2"), Map.entry("kapasitas", 2), Map.entry("tekananNormal", false), Map.entry("kondisi", "perlu-isi-ulang"), Map.entry("tanggalKedaluwarsa", "2026-12-31"))),
                    FormExample.invalid("tekanan turun tapi kondisi baik", Map.ofEntries(Map.entry("kodeApar", "APAR-03"), Map.entry("lokasi", "Masjid"), Map.entry("jenis", "powder"), Map.entry("kapasitas", 6), Map.entry("tekananNormal", false), Map.entry("kondisi", "baik"), Map.entry("tanggalKedaluwarsa", "2027-01-31")), "kondisi"),
                    FormExample.invalid("kapasitas 0, tanpa tanggal kedaluwarsa", Map.ofEntries(Map.entry("kodeApar", "APAR-04"), Map.entry("lokasi", "Pasar"), Map.entry("jenis", "foam"), Map.entry("kapasitas", 0), Map.entry("tekananNormal", true), Map.entry("kondisi", "baik")), "kapasitas", "tanggalKedaluwarsa")));

    static final FormDefinition KEGIATAN = new FormDefinition("trantibumlinmas.kegiatan", 1, "Kegiatan informasi rawan bencana dan kesiapsiagaan",
            "Disaster risk information and preparedness activity", "tbl_kegiatan", Subject.NONE,
            List.of(
                    choice("jenisKegiatan", "Jenis kegiatan", "Activity",
                            option("sosialisasi", "Sosialisasi rawan bencana", "Disaster-risk information session"),
                            option("simulasi", "Simulasi evakuasi", "Evacuation drill"),
                            option("pelatihan-linmas", "Pelatihan linmas/relawan", "Linmas/volunteer training"),
                            option("ronda", "Ronda/siskamling", "Neighbourhood watch")).mandatory(),
                    multiChoice("jenisBencana", "Ancaman yang dibahas", "Hazards covered",
                            option("banjir", "Banjir", "Flood"),
                            option("longsor", "Tanah longsor", "Landslide"),
                            option("gempa", "Gempa bumi", "Earthquake"),
                            option("tsunami", "Tsunami", "Tsunami"),
                            option("kebakaran", "Kebakaran", "Fire"),
                            option("kekeringan", "Kekeringan", "Drought"),
                            option("erupsi", "Erupsi gunung api", "Volcanic eruption"),
                            option("angin", "Angin puting beliung", "Whirlwind")).mandatory().when("jenisKegiatan", "sosialisasi", "simulasi"),
                    integer("jumlahPeserta", "Jumlah peserta", "Participants").unit("orang").range(1, 10000).mandatory(),
                    integer("linmasTerlatih", "Linmas/relawan terlatih", "Linmas/volunteers trained").unit("orang").range(1, 1000).mandatory().when("jenisKegiatan", "pelatihan-linmas"),
                    text("penyelenggara", "Penyelenggara", "Organiser").maxLength(150).mandatory()),
            List.of(
                    FormExample.valid("simulasi banjir", Map.ofEntries(Map.entry("jenisKegiatan", "simulasi"), Map.entry("jenisBencana", List.of("banjir")), Map.entry("jumlahPeserta", 85), Map.entry("penyelenggara", "BPBD dan desa"))),
                    FormExample.valid("pelatihan linmas", Map.ofEntries(Map.entry("jenisKegiatan", "pelatihan-linmas"), Map.entry("jumlahPeserta", 20), Map.entry("linmasTerlatih", 18), Map.entry("penyelenggara", "Satpol PP"))),
                    FormExample.invalid("terlatih lebih banyak dari peserta", Map.ofEntries(Map.entry("jenisKegiatan", "pelatihan-linmas"), Map.entry("jumlahPeserta", 10), Map.entry("linmasTerlatih", 12), Map.entry("penyelenggara", "Satpol PP")), "linmasTerlatih"),
                    FormExample.invalid("sosialisasi tanpa ancaman", Map.ofEntries(Map.entry("jenisKegiatan", "sosialisasi"), Map.entry("jumlahPeserta", 40), Map.entry("penyelenggara", "Desa")), "jenisBencana")));

    static final FormDefinition KEJADIAN = new FormDefinition("trantibumlinmas.kejadian", 1, "Laporan kejadian",
            "Incident report", "tbl_kejadian", Subject.NONE,
            List.of(
                    choice("jenisKejadian", "Jenis kejadian", "Incident",
                            option("kebakaran", "Kebakaran", "Fire"),
                            option("banjir", "Banjir", "Flood"),
                            option("longsor", "Tanah longsor", "Landslide"),
                            option("angin", "Angin puting beliung", "Whirlwind"),
                            option("gangguan-ketertiban", "Gangguan ketertiban", "Public disorder"),
                            option("lainnya", "Lainnya", "Other")).mandatory(),
                    integer("korbanMeninggal", "Korban meninggal", "Deaths").unit("orang").range(0, 100000).mandatory(),
                    integer("korbanLuka", "Korban luka", "Injured").unit("orang").range(0, 100000).mandatory(),
                    integer("rumahRusak", "Rumah rusak", "Houses damaged").unit("rumah").range(0, 100000).mandatory(),
                    integer("pengungsi", "Pengungsi", "Displaced").unit("orang").range(0, 1000000),
                    multiChoice("ditanganiOleh", "Ditangani oleh", "Handled by",
                            option("linmas", "Linmas", "Linmas"),
                            option("damkar", "Pemadam kebakaran", "Fire brigade"),
                            option("bpbd", "BPBD", "Disaster agency"),
                            option("polisi", "Polisi", "Police"),
                            option("puskesmas", "Puskesmas", "Health centre"),
                            option("warga", "Warga", "Residents")).mandatory(),
                    text("uraian", "Uraian singkat", "Short description").maxLength(500).mandatory()),
            List.of(
                    FormExample.valid("kebakaran rumah", Map.ofEntries(Map.entry("jenisKejadian", "kebakaran"), Map.entry("korbanMeninggal", 0), Map.entry("korbanLuka", 1), Map.entry("rumahRusak", 2), Map.entry("pengungsi", 9), Map.entry("ditanganiOleh", List.of("damkar", "linmas")), Map.entry("uraian", "Korsleting listrik, dua rumah terbakar."))),
                    FormExample.invalid("korban negatif, tanpa penanganan", Map.ofEntries(Map.entry("jenisKejadian", "banjir"), Map.entry("korbanMeninggal", -1), Map.entry("korbanLuka", 0), Map.entry("rumahRusak", 10), Map.entry("uraian", "Banjir setinggi 50 cm.")), "korbanMeninggal", "ditanganiOleh")));

    private static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(ID, "Ketenteraman, ketertiban umum dan pelindungan masyarakat", "Public order and community protection", "trantibumlinmas",
            "1.0.0",
            List.of(new MenuDefinition("apar", "Register APAR", "Fire extinguisher register",
                            "Lokasi, jenis, pemeriksaan tekanan, kondisi dan tanggal kedaluwarsa alat pemadam api ringan.",
                            "fasilitas umum dan rumah tangga", List.of(APAR)),
                    new MenuDefinition("kesiapsiagaan", "Informasi rawan bencana dan kesiapsiagaan", "Disaster risk information and preparedness",
                            "Sosialisasi rawan bencana, simulasi evakuasi, pelatihan linmas dan ronda.",
                            "warga", List.of(KEGIATAN)),
                    new MenuDefinition("kejadian", "Laporan kejadian", "Incident reports",
                            "Kebakaran, bencana dan gangguan ketertiban: korban, kerusakan dan siapa yang menangani.",
                            null, List.of(KEJADIAN))),
            List.of(new IndicatorDefinition("apar-siap", "APAR siap pakai", "Extinguishers ready for use", "%",
                            "APAR dengan pemeriksaan terakhir tekananNormal = true dan belum kedaluwarsa dibagi seluruh APAR terdaftar."),
                    new IndicatorDefinition("warga-tersosialisasi", "Warga ikut sosialisasi rawan bencana", "Residents reached by disaster-risk information", "orang",
                            "Jumlah peserta kegiatan sosialisasi dan simulasi per desa per tahun.")));

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void validate(FormDefinition form, Map<String, Object> data, SubmissionContext context, Errors errors) {
        if (form.id().equals(APAR.id())) {
            if (Boolean.FALSE.equals(data.get("tekananNormal")) && "baik".equals(data.get("kondisi"))) {
                errors.add("kondisi", "trantib.tekananTidakNormal",
                        "APAR yang tekanannya tidak normal tidak dalam kondisi baik: pilih perlu isi ulang atau rusak.",
                        "An extinguisher with abnormal pressure is not in good condition: choose refill or broken.");
            }
        }
        if (form.id().equals(KEGIATAN.id()) && data.get("linmasTerlatih") instanceof Long trained
                && trained > (Long) data.get("jumlahPeserta")) {
            errors.add("linmasTerlatih", "trantib.terlatihDariPeserta", "Yang terlatih tidak bisa lebih banyak dari peserta.",
                    "More trained than took part.");
        }
    }

    /** An extinguisher is expired on its expiry date as of the check. */
    @Override
    public Map<String, Object> derive(FormDefinition form, Map<String, Object> data, SubmissionContext context) {
        if (!form.id().equals(APAR.id())) {
            return Map.of();
        }
        LocalDate checked = context.tanggal();
        return Map.of("kedaluwarsa", !((LocalDate) data.get("tanggalKedaluwarsa")).isAfter(checked));
    }
}
