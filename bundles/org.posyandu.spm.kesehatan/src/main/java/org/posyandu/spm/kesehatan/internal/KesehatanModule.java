package org.posyandu.spm.kesehatan.internal;

import static org.posyandu.api.spm.FieldDefinition.bool;
import static org.posyandu.api.spm.FieldDefinition.choice;
import static org.posyandu.api.spm.FieldDefinition.decimal;
import static org.posyandu.api.spm.FieldDefinition.integer;
import static org.posyandu.api.spm.FieldDefinition.multiChoice;
import static org.posyandu.api.spm.FieldDefinition.option;
import static org.posyandu.api.spm.FieldDefinition.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.posyandu.api.error.Errors;
import org.posyandu.api.spm.Eligibility;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.FormExample;
import org.posyandu.api.spm.IndicatorDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionContext;
import org.posyandu.api.warga.PeristiwaInput;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;
import org.posyandu.anthro.Anthropometry;
import org.posyandu.anthro.Assessment;
import org.posyandu.anthro.KmsWeightGain;
import org.posyandu.anthro.Measurement;
import org.posyandu.anthro.Position;
import org.posyandu.anthro.Sex;

/**
 * SPM field kesehatan (PP 2/2018; Permenkes 4/2019, 2/2020): the field every kabupaten starts with. Menus:
 * the monthly penimbangan of balita (weight, length or height, head circumference, LILA, vitamin A, PMT), the
 * immunisation doses given, ANC visits of pregnant women (LILA below 23.5 cm = KEK, blood pressure, Hb, TTD
 * tablets counted over the pregnancy, danger signs, the risk flags), the delivery (place, attendant, low birth
 * weight) and the postpartum visits KF1–KF4, and screening of adults and the elderly (blood pressure, blood sugar,
 * BMI class, central obesity) with the referral thresholds. Every threshold is a named constant below citing its
 * source; docs/modules/kesehatan.md lists them.
 */
@Component(service = SpmModule.class)
public final class KesehatanModule implements SpmModule {
    static final String ID = "kesehatan";

    static final FormDefinition BALITA = new FormDefinition("kesehatan.balita", 1, "Pendaftaran balita: data lahir dan buku KIA",
            "Registering a child under five: birth data and maternal-child health book", "kes_balita", Subject.WARGA_REQUIRED,
            List.of(
                    bool("punyaBukuKia", "Memiliki Buku KIA/KMS", "Has the maternal-child health book (growth chart)").mandatory(),
                    decimal("beratLahirKg", "Berat badan lahir", "Birth weight").unit("kg").range(0.5, 6),
                    decimal("panjangLahirCm", "Panjang badan lahir", "Birth length").unit("cm").range(30, 60),
                    text("namaOrangTua", "Nama orang tua/wali", "Parent or guardian").maxLength(120),
                    bool("bblr", "Berat lahir rendah (< 2,5 kg, dihitung)", "Low birth weight (< 2.5 kg, computed)").derived()),
            List.of(
                    FormExample.valid("bayi baru didaftar", Map.ofEntries(Map.entry("punyaBukuKia", true), Map.entry("beratLahirKg", 3.1), Map.entry("panjangLahirCm", 49), Map.entry("namaOrangTua", "Siti Aminah"))),
                    FormExample.valid("pindahan tanpa data lahir", Map.ofEntries(Map.entry("punyaBukuKia", false))),
                    FormExample.invalid("berat lahir 8 kg, BBLR diisi sendiri", Map.ofEntries(Map.entry("punyaBukuKia", true), Map.entry("beratLahirKg", 8), Map.entry("bblr", false)), "beratLahirKg", "bblr")));

    static final FormDefinition PENIMBANGAN = new FormDefinition("kesehatan.penimbangan", 2, "Penimbangan dan pengukuran balita",
            "Weighing and measuring a child under five", "kes_penimbangan", Subject.WARGA_REQUIRED,
            List.of(
                    decimal("beratKg", "Berat badan", "Weight").unit("kg").range(0.5, 40).mandatory(),
                    decimal("panjangTinggiCm", "Panjang/tinggi badan", "Length/height").unit("cm").range(35, 130),
                    choice("caraUkur", "Cara ukur", "Measured",
                            option("terlentang", "Terlentang (panjang badan)", "Lying (recumbent length)"),
                            option("berdiri", "Berdiri (tinggi badan)", "Standing (height)")),
                    decimal("lingkarKepalaCm", "Lingkar kepala", "Head circumference").unit("cm").range(25, 60),
                    decimal("lilaCm", "Lingkar lengan atas (LILA)", "Mid-upper arm circumference").unit("cm").range(5, 30),
                    choice("vitaminA", "Vitamin A", "Vitamin A",
                            option("tidak", "Tidak diberikan", "Not given"),
                            option("biru", "Kapsul biru (6-11 bulan)", "Blue capsule (6-11 months)"),
                            option("merah", "Kapsul merah (12-59 bulan)", "Red capsule (12-59 months)")).mandatory(),
                    bool("pmtDiterima", "Menerima PMT", "Received supplementary feeding").mandatory(),
                    decimal("pmtKg", "Jumlah PMT", "Supplementary food received").unit("kg").range(0.1, 20).when("pmtDiterima", true),
                    // computed from the child's birth date and sex (WHO 2006, bundle org.posyandu.anthro)
                    integer("umurBulan", "Umur (bulan, dihitung)", "Age in completed months (computed)").range(0, 60).derived(),
                    decimal("zBbU", "Z-skor BB/U", "Weight-for-age z-score").range(-20, 20).derived(),
                    decimal("zTbU", "Z-skor PB/U atau TB/U", "Length/height-for-age z-score").range(-20, 20).derived(),
                    decimal("zBbTb", "Z-skor BB/PB atau BB/TB", "Weight-for-length/height z-score").range(-20, 20).derived(),
                    decimal("zImtU", "Z-skor IMT/U", "BMI-for-age z-score").range(-20, 20).derived(),
                    text("statusBbU", "Status BB/U", "Weight-for-age class").maxLength(30).derived(),
                    text("statusTbU", "Status TB/U", "Height-for-age class").maxLength(30).derived(),
                    text("statusBbTb", "Status BB/TB", "Weight-for-height class").maxLength(30).derived(),
                    choice("naikBeratBadan", "Naik berat badan (KMS)", "Weight gain (growth chart rule)",
                            option("N", "Naik (N)", "Gained at least the minimum"),
                            option("T", "Tidak naik (T)", "Gained less than the minimum"),
                            option("O", "Bulan lalu tidak ditimbang (O)", "Not weighed last month"),
                            option("B", "Baru pertama ditimbang (B)", "First weighing")).derived(),
                    bool("duaT", "Dua kali tidak naik (2T)", "Not gaining twice running").derived(),
                    bool("perluRujukan", "Perlu dirujuk ke puskesmas", "Refer to the health centre").derived()),
            List.of(
                    FormExample.valid("anak 2 tahun ditimbang dan diukur", Map.ofEntries(Map.entry("beratKg", 11.2), Map.entry("panjangTinggiCm", 85.5), Map.entry("caraUkur", "berdiri"), Map.entry("vitaminA", "merah"), Map.entry("pmtDiterima", true), Map.entry("pmtKg", 1.5))),
                    FormExample.valid("hanya ditimbang", Map.ofEntries(Map.entry("beratKg", 7.4), Map.entry("vitaminA", "tidak"), Map.entry("pmtDiterima", false))),
                    FormExample.invalid("berat tidak masuk akal, PMT tanpa diterima", Map.ofEntries(Map.entry("beratKg", 95), Map.entry("vitaminA", "tidak"), Map.entry("pmtDiterima", false), Map.entry("pmtKg", 1)), "beratKg", "pmtKg"),
                    FormExample.invalid("tinggi tanpa cara ukur", Map.ofEntries(Map.entry("beratKg", 12), Map.entry("panjangTinggiCm", 88), Map.entry("vitaminA", "tidak"), Map.entry("pmtDiterima", false)), "caraUkur")));

