package org.posyandu.spm.pu.internal;

import static org.posyandu.api.spm.FieldDefinition.bool;
import static org.posyandu.api.spm.FieldDefinition.choice;
import static org.posyandu.api.spm.FieldDefinition.date;
import static org.posyandu.api.spm.FieldDefinition.decimal;
import static org.posyandu.api.spm.FieldDefinition.integer;
import static org.posyandu.api.spm.FieldDefinition.multiChoice;
import static org.posyandu.api.spm.FieldDefinition.option;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * SPM field pekerjaan umum (PP 2/2018; Permen PUPR 29/2018): the Posyandu records each household's drinking
 * water (improved source, at least 60 litres per person per day, all year) and sanitation on the national
 * ladder (aman, layak sendiri, layak bersama, belum layak, BABS tertutup, BABS terbuka), the septic tank and
 * its emptying, the five STBM pillars, and waste handling.
 */
@Component(service = SpmModule.class)
public final class PekerjaanUmumModule implements SpmModule {
    static final String ID = "pekerjaan-umum";

    static final FormDefinition AIR = new FormDefinition("pekerjaan-umum.air-minum", 1, "Air minum rumah tangga",
            "Household drinking water", "pu_air_minum", Subject.WARGA_OPTIONAL,
            List.of(
                    choice("sumberAir", "Sumber air minum utama", "Main drinking water source",
                            option("perpipaan", "Perpipaan (PDAM/SPAM desa)", "Piped"),
                            option("sumur-bor", "Sumur bor/pompa", "Borehole"),
                            option("sumur-terlindungi", "Sumur gali terlindungi", "Protected dug well"),
                            option("mata-air-terlindungi", "Mata air terlindungi", "Protected spring"),
                            option("air-hujan", "Penampungan air hujan", "Rainwater"),
                            option("kemasan", "Air kemasan/isi ulang", "Bottled/refill"),
                            option("sumur-tak-terlindungi", "Sumur tak terlindungi", "Unprotected well"),
                            option("air-permukaan", "Sungai/danau/irigasi", "Surface water")).mandatory(),
                    integer("jumlahAnggota", "Jumlah anggota rumah tangga", "Household members").unit("orang").range(1, 30).mandatory(),
                    decimal("pemakaianPerHari", "Pemakaian air per hari", "Water used per day").unit("liter").range(0, 10000).mandatory(),
                    decimal("literPerOrang", "Liter per orang per hari (dihitung)", "Litres per person per day (computed)").unit("liter/orang/hari").range(0, 10000).derived(),
                    bool("cukup60Liter", "Cukup 60 liter/orang/hari (dihitung)", "At least 60 l/person/day (computed)").derived(),
                    integer("jarakSumber", "Jarak ke sumber air", "Distance to the source").unit("meter").range(0, 10000),
                    bool("tersediaSepanjangTahun", "Tersedia sepanjang tahun", "Available all year").mandatory()),
            List.of(
                    FormExample.valid("sumur bor, cukup", Map.ofEntries(Map.entry("sumberAir", "sumur-bor"), Map.entry("jumlahAnggota", 4), Map.entry("pemakaianPerHari", 300), Map.entry("jarakSumber", 5), Map.entry("tersediaSepanjangTahun", true))),
                    FormExample.valid("sungai, kurang", Map.ofEntries(Map.entry("sumberAir", "air-permukaan"), Map.entry("jumlahAnggota", 5), Map.entry("pemakaianPerHari", 150), Map.entry("jarakSumber", 400), Map.entry("tersediaSepanjangTahun", false))),
                    FormExample.invalid("anggota 0, pemakaian negatif", Map.ofEntries(Map.entry("sumberAir", "perpipaan"), Map.entry("jumlahAnggota", 0), Map.entry("pemakaianPerHari", -5), Map.entry("tersediaSepanjangTahun", true)), "jumlahAnggota", "pemakaianPerHari")));

