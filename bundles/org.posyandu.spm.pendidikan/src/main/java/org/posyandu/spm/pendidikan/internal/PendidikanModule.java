package org.posyandu.spm.pendidikan.internal;

import static org.posyandu.api.spm.FieldDefinition.bool;
import static org.posyandu.api.spm.FieldDefinition.choice;
import static org.posyandu.api.spm.FieldDefinition.date;
import static org.posyandu.api.spm.FieldDefinition.integer;
import static org.posyandu.api.spm.FieldDefinition.multiChoice;
import static org.posyandu.api.spm.FieldDefinition.option;
import static org.posyandu.api.spm.FieldDefinition.text;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.posyandu.api.error.Errors;
import org.posyandu.api.spm.Eligibility;
import org.posyandu.api.spm.Eligibility.Umur;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.FormExample;
import org.posyandu.api.spm.IndicatorDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.spm.SubmissionContext;

/**
 * SPM field pendidikan (PP 2/2018; Permendikbud 32/2018): the Posyandu records whether children aged 3–6
 * take part in PAUD (and why not), and verifies anak tidak sekolah (ATS) of school age: never enrolled,
 * dropped out, or did not continue; the causes; and the follow-up (back to school, PKBM/kesetaraan).
 */
@Component(service = SpmModule.class)
public final class PendidikanModule implements SpmModule {
    static final String ID = "pendidikan";

    static final FormDefinition PAUD = new FormDefinition("pendidikan.paud", 1, "Partisipasi PAUD anak 3-6 tahun",
            "PAUD participation of a child aged 3-6", "pdk_paud", Subject.WARGA_REQUIRED,
            List.of(
                    bool("ikutPaud", "Ikut PAUD", "Attends PAUD").mandatory(),
                    choice("jenisLayanan", "Jenis layanan PAUD", "Kind of PAUD",
                            option("tk", "Taman Kanak-kanak", "Kindergarten"),
                            option("ra", "Raudhatul Athfal", "Islamic kindergarten"),
                            option("kb", "Kelompok Bermain", "Playgroup"),
                            option("tpa", "Taman Penitipan Anak", "Day care"),
                            option("sps", "Satuan PAUD Sejenis (PAUD Posyandu)", "PAUD at the Posyandu")).mandatory().when("ikutPaud", true),
                    text("namaLembaga", "Nama lembaga", "Institution").maxLength(150).when("ikutPaud", true),
                    choice("alasanTidak", "Alasan tidak ikut", "Reason for not attending",
                            option("biaya", "Biaya", "Cost"),
                            option("jarak", "Jarak terlalu jauh", "Too far"),
                            option("tidak-ada-layanan", "Belum ada layanan", "No service nearby"),
                            option("orang-tua", "Orang tua belum mengizinkan", "Parents do not agree"),
                            option("disabilitas", "Disabilitas tanpa layanan inklusif", "Disability without inclusive service"),
                            option("lainnya", "Lainnya", "Other")).mandatory().when("ikutPaud", false)),
            List.of(
                    FormExample.valid("ikut PAUD Posyandu", Map.ofEntries(Map.entry("ikutPaud", true), Map.entry("jenisLayanan", "sps"), Map.entry("namaLembaga", "PAUD Melati"))),
                    FormExample.valid("tidak ikut karena jarak", Map.ofEntries(Map.entry("ikutPaud", false), Map.entry("alasanTidak", "jarak"))),
                    FormExample.invalid("tidak ikut tanpa alasan, dengan jenis layanan", Map.ofEntries(Map.entry("ikutPaud", false), Map.entry("jenisLayanan", "tk")), "jenisLayanan", "alasanTidak")));