    /** The doses of the national schedule ({@link ImunisasiSchedule}), as the options of the immunisation form. */
    private static final org.posyandu.api.spm.Choice[] DOSES = {
            option("hb0", "Hepatitis B0 (< 24 jam)", "Hepatitis B birth dose"),
            option("bcg", "BCG", "BCG"),
            option("polio-1", "Polio tetes 1", "OPV 1"),
            option("polio-2", "Polio tetes 2", "OPV 2"),
            option("polio-3", "Polio tetes 3", "OPV 3"),
            option("polio-4", "Polio tetes 4", "OPV 4"),
            option("dpt-hb-hib-1", "DPT-HB-Hib 1", "DTP-HepB-Hib 1"),
            option("dpt-hb-hib-2", "DPT-HB-Hib 2", "DTP-HepB-Hib 2"),
            option("dpt-hb-hib-3", "DPT-HB-Hib 3", "DTP-HepB-Hib 3"),
            option("pcv-1", "PCV 1", "PCV 1"),
            option("pcv-2", "PCV 2", "PCV 2"),
            option("pcv-3", "PCV 3", "PCV 3"),
            option("rv-1", "Rotavirus 1", "Rotavirus 1"),
            option("rv-2", "Rotavirus 2", "Rotavirus 2"),
            option("rv-3", "Rotavirus 3", "Rotavirus 3"),
            option("ipv-1", "IPV 1", "IPV 1"),
            option("ipv-2", "IPV 2", "IPV 2"),
            option("mr-1", "Campak-Rubela (MR) 1", "Measles-rubella 1"),
            option("dpt-hb-hib-lanjutan", "DPT-HB-Hib lanjutan", "DTP-HepB-Hib booster"),
            option("mr-lanjutan", "MR lanjutan", "Measles-rubella booster"),
            option("je", "Japanese Encephalitis", "Japanese encephalitis")};

    static final FormDefinition IMUNISASI = new FormDefinition("kesehatan.imunisasi", 2, "Pemberian imunisasi",
            "Immunisation given", "kes_imunisasi", Subject.WARGA_REQUIRED,
            List.of(
                    multiChoice("vaksin", "Vaksin yang diberikan", "Vaccines given", DOSES).mandatory(),
                    bool("kipi", "Ada KIPI (reaksi setelah imunisasi)", "Adverse event following immunisation").mandatory(),
                    text("kipiKeterangan", "Keterangan KIPI", "AEFI details").maxLength(300).mandatory().when("kipi", true),
                    // v2 (column added by V7__imunisasi_di_tempat_lain.sql)
                    multiChoice("dosisDiTempatLain", "Dosis sebelumnya yang diberikan di tempat lain", "Earlier doses given elsewhere", DOSES)
                            .help("Dosis yang sudah diterima anak di bidan, puskesmas atau rumah sakit dan belum tercatat di sini (lihat buku KIA).")),
            List.of(
                    FormExample.valid("imunisasi 2 bulan", Map.ofEntries(Map.entry("vaksin", List.of("dpt-hb-hib-1", "polio-2", "pcv-1", "rv-1")), Map.entry("kipi", false))),
                    FormExample.valid("dosis 1 di puskesmas, dosis 2 di Posyandu", Map.ofEntries(Map.entry("vaksin", List.of("dpt-hb-hib-2")), Map.entry("kipi", false), Map.entry("dosisDiTempatLain", List.of("dpt-hb-hib-1")))),
                    FormExample.invalid("KIPI tanpa keterangan, vaksin tak dikenal", Map.ofEntries(Map.entry("vaksin", List.of("bcg", "covid")), Map.entry("kipi", true)), "vaksin", "kipiKeterangan"),
                    FormExample.invalid("dosis yang sama diberikan dan dari tempat lain", Map.ofEntries(Map.entry("vaksin", List.of("bcg")), Map.entry("kipi", false), Map.entry("dosisDiTempatLain", List.of("bcg"))), "dosisDiTempatLain")));

    static final String RISIKO_TERLALU_MUDA = "terlalu-muda";
    static final String RISIKO_TERLALU_TUA = "terlalu-tua";
    static final String RISIKO_KEK = "kek";
    static final String RISIKO_HIPERTENSI = "hipertensi";
    static final String RISIKO_ANEMIA = "anemia";
    static final String RISIKO_TANDA_BAHAYA = "tanda-bahaya";

