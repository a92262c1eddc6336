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
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
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
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionContext;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Warga;
import org.posyandu.anthro.Anthropometry;
import org.posyandu.anthro.Assessment;
import org.posyandu.anthro.Measurement;
import org.posyandu.anthro.Position;
import org.posyandu.anthro.Sex;

/**
 * SPM field kesehatan (PP 2/2018; Permenkes 4/2019, 2/2020): the field every kabupaten starts with. Menus:
 * the monthly penimbangan of balita (weight, length or height, head circumference, LILA, vitamin A, PMT), the
 * immunisation doses given, ANC visits of pregnant women (LILA below 23.5 cm = KEK, blood pressure, TTD
 * tablets, danger signs), and screening of adults and the elderly (blood pressure, blood sugar, BMI, waist)
 * with the referral thresholds. WHO z-scores and SKDN build on these forms in the next issue.
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

    static final FormDefinition IMUNISASI = new FormDefinition("kesehatan.imunisasi", 1, "Pemberian imunisasi",
            "Immunisation given", "kes_imunisasi", Subject.WARGA_REQUIRED,
            List.of(
                    multiChoice("vaksin", "Vaksin yang diberikan", "Vaccines given",
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
                            option("je", "Japanese Encephalitis", "Japanese encephalitis")).mandatory(),
                    bool("kipi", "Ada KIPI (reaksi setelah imunisasi)", "Adverse event following immunisation").mandatory(),
                    text("kipiKeterangan", "Keterangan KIPI", "AEFI details").maxLength(300).mandatory().when("kipi", true)),
            List.of(
                    FormExample.valid("imunisasi 2 bulan", Map.ofEntries(Map.entry("vaksin", List.of("dpt-hb-hib-1", "polio-2", "pcv-1", "rv-1")), Map.entry("kipi", false))),
                    FormExample.invalid("KIPI tanpa keterangan, vaksin tak dikenal", Map.ofEntries(Map.entry("vaksin", List.of("bcg", "covid")), Map.entry("kipi", true)), "vaksin", "kipiKeterangan")));

    static final FormDefinition ANC = new FormDefinition("kesehatan.anc", 1, "Kunjungan pemeriksaan ibu hamil (ANC)",
            "Antenatal care visit", "kes_anc", Subject.WARGA_REQUIRED,
            List.of(
                    integer("kunjunganKe", "Kunjungan ke-", "Visit number").range(1, 20).mandatory(),
                    integer("usiaKehamilanMinggu", "Usia kehamilan", "Gestational age").unit("minggu").range(1, 45).mandatory(),
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
                    bool("dirujuk", "Dirujuk ke puskesmas/bidan", "Referred").mandatory()),
            List.of(
                    FormExample.valid("kunjungan pertama, KEK", Map.ofEntries(Map.entry("kunjunganKe", 1), Map.entry("usiaKehamilanMinggu", 10), Map.entry("beratKg", 44), Map.entry("sistolik", 110), Map.entry("diastolik", 70), Map.entry("lilaCm", 22.8), Map.entry("tabletTambahDarah", 30), Map.entry("tandaBahaya", List.of("tidak-ada")), Map.entry("dirujuk", false))),
                    FormExample.valid("tekanan tinggi dirujuk", Map.ofEntries(Map.entry("kunjunganKe", 4), Map.entry("usiaKehamilanMinggu", 32), Map.entry("beratKg", 70), Map.entry("sistolik", 150), Map.entry("diastolik", 95), Map.entry("lilaCm", 27), Map.entry("tabletTambahDarah", 30), Map.entry("tandaBahaya", List.of("bengkak", "sakit-kepala")), Map.entry("dirujuk", true))),
                    FormExample.invalid("diastolik di atas sistolik", Map.ofEntries(Map.entry("kunjunganKe", 2), Map.entry("usiaKehamilanMinggu", 20), Map.entry("beratKg", 55), Map.entry("sistolik", 90), Map.entry("diastolik", 100), Map.entry("lilaCm", 25), Map.entry("tabletTambahDarah", 30), Map.entry("tandaBahaya", List.of("tidak-ada")), Map.entry("dirujuk", false)), "diastolik"),
                    FormExample.invalid("tanda bahaya tidak dirujuk", Map.ofEntries(Map.entry("kunjunganKe", 3), Map.entry("usiaKehamilanMinggu", 28), Map.entry("beratKg", 60), Map.entry("sistolik", 120), Map.entry("diastolik", 80), Map.entry("lilaCm", 25), Map.entry("tabletTambahDarah", 30), Map.entry("tandaBahaya", List.of("perdarahan")), Map.entry("dirujuk", false)), "dirujuk")));

    static final FormDefinition SKRINING = new FormDefinition("kesehatan.skrining", 1, "Skrining usia produktif dan lansia",
            "Adult and elderly screening", "kes_skrining", Subject.WARGA_REQUIRED,
            List.of(
                    integer("sistolik", "Tekanan darah sistolik", "Systolic blood pressure").unit("mmHg").range(60, 260).mandatory(),
                    integer("diastolik", "Tekanan darah diastolik", "Diastolic blood pressure").unit("mmHg").range(30, 160).mandatory(),
                    integer("gulaDarahSewaktu", "Gula darah sewaktu", "Random blood glucose").unit("mg/dL").range(20, 800),
                    decimal("beratKg", "Berat badan", "Weight").unit("kg").range(20, 250).mandatory(),
                    decimal("tinggiCm", "Tinggi badan", "Height").unit("cm").range(100, 220).mandatory(),
                    decimal("imt", "IMT (dihitung)", "BMI (computed)").unit("kg/m²").range(0, 200).derived(),
                    decimal("lingkarPerutCm", "Lingkar perut", "Waist circumference").unit("cm").range(40, 200),
                    bool("merokok", "Merokok", "Smokes").mandatory(),
                    bool("perluRujukan", "Perlu dirujuk (dihitung)", "Needs referral (computed)").derived()),
            List.of(
                    FormExample.valid("lansia sehat", Map.ofEntries(Map.entry("sistolik", 128), Map.entry("diastolik", 82), Map.entry("gulaDarahSewaktu", 110), Map.entry("beratKg", 58), Map.entry("tinggiCm", 155), Map.entry("lingkarPerutCm", 84), Map.entry("merokok", false))),
                    FormExample.valid("hipertensi dan gula tinggi", Map.ofEntries(Map.entry("sistolik", 165), Map.entry("diastolik", 100), Map.entry("gulaDarahSewaktu", 240), Map.entry("beratKg", 80), Map.entry("tinggiCm", 160), Map.entry("merokok", true))),
                    FormExample.invalid("tinggi 2 meter lebih, IMT diisi sendiri", Map.ofEntries(Map.entry("sistolik", 120), Map.entry("diastolik", 80), Map.entry("beratKg", 70), Map.entry("tinggiCm", 230), Map.entry("imt", 22), Map.entry("merokok", false)), "tinggiCm", "imt")));

    private static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(ID, "Kesehatan", "Health", "kesehatan",
            "1.0.0",
            List.of(new MenuDefinition("penimbangan", "Penimbangan dan pengukuran balita", "Weighing and measuring of under-fives",
                            "Pendaftaran balita (data lahir, buku KIA) dan penimbangan bulanan: berat, panjang/tinggi, lingkar kepala, LILA, vitamin A dan PMT; z-skor WHO, N/T dan 2T langsung terlihat.",
                            "balita", List.of(BALITA, PENIMBANGAN)),
                    new MenuDefinition("imunisasi", "Imunisasi", "Immunisation",
                            "Dosis imunisasi yang diberikan menurut jadwal nasional dan KIPI.",
                            "bayi dan baduta", List.of(IMUNISASI)),
                    new MenuDefinition("ibu-hamil", "Pemeriksaan ibu hamil (ANC)", "Antenatal care",
                            "Kunjungan ANC: usia kehamilan, berat, tekanan darah, LILA (KEK bila kurang dari 23,5 cm), tablet tambah darah, tanda bahaya.",
                            "ibu hamil", List.of(ANC)),
                    new MenuDefinition("skrining-dewasa", "Skrining usia produktif dan lansia", "Adult and elderly screening",
                            "Tekanan darah, gula darah sewaktu, IMT, lingkar perut, merokok; rujukan ke puskesmas bila di atas ambang.",
                            "usia produktif dan lansia", List.of(SKRINING))),
            List.of(new IndicatorDefinition("d-s", "Partisipasi penimbangan (D/S)", "Weighing participation (D/S)", "%",
                            "Balita ditimbang bulan ini dibagi seluruh balita di wilayah."),
                    new IndicatorDefinition("kek", "Ibu hamil KEK", "Pregnant women with chronic energy deficiency", "%",
                            "Ibu hamil dengan LILA < 23,5 cm pada kunjungan terakhir dibagi ibu hamil yang diperiksa."),
                    new IndicatorDefinition("hipertensi-terujuk", "Hipertensi terujuk", "Hypertension referred", "orang",
                            "Warga 15 tahun ke atas dengan tekanan darah ≥ 140/90 mmHg yang dirujuk, per bulan.")));

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** WHO/Kemenkes: a birth weight below 2,500 g is BBLR (berat badan lahir rendah). */
    static final BigDecimal LOW_BIRTH_WEIGHT_KG = new BigDecimal("2.5");
    /** LILA below 23.5 cm in pregnancy is KEK (kurang energi kronis), Kemenkes. */
    static final BigDecimal KEK_LILA_CM = new BigDecimal("23.5");
    /** Referral thresholds for adults (Permenkes 4/2019, PTM): blood pressure ≥ 140/90 mmHg, random glucose ≥ 200 mg/dL. */
    static final long HYPERTENSION_SYSTOLIC = 140;
    static final long HYPERTENSION_DIASTOLIC = 90;
    static final long DIABETES_RANDOM_GLUCOSE = 200;
    /** Asia-Pacific cut-off used by Kemenkes for obesity: BMI ≥ 27 (P2PTM). */
    static final BigDecimal OBESE_BMI = new BigDecimal("27");

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
        if (form.id().equals(PENIMBANGAN.id()) || form.id().equals(BALITA.id())) {
            if (context.warga() != null) {
                long months = ChronoUnit.MONTHS.between(context.warga().tanggalLahir(), context.tanggal());
                if (months < 0 || months >= 60) {
                    errors.add("wargaId", "kesehatan.bukanBalita", "Formulir ini untuk balita (0–59 bulan).",
                            "This form is for children aged 0–59 months.");
                }
            }
        }
        if (form.id().equals(ANC.id()) && data.get("tandaBahaya") instanceof List<?> signs) {
            if (signs.contains("tidak-ada") && signs.size() > 1) {
                errors.add("tandaBahaya", "kesehatan.tidakAdaSendiri", "'Tidak ada' tidak bisa bersama tanda bahaya lain.",
                        "'None' cannot go with other danger signs.");
            } else if (!signs.contains("tidak-ada") && Boolean.FALSE.equals(data.get("dirujuk"))) {
                errors.add("dirujuk", "kesehatan.tandaBahayaDirujuk", "Ibu hamil dengan tanda bahaya harus dirujuk.",
                        "A pregnant woman with danger signs must be referred.");
            }
        }
    }

    /**
     * Minimum weight gain for "naik" (N) on the KMS by age in completed months, in grams (Kenaikan Berat Badan
     * Minimal, Permenkes 155/2010 on the KMS, as printed in the Buku KIA): 1 mo 800, 2 mo 900, 3 mo 800, 4 mo 600,
     * 5 mo 500, 6 mo 400, 7–10 mo 300, 11–60 mo 200. Under one month the one-month value applies.
     */
    static int minimumGainGrams(long ageMonths) {
        int[] byMonth = { 800, 800, 900, 800, 600, 500, 400, 300, 300, 300, 300 };
        return ageMonths < byMonth.length ? byMonth[(int) Math.max(0, ageMonths)] : 200;
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
            return Map.of("kek", ((BigDecimal) data.get("lilaCm")).compareTo(KEK_LILA_CM) < 0,
                    "risikoHipertensi", hypertensive(data));
        }
        if (form.id().equals(SKRINING.id())) {
            BigDecimal metres = ((BigDecimal) data.get("tinggiCm")).movePointLeft(2);
            BigDecimal bmi = ((BigDecimal) data.get("beratKg")).divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
            boolean refer = hypertensive(data) || bmi.compareTo(OBESE_BMI) >= 0
                    || (data.get("gulaDarahSewaktu") instanceof Long g && g >= DIABETES_RANDOM_GLUCOSE);
            return Map.of("imt", bmi, "perluRujukan", refer);
        }
        return Map.of();
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
