package org.posyandu.spm.sosial.internal;

import static org.posyandu.api.spm.FieldDefinition.bool;
import static org.posyandu.api.spm.FieldDefinition.choice;
import static org.posyandu.api.spm.FieldDefinition.date;
import static org.posyandu.api.spm.FieldDefinition.integer;
import static org.posyandu.api.spm.FieldDefinition.multiChoice;
import static org.posyandu.api.spm.FieldDefinition.option;
import static org.posyandu.api.spm.FieldDefinition.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.posyandu.api.warga.Warga;

/**
 * SPM field sosial (PP 2/2018, Permensos 9/2018): the Posyandu records PPKS (pemerlu pelayanan kesejahteraan
 * sosial) of its area with their needs and DTSEN status (Data Tunggal Sosial dan Ekonomi Nasional, Inpres
 * 4/2025, which replaces DTKS), and refers residents to social assistance (PKH, sembako, PBI-JK, ATENSI, BLT
 * Dana Desa), following each referral to its outcome.
 */
@Component(service = SpmModule.class)
public final class SosialModule implements SpmModule {
    static final String ID = "sosial";

    static final FormDefinition PPKS = new FormDefinition("sosial.ppks", 1, "Pendataan PPKS",
            "Register of persons in need of social welfare services (PPKS)", "sos_ppks", Subject.WARGA_REQUIRED,
            List.of(
                    choice("kategori", "Kategori PPKS", "PPKS category",
                            option("disabilitas-terlantar", "Penyandang disabilitas terlantar", "Neglected person with disability"),
                            option("anak-terlantar", "Anak terlantar", "Neglected child"),
                            option("lansia-terlantar", "Lanjut usia terlantar", "Neglected elderly person"),
                            option("gelandangan", "Gelandangan", "Homeless person"),
                            option("pengemis", "Pengemis", "Beggar"),
                            option("korban-bencana", "Korban bencana", "Disaster victim"),
                            option("lainnya", "Lainnya", "Other")).mandatory(),
                    multiChoice("jenisDisabilitas", "Ragam disabilitas", "Kind of disability",
                            option("fisik", "Fisik", "Physical"), option("intelektual", "Intelektual", "Intellectual"),
                            option("mental", "Mental", "Mental"), option("sensorik", "Sensorik", "Sensory"))
                            .mandatory().when("kategori", "disabilitas-terlantar"),
                    multiChoice("kebutuhan", "Kebutuhan utama", "Main needs",
                            option("pangan", "Pangan", "Food"), option("tempat-tinggal", "Tempat tinggal", "Shelter"),
                            option("alat-bantu", "Alat bantu", "Assistive device"),
                            option("rehabilitasi", "Rehabilitasi sosial", "Social rehabilitation"),
                            option("pendampingan", "Pendampingan", "Case accompaniment"),
                            option("layanan-kesehatan", "Layanan kesehatan", "Health care"),
                            option("dokumen-kependudukan", "Dokumen kependudukan", "Civil registration documents"))
                            .mandatory(),
                    choice("statusDtsen", "Terdaftar di DTSEN", "Listed in DTSEN",
                            option("ya", "Ya", "Yes"), option("tidak", "Tidak", "No"),
                            option("tidak-tahu", "Tidak tahu", "Unknown")).mandatory(),
                    integer("desilDtsen", "Desil DTSEN", "DTSEN decile").range(1, 10)
                            .when("statusDtsen", "ya").help("1 = 10% termiskin"),
                    bool("tinggalSendiri", "Tinggal sendiri", "Lives alone").mandatory(),
                    text("keterangan", "Keterangan", "Notes").maxLength(500)),
            List.of(FormExample.valid("lansia terlantar di DTSEN desil 1", Map.of("kategori", "lansia-terlantar",
                            "kebutuhan", List.of("pangan", "layanan-kesehatan"), "statusDtsen", "ya", "desilDtsen", 1,
                            "tinggalSendiri", true)),
                    FormExample.valid("disabilitas, belum di DTSEN", Map.of("kategori", "disabilitas-terlantar",
                            "jenisDisabilitas", List.of("fisik"), "kebutuhan", List.of("alat-bantu"),
                            "statusDtsen", "tidak", "tinggalSendiri", false)),
                    FormExample.invalid("disabilitas tanpa ragam", Map.of("kategori", "disabilitas-terlantar",
                            "kebutuhan", List.of("alat-bantu"), "statusDtsen", "tidak", "tinggalSendiri", false),
                            "jenisDisabilitas"),
                    FormExample.invalid("desil tanpa DTSEN, desil di luar 1-10", Map.of("kategori", "pengemis",
                            "kebutuhan", List.of("pangan"), "statusDtsen", "tidak", "desilDtsen", 11,
                            "tinggalSendiri", true), "desilDtsen")));