    static final FormDefinition ANC = new FormDefinition("kesehatan.anc", 2, "Kunjungan pemeriksaan ibu hamil (ANC)",
            "Antenatal care visit", "kes_anc", Subject.WARGA_REQUIRED,
            List.of(
                    integer("kunjunganKe", "Kunjungan ke-", "Visit number").range(1, 20).mandatory(),
                    integer("usiaKehamilanMinggu", "Usia kehamilan", "Gestational age").unit("minggu").range(1, 45).mandatory()
                            .help("Dihitung dari HPHT; bila HPHT warga tercatat, selisihnya paling banyak 2 minggu."),
                    decimal("beratKg", "Berat badan", "Weight").unit("kg").range(25, 200).mandatory(),
                    integer("sistolik", "Tekanan darah sistolik", "Systolic blood pressure").unit("mmHg").range(60, 260).mandatory(),
                    integer("diastolik", "Tekanan darah diastolik", "Diastolic blood pressure").unit("mmHg").range(30, 160).mandatory(),
                    decimal("lilaCm", "Lingkar lengan atas (LILA)", "Mid-upper arm circumference").unit("cm").range(10, 50).mandatory(),
                    bool("kek", "KEK: LILA < 23,5 cm (dihitung)", "Chronic energy deficiency (computed)").derived(),
                    bool("risikoHipertensi", "Tekanan darah ≥ 140/90 (dihitung)", "Blood pressure ≥ 140/90 (computed)").derived(),
                    integer("tabletTambahDarah", "Tablet tambah darah diberikan", "Iron-folate tablets given").unit("tablet").range(0, 120).mandatory(),
                    multiChoice("tandaBahaya", "Tanda bahaya", "Danger signs",
                            option("tidak-ada", "Tidak ada", "None"),
                            option("perdarahan", "Perdarahan", "Bleeding"),
                            option("bengkak", "Bengkak kaki/tangan/wajah", "Swelling"),
                            option("sakit-kepala", "Sakit kepala hebat/pandangan kabur", "Severe headache/blurred vision"),
                            option("demam", "Demam tinggi", "High fever"),
                            option("ketuban-pecah", "Ketuban pecah dini", "Waters broke early"),
                            option("gerak-janin-berkurang", "Gerak janin berkurang", "Less fetal movement")).mandatory(),
                    bool("dirujuk", "Dirujuk ke puskesmas/bidan", "Referred").mandatory(),
                    // v2 (columns added by V4__ibu_lansia.sql)
                    decimal("hbGdl", "Kadar hemoglobin (Hb)", "Haemoglobin").unit("g/dL").range(4, 20)
                            .help("Isi bila diperiksa (bidan/puskesmas). Hb < 11 g/dL = anemia pada kehamilan."),
                    integer("usiaIbuTahun", "Usia ibu (tahun, dihitung)", "Mother's age in completed years (computed)").unit("tahun").range(0, 120).derived(),
                    integer("ttdKumulatif", "Jumlah TTD selama kehamilan ini (dihitung)", "Iron-folate tablets this pregnancy (computed)").unit("tablet").range(0, 2000).derived(),
                    bool("ttd90", "TTD ≥ 90 tablet (dihitung)", "At least 90 iron-folate tablets (computed)").derived(),
                    multiChoice("risiko", "Faktor risiko (dihitung)", "Risk factors (computed)",
                            option(RISIKO_TERLALU_MUDA, "Terlalu muda (< 20 tahun)", "Too young (under 20)"),
                            option(RISIKO_TERLALU_TUA, "Terlalu tua (> 35 tahun)", "Too old (over 35)"),
                            option(RISIKO_KEK, "KEK (LILA < 23,5 cm)", "Chronic energy deficiency (MUAC < 23.5 cm)"),
                            option(RISIKO_HIPERTENSI, "Hipertensi (≥ 140/90 mmHg)", "Hypertension (≥ 140/90 mmHg)"),
                            option(RISIKO_ANEMIA, "Anemia (Hb < 11 g/dL)", "Anaemia (Hb < 11 g/dL)"),
                            option(RISIKO_TANDA_BAHAYA, "Ada tanda bahaya", "Danger signs present")).derived(),
                    bool("risikoTinggi", "Kehamilan risiko tinggi (dihitung)", "High-risk pregnancy (computed)").derived()),
            List.of(
                    FormExample.valid("kunjungan pertama, KEK", Map.ofEntries(Map.entry("kunjunganKe", 1), Map.entry("usiaKehamilanMinggu", 10), Map.entry("beratKg", 44), Map.entry("sistolik", 110), Map.entry("diastolik", 70), Map.entry("lilaCm", 22.8), Map.entry("tabletTambahDarah", 30), Map.entry("tandaBahaya", List.of("tidak-ada")), Map.entry("dirujuk", false))),
                    FormExample.valid("tekanan tinggi dirujuk", Map.ofEntries(Map.entry("kunjunganKe", 4), Map.entry("usiaKehamilanMinggu", 32), Map.entry("beratKg", 70), Map.entry("sistolik", 150), Map.entry("diastolik", 95), Map.entry("lilaCm", 27), Map.entry("tabletTambahDarah", 30), Map.entry("tandaBahaya", List.of("bengkak", "sakit-kepala")), Map.entry("dirujuk", true))),
                    FormExample.valid("Hb diperiksa, anemia", Map.ofEntries(Map.entry("kunjunganKe", 3), Map.entry("usiaKehamilanMinggu", 24), Map.entry("beratKg", 58), Map.entry("sistolik", 115), Map.entry("diastolik", 75), Map.entry("lilaCm", 25), Map.entry("hbGdl", 10.2), Map.entry("tabletTambahDarah", 30), Map.entry("tandaBahaya", List.of("tidak-ada")), Map.entry("dirujuk", false))),
                    FormExample.invalid("diastolik di atas sistolik", Map.ofEntries(Map.entry("kunjunganKe", 2), Map.entry("usiaKehamilanMinggu", 20), Map.entry("beratKg", 55), Map.entry("sistolik", 90), Map.entry("diastolik", 100), Map.entry("lilaCm", 25), Map.entry("tabletTambahDarah", 30), Map.entry("tandaBahaya", List.of("tidak-ada")), Map.entry("dirujuk", false)), "diastolik"),
                    FormExample.invalid("tanda bahaya tidak dirujuk", Map.ofEntries(Map.entry("kunjunganKe", 3), Map.entry("usiaKehamilanMinggu", 28), Map.entry("beratKg", 60), Map.entry("sistolik", 120), Map.entry("diastolik", 80), Map.entry("lilaCm", 25), Map.entry("tabletTambahDarah", 30), Map.entry("tandaBahaya", List.of("perdarahan")), Map.entry("dirujuk", false)), "dirujuk"),
                    FormExample.invalid("Hb 25 g/dL, TTD kumulatif diisi sendiri", Map.ofEntries(Map.entry("kunjunganKe", 2), Map.entry("usiaKehamilanMinggu", 16), Map.entry("beratKg", 52), Map.entry("sistolik", 110), Map.entry("diastolik", 70), Map.entry("lilaCm", 24), Map.entry("hbGdl", 25), Map.entry("tabletTambahDarah", 30), Map.entry("ttdKumulatif", 60), Map.entry("tandaBahaya", List.of("tidak-ada")), Map.entry("dirujuk", false)), "hbGdl", "ttdKumulatif")));

    static final FormDefinition PERSALINAN = new FormDefinition("kesehatan.persalinan", 1, "Persalinan (ibu bersalin)",
            "Delivery", "kes_persalinan", Subject.WARGA_REQUIRED,
            List.of(
                    choice("tempat", "Tempat persalinan", "Place of delivery",
                            option("faskes", "Fasilitas kesehatan (puskesmas, klinik, rumah sakit, praktik bidan)", "Health facility"),
                            option("rumah", "Rumah", "Home"),
                            option("perjalanan", "Dalam perjalanan", "On the way"),
                            option("lainnya", "Lainnya", "Other")).mandatory()
                            .help("Tanggal kiriman = tanggal persalinan."),
                    choice("penolong", "Penolong persalinan", "Birth attendant",
                            option("dokter", "Dokter", "Doctor"),
                            option("bidan", "Bidan", "Midwife"),
                            option("perawat", "Perawat", "Nurse"),
                            option("dukun", "Dukun bayi", "Traditional birth attendant"),
                            option("keluarga", "Keluarga", "Family"),
                            option("lainnya", "Lainnya/tanpa penolong", "Other or none")).mandatory(),
                    choice("cara", "Cara persalinan", "Mode of delivery",
                            option("normal", "Normal (spontan)", "Spontaneous vaginal"),
                            option("sesar", "Sesar", "Caesarean section"),
                            option("tindakan", "Dengan tindakan (vakum/forsep)", "Assisted (vacuum/forceps)")).mandatory(),
                    choice("kondisiIbu", "Kondisi ibu", "Mother's condition",
                            option("sehat", "Sehat", "Well"),
                            option("sakit", "Sakit/komplikasi", "Ill or complications"),
                            option("meninggal", "Meninggal", "Died")).mandatory(),
                    integer("jumlahBayi", "Jumlah bayi dilahirkan", "Babies born").range(1, 5).mandatory(),
                    integer("bayiLahirHidup", "Bayi lahir hidup", "Born alive").range(0, 5).mandatory(),
                    integer("beratBayiGram", "Berat lahir bayi (bila kembar: yang paling ringan)", "Birth weight (twins: the lightest)")
                            .unit("gram").range(300, 6000),
                    bool("persalinanDiFaskes", "Persalinan di fasilitas kesehatan (dihitung)", "Delivered in a health facility (computed)").derived(),
                    bool("nakes", "Ditolong tenaga kesehatan (dihitung)", "Attended by a health worker (computed)").derived(),
                    bool("bblr", "Berat lahir rendah < 2.500 g (dihitung)", "Low birth weight < 2,500 g (computed)").derived()),
            List.of(
                    FormExample.valid("di puskesmas ditolong bidan", Map.ofEntries(Map.entry("tempat", "faskes"), Map.entry("penolong", "bidan"), Map.entry("cara", "normal"), Map.entry("kondisiIbu", "sehat"), Map.entry("jumlahBayi", 1), Map.entry("bayiLahirHidup", 1), Map.entry("beratBayiGram", 3100))),
                    FormExample.valid("kembar di rumah ditolong dukun", Map.ofEntries(Map.entry("tempat", "rumah"), Map.entry("penolong", "dukun"), Map.entry("cara", "normal"), Map.entry("kondisiIbu", "sakit"), Map.entry("jumlahBayi", 2), Map.entry("bayiLahirHidup", 2))),
                    FormExample.invalid("bayi lahir hidup lebih dari jumlah bayi", Map.ofEntries(Map.entry("tempat", "faskes"), Map.entry("penolong", "dokter"), Map.entry("cara", "sesar"), Map.entry("kondisiIbu", "sehat"), Map.entry("jumlahBayi", 1), Map.entry("bayiLahirHidup", 2)), "bayiLahirHidup"),
                    FormExample.invalid("berat 7 kg, tempat tak dikenal, BBLR diisi sendiri", Map.ofEntries(Map.entry("tempat", "sawah"), Map.entry("penolong", "bidan"), Map.entry("cara", "normal"), Map.entry("kondisiIbu", "sehat"), Map.entry("jumlahBayi", 1), Map.entry("bayiLahirHidup", 1), Map.entry("beratBayiGram", 7000), Map.entry("bblr", false)), "tempat", "beratBayiGram", "bblr")));