    static final FormDefinition ATS = new FormDefinition("pendidikan.ats", 1, "Verifikasi anak tidak sekolah",
            "Out-of-school child verification", "pdk_ats", Subject.WARGA_REQUIRED,
            List.of(
                    choice("status", "Status", "Status",
                            option("belum-pernah", "Belum pernah sekolah", "Never enrolled"),
                            option("putus-sekolah", "Putus sekolah", "Dropped out"),
                            option("tidak-melanjutkan", "Lulus, tidak melanjutkan", "Completed a level, did not continue")).mandatory(),
                    choice("jenjangTerakhir", "Jenjang terakhir", "Last level attended",
                            option("sd", "SD/MI", "Primary"),
                            option("smp", "SMP/MTs", "Lower secondary"),
                            option("sma", "SMA/SMK/MA", "Upper secondary")).mandatory().when("status", "putus-sekolah", "tidak-melanjutkan"),
                    integer("kelasTerakhir", "Kelas terakhir", "Last grade").range(1, 12).when("status", "putus-sekolah"),
                    multiChoice("penyebab", "Penyebab", "Causes",
                            option("ekonomi", "Ekonomi", "Economic"),
                            option("bekerja", "Bekerja", "Working"),
                            option("menikah", "Menikah", "Married"),
                            option("kesehatan", "Kesehatan", "Health"),
                            option("disabilitas", "Disabilitas", "Disability"),
                            option("jarak", "Jarak/akses", "Distance/access"),
                            option("sosial", "Sosial/keluarga", "Social/family"),
                            option("lainnya", "Lainnya", "Other")).mandatory(),
                    choice("tindakLanjut", "Tindak lanjut", "Follow-up",
                            option("kembali-sekolah", "Kembali ke sekolah", "Back to school"),
                            option("pkbm", "Pendidikan kesetaraan (PKBM)", "Equivalency programme (PKBM)"),
                            option("kursus", "Kursus keterampilan", "Skills course"),
                            option("belum", "Belum ada", "None yet")).mandatory(),
                    date("tanggalTindakLanjut", "Tanggal tindak lanjut", "Follow-up date").mandatory().when("tindakLanjut", "kembali-sekolah", "pkbm", "kursus")),
            List.of(
                    FormExample.valid("putus SMP karena bekerja, ke PKBM", Map.ofEntries(Map.entry("status", "putus-sekolah"), Map.entry("jenjangTerakhir", "smp"), Map.entry("kelasTerakhir", 8), Map.entry("penyebab", List.of("ekonomi", "bekerja")), Map.entry("tindakLanjut", "pkbm"), Map.entry("tanggalTindakLanjut", "2026-07-15"))),
                    FormExample.valid("belum pernah sekolah, belum ditindaklanjuti", Map.ofEntries(Map.entry("status", "belum-pernah"), Map.entry("penyebab", List.of("disabilitas")), Map.entry("tindakLanjut", "belum"))),
                    FormExample.invalid("belum pernah sekolah tetapi ada jenjang", Map.ofEntries(Map.entry("status", "belum-pernah"), Map.entry("jenjangTerakhir", "sd"), Map.entry("penyebab", List.of("jarak")), Map.entry("tindakLanjut", "belum")), "jenjangTerakhir"),
                    FormExample.invalid("kelas tidak sesuai jenjang", Map.ofEntries(Map.entry("status", "putus-sekolah"), Map.entry("jenjangTerakhir", "sd"), Map.entry("kelasTerakhir", 9), Map.entry("penyebab", List.of("ekonomi")), Map.entry("tindakLanjut", "belum")), "kelasTerakhir")));

    private static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(ID, "Pendidikan", "Education", "pendidikan",
            "1.0.0",
            List.of(new MenuDefinition("paud", "Partisipasi PAUD", "Early childhood education participation",
                            "Apakah anak usia 3–6 tahun ikut PAUD, di mana, dan bila tidak, mengapa.",
                            "anak 3-6 tahun", List.of(PAUD)),
                    new MenuDefinition("ats", "Verifikasi anak tidak sekolah (ATS)", "Out-of-school children verification",
                            "Status anak usia sekolah yang tidak bersekolah, penyebabnya, dan tindak lanjutnya.",
                            "anak 7-18 tahun", List.of(ATS))),
            List.of(new IndicatorDefinition("apk-paud", "Partisipasi PAUD", "PAUD participation", "%",
                            "Anak 3-6 tahun dengan ikutPaud = true dibagi anak 3-6 tahun yang didata, per desa, per tahun ajaran."),
                    new IndicatorDefinition("ats-kembali", "ATS kembali belajar", "Out-of-school children back in learning", "%",
                            "ATS dengan tindakLanjut kembali-sekolah atau pkbm dibagi ATS yang diverifikasi.")));

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** PAUD: children aged 3–6 (Permendikbud 32/2018, SPM pendidikan anak usia dini; DOMAIN.md). */
    static final Eligibility PAUD_SASARAN = Eligibility.umur(Umur.tahun(3), Umur.tahun(6));
    /** ATS: school age 7–18, the twelve years of wajib belajar (Permendikbud 32/2018; the ATS verification menu). */
    static final Eligibility ATS_SASARAN = Eligibility.umur(Umur.tahun(7), Umur.tahun(18));

    @Override
    public Eligibility eligibility(FormDefinition form) {
        return form.id().equals(PAUD.id()) ? PAUD_SASARAN : form.id().equals(ATS.id()) ? ATS_SASARAN : Eligibility.ANYONE;
    }

    @Override
    public void validate(FormDefinition form, Map<String, Object> data, SubmissionContext context, Errors errors) {
        if (form.id().equals(ATS.id()) && data.get("kelasTerakhir") instanceof Long grade
                && data.get("jenjangTerakhir") instanceof String level) {
            long lo = switch (level) {
                case "sd" -> 1;
                case "smp" -> 7;
                default -> 10;
            };
            long hi = lo == 1 ? 6 : lo + 2;
            if (grade < lo || grade > hi) {
                errors.add("kelasTerakhir", "pendidikan.kelasSesuaiJenjang",
                        "Kelas " + grade + " bukan kelas jenjang " + level.toUpperCase() + " (" + lo + "–" + hi + ").",
                        "Grade " + grade + " is not a grade of " + level.toUpperCase() + " (" + lo + "–" + hi + ").");
            }
        }
    }
}