    static final FormDefinition RUJUKAN = new FormDefinition("sosial.rujukan", 1, "Rujukan bantuan sosial",
            "Referral to social assistance", "sos_rujukan", Subject.WARGA_REQUIRED,
            List.of(
                    choice("program", "Program", "Programme",
                            option("pkh", "PKH (Program Keluarga Harapan)", "Family Hope Programme"),
                            option("sembako", "Bantuan sembako/BPNT", "Food assistance"),
                            option("pbi-jk", "PBI Jaminan Kesehatan", "Health insurance premium assistance"),
                            option("atensi", "ATENSI (rehabilitasi sosial)", "Social rehabilitation assistance"),
                            option("blt-dana-desa", "BLT Dana Desa", "Village fund cash transfer"),
                            option("lainnya", "Lainnya", "Other")).mandatory(),
                    date("tanggalRujukan", "Tanggal dirujuk", "Referral date").mandatory(),
                    choice("status", "Status", "Status",
                            option("diajukan", "Diajukan", "Submitted"), option("diverifikasi", "Diverifikasi", "Verified"),
                            option("diterima", "Diterima", "Granted"), option("ditolak", "Ditolak", "Refused")).mandatory(),
                    date("tanggalKeputusan", "Tanggal keputusan", "Decision date").mandatory()
                            .when("status", "diterima", "ditolak"),
                    text("alasanDitolak", "Alasan ditolak", "Reason for refusal").maxLength(300).mandatory()
                            .when("status", "ditolak")),
            List.of(FormExample.valid("PKH diajukan", Map.of("program", "pkh", "tanggalRujukan", "2026-10-01",
                            "status", "diajukan")),
                    FormExample.valid("ATENSI diterima", Map.of("program", "atensi", "tanggalRujukan", "2026-09-01",
                            "status", "diterima", "tanggalKeputusan", "2026-10-15")),
                    FormExample.invalid("keputusan sebelum rujukan", Map.of("program", "pkh",
                            "tanggalRujukan", "2026-10-01", "status", "ditolak", "tanggalKeputusan", "2026-09-01",
                            "alasanDitolak", "Sudah menerima bantuan lain"), "tanggalKeputusan"),
                    FormExample.invalid("ditolak tanpa alasan", Map.of("program", "pkh", "tanggalRujukan", "2026-10-01",
                            "status", "ditolak", "tanggalKeputusan", "2026-10-20"), "alasanDitolak")));

    private static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(ID, "Sosial", "Social welfare", "sosial",
            "1.0.0",
            List.of(new MenuDefinition("ppks", "Pendataan PPKS", "PPKS register",
                            "Warga yang memerlukan pelayanan kesejahteraan sosial, kebutuhannya, dan status DTSEN.",
                            "PPKS", List.of(PPKS)),
                    new MenuDefinition("rujukan-bansos", "Rujukan bansos/PKH", "Social assistance referrals",
                            "Rujukan ke program bantuan sosial dan tindak lanjutnya sampai keputusan.", "keluarga miskin",
                            List.of(RUJUKAN))),
            List.of(new IndicatorDefinition("ppks-di-dtsen", "PPKS terdaftar di DTSEN", "PPKS listed in DTSEN", "%",
                            "PPKS dengan statusDtsen = ya dibagi seluruh PPKS yang didata, per desa, per tahun."),
                    new IndicatorDefinition("rujukan-diterima", "Rujukan bansos diterima", "Referrals granted", "%",
                            "Rujukan berstatus diterima dibagi rujukan yang sudah diputuskan (diterima + ditolak).")));

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Lanjut usia: 60 years and over (UU 13/1998 Kesejahteraan Lanjut Usia). */
    static final int LANSIA_YEARS = 60;
    /** Anak: under 18 years (UU 23/2002 jo. UU 35/2014 Perlindungan Anak). */
    static final int ANAK_BELOW_YEARS = 18;

    @Override
    public void validate(FormDefinition form, Map<String, Object> data, SubmissionContext context, Errors errors) {
        Warga w = context == null ? null : context.warga();
        if (form.id().equals(PPKS.id()) && w != null && w.tanggalLahir() != null) {
            long years = ChronoUnit.YEARS.between(w.tanggalLahir(), context.tanggal());
            if ("lansia-terlantar".equals(data.get("kategori")) && years < LANSIA_YEARS) {
                errors.add("kategori", "sosial.lansiaUmur", "Lanjut usia terlantar untuk warga " + LANSIA_YEARS
                        + " tahun ke atas; warga ini berumur " + years + " tahun.", "Neglected elderly is for residents aged "
                        + LANSIA_YEARS + " and over; this resident is " + years + ".");
            }
            if ("anak-terlantar".equals(data.get("kategori")) && years >= ANAK_BELOW_YEARS) {
                errors.add("kategori", "sosial.anakUmur", "Anak terlantar untuk warga di bawah " + ANAK_BELOW_YEARS
                        + " tahun; warga ini berumur " + years + " tahun.", "Neglected child is for residents under "
                        + ANAK_BELOW_YEARS + "; this resident is " + years + ".");
            }
        }
        if (form.id().equals(RUJUKAN.id()) && data.get("tanggalKeputusan") instanceof LocalDate decided
                && decided.isBefore((LocalDate) data.get("tanggalRujukan"))) {
            errors.add("tanggalKeputusan", "sosial.keputusanSetelahRujukan",
                    "Tanggal keputusan tidak boleh sebelum tanggal dirujuk.",
                    "The decision date cannot precede the referral date.");
        }
    }
}