    static final FormDefinition NIFAS = new FormDefinition("kesehatan.nifas", 1, "Kunjungan ibu nifas (KF)",
            "Postpartum visit", "kes_nifas", Subject.WARGA_REQUIRED,
            List.of(
                    choice("kunjunganKe", "Kunjungan nifas", "Postpartum visit",
                            option("kf1", "KF1 (6 jam–2 hari)", "PNC1 (6 hours–2 days)"),
                            option("kf2", "KF2 (hari ke-3–7)", "PNC2 (days 3–7)"),
                            option("kf3", "KF3 (hari ke-8–28)", "PNC3 (days 8–28)"),
                            option("kf4", "KF4 (hari ke-29–42)", "PNC4 (days 29–42)")).mandatory(),
                    integer("hariSetelahPersalinan", "Hari setelah persalinan", "Days after delivery").unit("hari").range(0, 42).mandatory()
                            .help("0 = hari persalinan (paling cepat 6 jam setelah lahir)."),
                    multiChoice("tandaBahaya", "Tanda bahaya masa nifas", "Postpartum danger signs",
                            option("tidak-ada", "Tidak ada", "None"),
                            option("perdarahan", "Perdarahan", "Bleeding"),
                            option("demam", "Demam", "Fever"),
                            option("infeksi-jalan-lahir", "Keluar cairan berbau/infeksi jalan lahir", "Foul discharge or genital tract infection"),
                            option("bengkak", "Bengkak wajah/tangan/kaki, sakit kepala, kejang", "Swelling, headache or fits"),
                            option("depresi", "Sedih berlebihan/depresi", "Low mood or depression"),
                            option("payudara", "Payudara bengkak, merah, nyeri", "Breast swelling, redness or pain")).mandatory(),
                    bool("vitaminA", "Mendapat kapsul vitamin A", "Received vitamin A capsule").mandatory(),
                    choice("kbPascaPersalinan", "KB pasca persalinan", "Postpartum family planning",
                            option("belum", "Belum ber-KB", "None yet"),
                            option("iud", "IUD/AKDR", "IUD"),
                            option("implan", "Implan", "Implant"),
                            option("suntik", "Suntik", "Injectable"),
                            option("pil", "Pil", "Pill"),
                            option("kondom", "Kondom", "Condom"),
                            option("mow", "MOW (tubektomi)", "Tubal ligation"),
                            option("mal", "MAL (metode amenore laktasi)", "Lactational amenorrhoea method")).mandatory(),
                    bool("dirujuk", "Dirujuk ke puskesmas/bidan", "Referred").mandatory()),
            List.of(
                    FormExample.valid("KF2 hari ke-5, tanpa tanda bahaya", Map.ofEntries(Map.entry("kunjunganKe", "kf2"), Map.entry("hariSetelahPersalinan", 5), Map.entry("tandaBahaya", List.of("tidak-ada")), Map.entry("vitaminA", true), Map.entry("kbPascaPersalinan", "belum"), Map.entry("dirujuk", false))),
                    FormExample.valid("KF3 demam dirujuk", Map.ofEntries(Map.entry("kunjunganKe", "kf3"), Map.entry("hariSetelahPersalinan", 10), Map.entry("tandaBahaya", List.of("demam", "infeksi-jalan-lahir")), Map.entry("vitaminA", true), Map.entry("kbPascaPersalinan", "suntik"), Map.entry("dirujuk", true))),
                    FormExample.invalid("KF2 pada hari ke-12, tanda bahaya tidak dirujuk", Map.ofEntries(Map.entry("kunjunganKe", "kf2"), Map.entry("hariSetelahPersalinan", 12), Map.entry("tandaBahaya", List.of("perdarahan")), Map.entry("vitaminA", false), Map.entry("kbPascaPersalinan", "belum"), Map.entry("dirujuk", false)), "hariSetelahPersalinan", "dirujuk"),
                    FormExample.invalid("hari ke-50, KB tak dikenal", Map.ofEntries(Map.entry("kunjunganKe", "kf4"), Map.entry("hariSetelahPersalinan", 50), Map.entry("tandaBahaya", List.of("tidak-ada")), Map.entry("vitaminA", false), Map.entry("kbPascaPersalinan", "vasektomi"), Map.entry("dirujuk", false)), "hariSetelahPersalinan", "kbPascaPersalinan")));