    static final FormDefinition SANITASI = new FormDefinition("pekerjaan-umum.sanitasi", 1, "Sanitasi rumah tangga dan STBM",
            "Household sanitation and STBM", "pu_sanitasi", Subject.WARGA_OPTIONAL,
            List.of(
                    choice("tanggaSanitasi", "Tangga sanitasi", "Sanitation ladder",
                            option("aman", "Aman (tangki septik disedot/IPAL)", "Safely managed"),
                            option("layak-sendiri", "Layak milik sendiri", "Basic, own"),
                            option("layak-bersama", "Layak bersama", "Basic, shared"),
                            option("belum-layak", "Belum layak", "Limited/unimproved"),
                            option("babs-tertutup", "BABS di tempat tertutup", "Open defecation, enclosed"),
                            option("babs-terbuka", "BABS di tempat terbuka", "Open defecation")).mandatory(),
                    bool("tangkiSeptik", "Punya tangki septik", "Has a septic tank").mandatory().when("tanggaSanitasi", "aman", "layak-sendiri", "layak-bersama", "belum-layak"),
                    date("penyedotanTerakhir", "Penyedotan tangki terakhir", "Last emptying").when("tangkiSeptik", true),
                    multiChoice("pilarStbm", "Pilar STBM yang dijalankan", "STBM pillars practised",
                            option("stop-babs", "Stop BABS", "No open defecation"),
                            option("ctps", "Cuci tangan pakai sabun", "Handwashing with soap"),
                            option("pamrt", "Pengelolaan air minum dan makanan", "Safe water and food"),
                            option("sampah", "Pengelolaan sampah", "Solid waste"),
                            option("limbah-cair", "Pengelolaan limbah cair", "Liquid waste")),
                    choice("pengelolaanSampah", "Pengelolaan sampah", "Waste handling",
                            option("diangkut", "Diangkut petugas/bank sampah", "Collected"),
                            option("dipilah-kompos", "Dipilah/dikompos", "Sorted/composted"),
                            option("dibakar", "Dibakar", "Burnt"),
                            option("dibuang-sembarangan", "Dibuang sembarangan", "Dumped")).mandatory(),
                    bool("tempatSampahDiberikan", "Menerima tempat sampah", "Received a waste bin").mandatory()),
            List.of(
                    FormExample.valid("aman, tangki disedot", Map.ofEntries(Map.entry("tanggaSanitasi", "aman"), Map.entry("tangkiSeptik", true), Map.entry("penyedotanTerakhir", "2025-12-01"), Map.entry("pilarStbm", List.of("stop-babs", "ctps", "sampah")), Map.entry("pengelolaanSampah", "diangkut"), Map.entry("tempatSampahDiberikan", true))),
                    FormExample.valid("masih BABS", Map.ofEntries(Map.entry("tanggaSanitasi", "babs-terbuka"), Map.entry("pengelolaanSampah", "dibakar"), Map.entry("tempatSampahDiberikan", false))),
                    FormExample.invalid("aman tanpa tangki septik", Map.ofEntries(Map.entry("tanggaSanitasi", "aman"), Map.entry("tangkiSeptik", false), Map.entry("pengelolaanSampah", "diangkut"), Map.entry("tempatSampahDiberikan", true)), "tangkiSeptik"),
                    FormExample.invalid("BABS tetapi mengaku pilar stop BABS", Map.ofEntries(Map.entry("tanggaSanitasi", "babs-tertutup"), Map.entry("pilarStbm", List.of("stop-babs")), Map.entry("pengelolaanSampah", "dibakar"), Map.entry("tempatSampahDiberikan", false)), "pilarStbm")));

    private static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(ID, "Pekerjaan umum", "Public works", "pekerjaan-umum",
            "1.0.0",
            List.of(new MenuDefinition("air-minum", "Air minum rumah tangga", "Household drinking water",
                            "Sumber air minum, jarak, ketersediaan sepanjang tahun, dan kecukupan 60 liter per orang per hari.",
                            "rumah tangga", List.of(AIR)),
                    new MenuDefinition("sanitasi", "Sanitasi dan STBM", "Sanitation and STBM",
                            "Jamban pada tangga sanitasi, tangki septik dan penyedotannya, lima pilar STBM, dan pengelolaan sampah.",
                            "rumah tangga", List.of(SANITASI))),
            List.of(new IndicatorDefinition("air-cukup", "Rumah tangga dengan air minum cukup", "Households with enough drinking water", "%",
                            "Rumah tangga dengan cukup60Liter = true dan sumber layak dibagi rumah tangga yang didata."),
                    new IndicatorDefinition("sanitasi-layak", "Rumah tangga dengan sanitasi layak", "Households with adequate sanitation", "%",
                            "Rumah tangga dengan tangga aman, layak-sendiri atau layak-bersama dibagi rumah tangga yang didata."),
                    new IndicatorDefinition("odf", "Desa stop BABS", "Open-defecation-free", "rumah tangga",
                            "Rumah tangga yang masih BABS (tertutup atau terbuka) per desa; nol berarti desa ODF.")));

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The SPM minimum: 60 litres per person per day (Permen PUPR 29/2018). */
    static final BigDecimal MIN_LITRES_PER_PERSON = new BigDecimal("60");

    @Override
    public void validate(FormDefinition form, Map<String, Object> data, SubmissionContext context, Errors errors) {
        if (form.id().equals(SANITASI.id())) {
            Object ladder = data.get("tanggaSanitasi");
            if ("aman".equals(ladder) && Boolean.FALSE.equals(data.get("tangkiSeptik"))) {
                errors.add("tangkiSeptik", "pu.amanButuhTangki",
                        "Tangga 'aman' berarti tinja dikelola aman: perlu tangki septik (atau sambungan IPAL).",
                        "'Safely managed' needs a septic tank (or a sewer connection).");
            }
            if (("babs-tertutup".equals(ladder) || "babs-terbuka".equals(ladder))
                    && data.get("pilarStbm") instanceof List<?> pillars && pillars.contains("stop-babs")) {
                errors.add("pilarStbm", "pu.babsBukanStopBabs", "Rumah tangga yang masih BABS belum menjalankan pilar stop BABS.",
                        "A household still defecating in the open does not practise the no-open-defecation pillar.");
            }
        }
    }

    @Override
    public Map<String, Object> derive(FormDefinition form, Map<String, Object> data, SubmissionContext context) {
        if (!form.id().equals(AIR.id())) {
            return Map.of();
        }
        BigDecimal perPerson = ((BigDecimal) data.get("pemakaianPerHari"))
                .divide(BigDecimal.valueOf((Long) data.get("jumlahAnggota")), 1, RoundingMode.HALF_UP);
        return Map.of("literPerOrang", perPerson, "cukup60Liter", perPerson.compareTo(MIN_LITRES_PER_PERSON) >= 0);
    }
}