    static final FormDefinition SKRINING = new FormDefinition("kesehatan.skrining", 2, "Skrining usia produktif dan lansia",
            "Adult and elderly screening", "kes_skrining", Subject.WARGA_REQUIRED,
            List.of(
                    integer("sistolik", "Tekanan darah sistolik", "Systolic blood pressure").unit("mmHg").range(60, 260).mandatory(),
                    integer("diastolik", "Tekanan darah diastolik", "Diastolic blood pressure").unit("mmHg").range(30, 160).mandatory(),
                    integer("gulaDarahSewaktu", "Gula darah sewaktu", "Random blood glucose").unit("mg/dL").range(20, 800),
                    integer("gulaDarahPuasa", "Gula darah puasa", "Fasting blood glucose").unit("mg/dL").range(20, 800)
                            .help("Hanya bila warga berpuasa paling sedikit 8 jam."),
                    decimal("beratKg", "Berat badan", "Weight").unit("kg").range(20, 250).mandatory(),
                    decimal("tinggiCm", "Tinggi badan", "Height").unit("cm").range(100, 220).mandatory(),
                    decimal("imt", "IMT (dihitung)", "BMI (computed)").unit("kg/m²").range(0, 200).derived(),
                    choice("kategoriImt", "Kategori IMT (dihitung)", "BMI class (computed)",
                            option("kurus", "Kurus (< 18,5)", "Underweight (< 18.5)"),
                            option("normal", "Normal (18,5–< 25,0)", "Normal (18.5–< 25.0)"),
                            option("gemuk", "Gemuk (25,0–< 27,0)", "Overweight (25.0–< 27.0)"),
                            option("obesitas", "Obesitas (≥ 27,0)", "Obese (≥ 27.0)")).derived(),
                    decimal("lingkarPerutCm", "Lingkar perut", "Waist circumference").unit("cm").range(40, 200),
                    bool("obesitasSentral", "Obesitas sentral (dihitung)", "Central obesity (computed)").derived(),
                    bool("merokok", "Merokok", "Smokes").mandatory(),
                    bool("hipertensi", "Tekanan darah ≥ 140/90 mmHg (dihitung)", "Blood pressure ≥ 140/90 mmHg (computed)").derived(),
                    bool("diabetes", "Curiga diabetes (dihitung)", "Suspected diabetes (computed)").derived(),
                    bool("lansia", "Lansia, 60 tahun ke atas (dihitung)", "Elderly, 60 or over (computed)").derived(),
                    bool("perluRujukan", "Perlu dirujuk (dihitung)", "Needs referral (computed)").derived()),
            List.of(
                    FormExample.valid("lansia sehat", Map.ofEntries(Map.entry("sistolik", 128), Map.entry("diastolik", 82), Map.entry("gulaDarahSewaktu", 110), Map.entry("beratKg", 58), Map.entry("tinggiCm", 155), Map.entry("lingkarPerutCm", 84), Map.entry("merokok", false))),
                    FormExample.valid("hipertensi dan gula tinggi", Map.ofEntries(Map.entry("sistolik", 165), Map.entry("diastolik", 100), Map.entry("gulaDarahSewaktu", 240), Map.entry("beratKg", 80), Map.entry("tinggiCm", 160), Map.entry("merokok", true))),
                    FormExample.valid("gula darah puasa diperiksa", Map.ofEntries(Map.entry("sistolik", 118), Map.entry("diastolik", 76), Map.entry("gulaDarahPuasa", 131), Map.entry("beratKg", 62), Map.entry("tinggiCm", 158), Map.entry("lingkarPerutCm", 88), Map.entry("merokok", false))),
                    FormExample.invalid("tinggi 2 meter lebih, IMT diisi sendiri", Map.ofEntries(Map.entry("sistolik", 120), Map.entry("diastolik", 80), Map.entry("beratKg", 70), Map.entry("tinggiCm", 230), Map.entry("imt", 22), Map.entry("merokok", false)), "tinggiCm", "imt"),
                    FormExample.invalid("gula puasa 900, diabetes diisi sendiri", Map.ofEntries(Map.entry("sistolik", 120), Map.entry("diastolik", 80), Map.entry("gulaDarahPuasa", 900), Map.entry("beratKg", 70), Map.entry("tinggiCm", 165), Map.entry("diabetes", true), Map.entry("merokok", false)), "gulaDarahPuasa", "diabetes")));

    private static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(ID, "Kesehatan", "Health", "kesehatan",
            "1.0.0",
            List.of(new MenuDefinition("penimbangan", "Penimbangan dan pengukuran balita", "Weighing and measuring of under-fives",
                            "Pendaftaran balita (data lahir, buku KIA) dan penimbangan bulanan: berat, panjang/tinggi, lingkar kepala, LILA, vitamin A dan PMT; z-skor WHO, N/T dan 2T langsung terlihat.",
                            "balita", List.of(BALITA, PENIMBANGAN)),
                    new MenuDefinition("imunisasi", "Imunisasi", "Immunisation",
                            "Dosis imunisasi yang diberikan menurut jadwal nasional dan KIPI.",
                            "bayi dan baduta", List.of(IMUNISASI)),
                    new MenuDefinition("ibu-hamil", "Ibu hamil, bersalin dan nifas", "Pregnancy, delivery and postpartum",
                            "Kunjungan ANC: usia kehamilan, berat, tekanan darah, LILA (KEK bila kurang dari 23,5 cm), Hb, tablet tambah darah (target 90), tanda bahaya dan faktor risiko; persalinan (tempat, penolong, BBLR); kunjungan nifas KF1–KF4.",
                            "ibu hamil, bersalin dan nifas", List.of(ANC, PERSALINAN, NIFAS)),
                    new MenuDefinition("skrining-dewasa", "Skrining usia produktif dan lansia", "Adult and elderly screening",
                            "Tekanan darah, gula darah sewaktu/puasa, IMT dan kategorinya, lingkar perut (obesitas sentral), merokok; rujukan ke puskesmas bila di atas ambang.",
                            "usia produktif dan lansia", List.of(SKRINING))),
            List.of(new IndicatorDefinition("d-s", "Partisipasi penimbangan (D/S)", "Weighing participation (D/S)", "%",
                            "Balita ditimbang bulan ini dibagi seluruh balita di wilayah."),
                    new IndicatorDefinition("kek", "Ibu hamil KEK", "Pregnant women with chronic energy deficiency", "%",
                            "Ibu hamil dengan LILA < 23,5 cm pada kunjungan terakhir dibagi ibu hamil yang diperiksa."),
                    new IndicatorDefinition("ttd-90", "Ibu hamil mendapat TTD ≥ 90 tablet", "Pregnant women given at least 90 iron-folate tablets", "%",
                            "Ibu hamil yang TTD kumulatifnya mencapai 90 tablet pada kunjungan terakhir dibagi ibu hamil yang diperiksa."),
                    new IndicatorDefinition("ibu-hamil-risiko-tinggi", "Ibu hamil risiko tinggi", "High-risk pregnancies", "orang",
                            "Ibu hamil dengan paling sedikit satu faktor risiko (usia < 20 atau > 35 tahun, KEK, hipertensi, anemia, tanda bahaya) pada kunjungan terakhir."),
                    new IndicatorDefinition("persalinan-nakes-faskes", "Persalinan oleh tenaga kesehatan di fasilitas kesehatan",
                            "Deliveries by a health worker in a health facility", "%",
                            "Persalinan di fasilitas kesehatan yang ditolong dokter, bidan atau perawat dibagi seluruh persalinan tercatat (SPM ibu bersalin)."),
                    new IndicatorDefinition("hipertensi-terujuk", "Hipertensi terujuk", "Hypertension referred", "orang",
                            "Warga 15 tahun ke atas dengan tekanan darah ≥ 140/90 mmHg yang dirujuk, per bulan.")));

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** WHO/Kemenkes: a birth weight below 2,500 g is BBLR (berat badan lahir rendah). */
    static final BigDecimal LOW_BIRTH_WEIGHT_KG = new BigDecimal("2.5");
    /** The same BBLR threshold in grams, for the delivery form: below 2,500 g (WHO ICD-10 low birth weight, Buku KIA). */
    static final long LOW_BIRTH_WEIGHT_GRAMS = 2500;
    /** LILA below 23.5 cm in pregnancy is KEK (kurang energi kronis), Kemenkes (Buku KIA, Pedoman Pelayanan Antenatal Terpadu). */
    static final BigDecimal KEK_LILA_CM = new BigDecimal("23.5");
    /**
     * Hypertension: systolic ≥ 140 or diastolic ≥ 90 mmHg (Permenkes 4/2019 SPM, pelayanan kesehatan penderita
     * hipertensi; PNPK Tata Laksana Hipertensi Dewasa, KMK HK.01.07/MENKES/4634/2021). The same cut-off defines
     * hypertension in pregnancy (WHO; POGI).
     */
    static final long HYPERTENSION_SYSTOLIC = 140;
    /** See {@link #HYPERTENSION_SYSTOLIC}. */
    static final long HYPERTENSION_DIASTOLIC = 90;
    /** Suspected diabetes: random plasma glucose ≥ 200 mg/dL (PERKENI 2021 consensus on type 2 diabetes; Permenkes 4/2019 PTM screening). */
    static final long DIABETES_RANDOM_GLUCOSE = 200;
    /** Suspected diabetes: fasting plasma glucose ≥ 126 mg/dL (PERKENI 2021, after at least 8 hours without calories). */
    static final long DIABETES_FASTING_GLUCOSE = 126;
    /**
     * BMI classes for Indonesian adults (Kemenkes P2PTM, the Asia-Pacific cut-offs, also in Pedoman Gizi Seimbang,
     * Permenkes 41/2014): kurus below 18.5, normal 18.5 to below 25.0, gemuk 25.0 to below 27.0, obesitas 27.0 and
     * above. Applied to the BMI rounded to one decimal, as stored.
     */
    static final BigDecimal UNDERWEIGHT_BMI = new BigDecimal("18.5");
    /** See {@link #UNDERWEIGHT_BMI}: gemuk (overweight) from 25.0. */
    static final BigDecimal OVERWEIGHT_BMI = new BigDecimal("25.0");
    /** See {@link #UNDERWEIGHT_BMI}: obesitas from 27.0 (Kemenkes P2PTM). */
    static final BigDecimal OBESE_BMI = new BigDecimal("27");
    /** Central obesity: waist above 90 cm in men (Kemenkes P2PTM, IDF cut-off for Asians). */
    static final BigDecimal CENTRAL_OBESITY_WAIST_MEN_CM = new BigDecimal("90");
    /** Central obesity: waist above 80 cm in women (Kemenkes P2PTM, IDF cut-off for Asians). */
    static final BigDecimal CENTRAL_OBESITY_WAIST_WOMEN_CM = new BigDecimal("80");
    /** Lansia (usia lanjut): 60 years and over (UU 13/1998 Kesejahteraan Lanjut Usia; Permenkes 67/2015). */
    static final int LANSIA_AGE_YEARS = 60;
    /** SPM pelayanan kesehatan usia produktif starts at 15 years (Permenkes 4/2019: usia 15–59 tahun). */
    static final int USIA_PRODUKTIF_MIN_YEARS = 15;
    /** "4 terlalu" (Buku KIA, Kemenkes): a mother under 20 years is terlalu muda. */
    static final int MATERNAL_AGE_TOO_YOUNG = 20;
    /** "4 terlalu" (Buku KIA, Kemenkes): a mother over 35 years is terlalu tua. */
    static final int MATERNAL_AGE_TOO_OLD = 35;
    /** Anaemia in pregnancy: haemoglobin below 11 g/dL (WHO 2011 haemoglobin thresholds; Kemenkes, Buku KIA). */
    static final BigDecimal ANAEMIA_HB_GDL = new BigDecimal("11");
    /** At least 90 iron-folate tablets (TTD) during pregnancy (Permenkes 88/2014 standar TTD; SPM ibu hamil, Permenkes 4/2019). */
    static final long TTD_TARGET = 90;
    /** Earlier ANC visits count for this pregnancy when at most 10 months before this visit (a pregnancy lasts at most ~42 weeks). */
    static final int PREGNANCY_WINDOW_MONTHS = 10;
    /** The gestational age typed may differ from the one computed from the resident's HPHT by at most 2 weeks. */
    static final long HPHT_TOLERANCE_WEEKS = 2;
    /** Two deliveries of one woman less than 20 weeks apart are one delivery entered twice (a birth is at ≥ 20 weeks' gestation). */
    static final long MIN_DAYS_BETWEEN_DELIVERIES = 20 * 7;
    /**
     * Windows of the postpartum visits in days after delivery (Permenkes 21/2021, pelayanan kesehatan masa sesudah
     * melahirkan): KF1 6 hours–2 days, KF2 days 3–7, KF3 days 8–28, KF4 days 29–42. Day 0 is the day of delivery.
     */
    static final Map<String, int[]> KF_WINDOWS = Map.of("kf1", new int[] { 0, 2 }, "kf2", new int[] { 3, 7 },
            "kf3", new int[] { 8, 28 }, "kf4", new int[] { 29, 42 });

    @Override
    public void validate(FormDefinition form, Map<String, Object> data, SubmissionContext context, Errors errors) {
        if (data.get("sistolik") instanceof Long sys && data.get("diastolik") instanceof Long dia && dia >= sys) {
            errors.add("diastolik", "kesehatan.diastolikDiBawahSistolik", "Tekanan diastolik harus lebih rendah dari sistolik.",
                    "Diastolic pressure must be below systolic.");
        }
        if (form.id().equals(PENIMBANGAN.id())) {
            if (data.containsKey("panjangTinggiCm") && !data.containsKey("caraUkur")) {
                errors.add("caraUkur", "required", "Sebutkan cara ukur (terlentang atau berdiri).",
                        "Say how the child was measured (lying or standing).");
            }
            if (context.warga() != null) {
                YearMonth month = YearMonth.from(context.tanggal());
                context.riwayat().stream().filter(s -> YearMonth.from(s.tanggal()).equals(month)).findFirst()
                        .ifPresent(same -> errors.add("tanggal", "kesehatan.sudahDitimbang",
                                "Anak ini sudah ditimbang bulan " + month + " (tanggal " + same.tanggal() + "): satu penimbangan per bulan.",
                                "This child was already weighed in " + month + " (on " + same.tanggal() + "): one weighing a month."));
            }
        }
        // who each form is for (balita, women, 15 and over) the platform checks first, from eligibility(form)
        Warga w = context == null ? null : context.warga();
        if (form.id().equals(IMUNISASI.id())) {
            ImunisasiCheck.check(data, context, errors);
        }
        if (form.id().equals(PENIMBANGAN.id())) {
            KesehatanSasaran.checkVitaminA(data, context, errors);
        }
        if ((form.id().equals(ANC.id()) || form.id().equals(NIFAS.id())) && data.get("tandaBahaya") instanceof List<?> signs) {
            String who = form.id().equals(ANC.id()) ? "Ibu hamil" : "Ibu nifas";
            String whoEn = form.id().equals(ANC.id()) ? "A pregnant woman" : "A postpartum woman";
            if (signs.contains("tidak-ada") && signs.size() > 1) {
                errors.add("tandaBahaya", "kesehatan.tidakAdaSendiri", "'Tidak ada' tidak bisa bersama tanda bahaya lain.",
                        "'None' cannot go with other danger signs.");
            } else if (!signs.contains("tidak-ada") && Boolean.FALSE.equals(data.get("dirujuk"))) {
                errors.add("dirujuk", "kesehatan.tandaBahayaDirujuk", who + " dengan tanda bahaya harus dirujuk.",
                        whoEn + " with danger signs must be referred.");
            }
        }
        if (form.id().equals(ANC.id()) && w != null && w.hpht() != null && data.get("usiaKehamilanMinggu") instanceof Long weeks) {
            long fromHpht = Math.floorDiv(ChronoUnit.DAYS.between(w.hpht(), context.tanggal()), 7);
            if (Math.abs(fromHpht - weeks) > HPHT_TOLERANCE_WEEKS) {
                errors.add("usiaKehamilanMinggu", "kesehatan.usiaKehamilanHpht",
                        "Usia kehamilan " + weeks + " minggu tidak sesuai HPHT warga (" + w.hpht() + "): pada " + context.tanggal()
                                + " usia kehamilan " + fromHpht + " minggu (selisih paling banyak " + HPHT_TOLERANCE_WEEKS
                                + " minggu). Periksa usia kehamilan, atau perbarui HPHT di data warga.",
                        "Gestational age " + weeks + " weeks does not match the resident's last menstrual period (" + w.hpht()
                                + "): on " + context.tanggal() + " it is " + fromHpht + " weeks (at most " + HPHT_TOLERANCE_WEEKS
                                + " weeks apart). Check the gestational age, or update the LMP on the resident's record.");
            }
        }
        if (form.id().equals(PERSALINAN.id())) {
            if (data.get("bayiLahirHidup") instanceof Long alive && data.get("jumlahBayi") instanceof Long born && alive > born) {
                errors.add("bayiLahirHidup", "kesehatan.lahirHidupMelebihiJumlah",
                        "Bayi lahir hidup (" + alive + ") tidak boleh lebih dari jumlah bayi (" + born + ").",
                        "Babies born alive (" + alive + ") cannot exceed babies born (" + born + ").");
            }
            if (w != null) {
                context.riwayat().stream()
                        .filter(s -> Math.abs(ChronoUnit.DAYS.between(s.tanggal(), context.tanggal())) < MIN_DAYS_BETWEEN_DELIVERIES)
                        .findFirst()
                        .ifPresent(other -> errors.add("tanggal", "kesehatan.persalinanGanda",
                                "Persalinan ibu ini sudah tercatat pada " + other.tanggal() + "; dua persalinan tidak mungkin berjarak kurang dari 20 minggu.",
                                "A delivery of this woman is already recorded on " + other.tanggal() + "; two deliveries cannot be less than 20 weeks apart."));
            }
        }
        if (form.id().equals(NIFAS.id()) && data.get("kunjunganKe") instanceof String kf
                && data.get("hariSetelahPersalinan") instanceof Long day) {
            int[] window = KF_WINDOWS.get(kf);
            if (window != null && (day < window[0] || day > window[1])) {
                errors.add("hariSetelahPersalinan", "kesehatan.jendelaKf",
                        kf.toUpperCase(java.util.Locale.ROOT) + " dilakukan pada hari ke-" + window[0] + " sampai ke-" + window[1]
                                + " setelah persalinan, bukan hari ke-" + day + ".",
                        kf.toUpperCase(java.util.Locale.ROOT) + " is on days " + window[0] + "–" + window[1]
                                + " after delivery, not day " + day + ".");
            }
        }
    }

    @Override
    public Eligibility eligibility(FormDefinition form) {
        return KesehatanSasaran.of(form);
    }

    @Override
    public int riwayatLimit(FormDefinition form) {
        return form.id().equals(IMUNISASI.id()) ? ImunisasiCheck.RIWAYAT_LIMIT : SubmissionContext.DEFAULT_RIWAYAT_LIMIT;
    }

    /**
     * Minimum weight gain for "naik" (N) on the KMS by age in completed months, in grams: the table lives in
     * {@link KmsWeightGain} (bundle org.posyandu.anthro), which the kader app also reads to show N/T offline.
     */
    static int minimumGainGrams(long ageMonths) {
        return KmsWeightGain.minimumGrams(ageMonths);
    }

    /** A delivery ends the mother's pregnancy (and records her death if she died at it). */
    @Override
    public List<PeristiwaInput> peristiwa(FormDefinition form, Submission submission) {
        return form.id().equals(PERSALINAN.id()) ? PersalinanPeristiwa.of(submission) : List.of();
    }

    @Override
    public Map<String, Object> derive(FormDefinition form, Map<String, Object> data, SubmissionContext context) {
        if (form.id().equals(PENIMBANGAN.id())) {
            return growth(data, context);
        }
        if (form.id().equals(BALITA.id())) {
            return data.get("beratLahirKg") instanceof BigDecimal kg ? Map.of("bblr", kg.compareTo(LOW_BIRTH_WEIGHT_KG) < 0) : Map.of();
        }
        if (form.id().equals(ANC.id())) {
            return antenatal(data, context);
        }
        if (form.id().equals(PERSALINAN.id())) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("persalinanDiFaskes", "faskes".equals(data.get("tempat")));
            out.put("nakes", List.of("dokter", "bidan", "perawat").contains(data.get("penolong")));
            if (data.get("beratBayiGram") instanceof Long grams) {
                out.put("bblr", grams < LOW_BIRTH_WEIGHT_GRAMS);
            }
            return out;
        }
        if (form.id().equals(SKRINING.id())) {
            return screening(data, context);
        }
        return Map.of();
    }

    /**
     * N/T and 2T of a weighing compare with the last month's, and the TTD of an ANC visit adds up the earlier visits
     * of the pregnancy: a late entry, correction or void re-runs {@link #derive} over the later ones.
     */
    @Override
    public boolean derivesFromHistory(FormDefinition form) {
        return form.id().equals(PENIMBANGAN.id()) || form.id().equals(ANC.id());
    }

    /** ANC v2: mother's age, cumulative TTD over this pregnancy, the risk flags. */
    static Map<String, Object> antenatal(Map<String, Object> data, SubmissionContext context) {
        Warga mother = context == null ? null : context.warga();
        Map<String, Object> out = new LinkedHashMap<>();
        boolean kek = ((BigDecimal) data.get("lilaCm")).compareTo(KEK_LILA_CM) < 0;
        boolean hypertensive = hypertensive(data);
        out.put("kek", kek);
        out.put("risikoHipertensi", hypertensive);
        List<String> risks = new ArrayList<>();
        if (mother != null && mother.tanggalLahir() != null) {
            long age = ChronoUnit.YEARS.between(mother.tanggalLahir(), context.tanggal());
            out.put("usiaIbuTahun", age);
            if (age < MATERNAL_AGE_TOO_YOUNG) {
                risks.add(RISIKO_TERLALU_MUDA);
            }
            if (age > MATERNAL_AGE_TOO_OLD) {
                risks.add(RISIKO_TERLALU_TUA);
            }
        }
        if (kek) {
            risks.add(RISIKO_KEK);
        }
        if (hypertensive) {
            risks.add(RISIKO_HIPERTENSI);
        }
        if (data.get("hbGdl") instanceof BigDecimal hb && hb.compareTo(ANAEMIA_HB_GDL) < 0) {
            risks.add(RISIKO_ANEMIA);
        }
        if (data.get("tandaBahaya") instanceof List<?> signs && !signs.isEmpty() && !signs.contains("tidak-ada")) {
            risks.add(RISIKO_TANDA_BAHAYA);
        }
        long total = cumulativeTablets(data, context);
        out.put("ttdKumulatif", total);
        out.put("ttd90", total >= TTD_TARGET);
        if (!risks.isEmpty()) {
            out.put("risiko", List.copyOf(risks));
        }
        out.put("risikoTinggi", !risks.isEmpty());
        return out;
    }

    /**
     * This visit's tablets plus those of the earlier visits of the same pregnancy: the earlier visits (newest
     * first) dated at most {@link #PREGNANCY_WINDOW_MONTHS} months before and not further on in pregnancy than this
     * one (a higher gestational age is an earlier pregnancy). The newest such visit that stored its own cumulative
     * count ends the walk (its count already holds the visits before it); visits stored by form v1 have none, so
     * their tablets are added one by one.
     */
    static long cumulativeTablets(Map<String, Object> data, SubmissionContext context) {
        long total = (Long) data.get("tabletTambahDarah");
        if (context == null || context.warga() == null) {
            return total;
        }
        LocalDate day = context.tanggal();
        LocalDate start = day.minusMonths(PREGNANCY_WINDOW_MONTHS);
        long weeks = data.get("usiaKehamilanMinggu") instanceof Long w ? w : Long.MAX_VALUE;
        for (Submission s : context.riwayat()) {
            if (!s.tanggal().isBefore(day)) {
                continue; // a visit later this month, or the same day
            }
            if (s.tanggal().isBefore(start)) {
                break;
            }
            if (s.data().get("usiaKehamilanMinggu") instanceof Number earlier && earlier.longValue() > weeks) {
                break; // further on in pregnancy than today: an earlier pregnancy
            }
            if (s.data().get("ttdKumulatif") instanceof Number cumulative) {
                return total + cumulative.longValue();
            }
            if (s.data().get("tabletTambahDarah") instanceof Number tablets) {
                total += tablets.longValue();
            }
        }
        return total;
    }

    /** Skrining v2: BMI and its class, central obesity, hypertension, suspected diabetes, lansia, the referral. */
    static Map<String, Object> screening(Map<String, Object> data, SubmissionContext context) {
        Warga w = context == null ? null : context.warga();
        Map<String, Object> out = new LinkedHashMap<>();
        BigDecimal metres = ((BigDecimal) data.get("tinggiCm")).movePointLeft(2);
        BigDecimal bmi = ((BigDecimal) data.get("beratKg")).divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
        out.put("imt", bmi);
        String bmiClass = bmi.compareTo(UNDERWEIGHT_BMI) < 0 ? "kurus" : bmi.compareTo(OVERWEIGHT_BMI) < 0 ? "normal"
                : bmi.compareTo(OBESE_BMI) < 0 ? "gemuk" : "obesitas";
        out.put("kategoriImt", bmiClass);
        Boolean central = null;
        if (data.get("lingkarPerutCm") instanceof BigDecimal waist && w != null && w.jenisKelamin() != null) {
            central = waist.compareTo(w.jenisKelamin() == JenisKelamin.L ? CENTRAL_OBESITY_WAIST_MEN_CM
                    : CENTRAL_OBESITY_WAIST_WOMEN_CM) > 0;
            out.put("obesitasSentral", central);
        }
        boolean hypertensive = hypertensive(data);
        out.put("hipertensi", hypertensive);
        Boolean diabetes = null;
        if (data.get("gulaDarahSewaktu") instanceof Long random) {
            diabetes = random >= DIABETES_RANDOM_GLUCOSE;
        }
        if (data.get("gulaDarahPuasa") instanceof Long fasting) {
            diabetes = Boolean.TRUE.equals(diabetes) || fasting >= DIABETES_FASTING_GLUCOSE;
        }
        if (diabetes != null) {
            out.put("diabetes", diabetes);
        }
        Boolean elderly = null;
        if (w != null && w.tanggalLahir() != null) {
            elderly = ChronoUnit.YEARS.between(w.tanggalLahir(), context.tanggal()) >= LANSIA_AGE_YEARS;
            out.put("lansia", elderly);
        }
        // referral: hypertension, suspected diabetes, obesity; central obesity alone is counselled at the Posyandu,
        // except in the elderly, who go to the puskesmas for the fuller check
        boolean refer = hypertensive || Boolean.TRUE.equals(diabetes) || "obesitas".equals(bmiClass)
                || (Boolean.TRUE.equals(central) && Boolean.TRUE.equals(elderly));
        out.put("perluRujukan", refer);
        return out;
    }

    /** Z-scores, classes, N/T and 2T of a weighing; nothing without the child's birth date and sex. */
    static Map<String, Object> growth(Map<String, Object> data, SubmissionContext context) {
        Warga child = context.warga();
        if (child == null || child.tanggalLahir() == null) {
            return Map.of();
        }
        BigDecimal weight = (BigDecimal) data.get("beratKg");
        BigDecimal length = (BigDecimal) data.get("panjangTinggiCm");
        Position position = "terlentang".equals(data.get("caraUkur")) ? Position.RECUMBENT
                : "berdiri".equals(data.get("caraUkur")) ? Position.STANDING : null;
        BigDecimal head = (BigDecimal) data.get("lingkarKepalaCm");
        Assessment a = Anthropometry.assess(new Measurement(child.jenisKelamin() == JenisKelamin.L ? Sex.MALE : Sex.FEMALE,
                child.tanggalLahir(), context.tanggal(), weight.doubleValue(), length == null ? null : length.doubleValue(),
                position, head == null ? null : head.doubleValue(), false));
        Map<String, Object> out = new LinkedHashMap<>();
        long months = ChronoUnit.MONTHS.between(child.tanggalLahir(), context.tanggal());
        out.put("umurBulan", Math.min(60, months));
        put(out, "zBbU", a.wfa());
        put(out, "zTbU", a.lhfa());
        put(out, "zBbTb", a.wflh());
        put(out, "zImtU", a.bfa());
        if (a.status().bbU() != null) {
            out.put("statusBbU", a.status().bbU());
        }
        if (a.status().tbU() != null) {
            out.put("statusTbU", a.status().tbU());
        }
        if (a.status().bbTb() != null) {
            out.put("statusBbTb", a.status().bbTb());
        }
        // the last visit of an earlier month (the same month cannot be here: validate refuses a second weighing)
        YearMonth month = YearMonth.from(context.tanggal());
        Submission previous = context.riwayat().stream().filter(s -> YearMonth.from(s.tanggal()).isBefore(month))
                .findFirst().orElse(null);
        String nt;
        if (previous == null) {
            nt = "B";
        } else if (!YearMonth.from(previous.tanggal()).plusMonths(1).equals(YearMonth.from(context.tanggal()))) {
            nt = "O";
        } else {
            BigDecimal gainGrams = weight.subtract((BigDecimal) previous.data().get("beratKg")).movePointRight(3);
            nt = gainGrams.compareTo(BigDecimal.valueOf(minimumGainGrams(months))) >= 0 ? "N" : "T";
        }
        out.put("naikBeratBadan", nt);
        boolean twoT = "T".equals(nt) && previous != null && "T".equals(previous.data().get("naikBeratBadan"));
        out.put("duaT", twoT);
        boolean refer = twoT || "gizi_buruk".equals(a.status().bbTb()) || "gizi_kurang".equals(a.status().bbTb())
                || "sangat_pendek".equals(a.status().tbU()) || "pendek".equals(a.status().tbU())
                || "sangat_kurang".equals(a.status().bbU());
        out.put("perluRujukan", refer);
        return out;
    }

    private static void put(Map<String, Object> out, String name, Double z) {
        if (z != null) {
            out.put(name, BigDecimal.valueOf(z));
        }
    }

    private static boolean hypertensive(Map<String, Object> data) {
        return (Long) data.get("sistolik") >= HYPERTENSION_SYSTOLIC || (Long) data.get("diastolik") >= HYPERTENSION_DIASTOLIC;
    }
}
