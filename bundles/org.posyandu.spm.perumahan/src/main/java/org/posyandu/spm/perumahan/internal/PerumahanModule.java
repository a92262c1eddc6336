package org.posyandu.spm.perumahan.internal;

import static org.posyandu.api.spm.FieldDefinition.bool;
import static org.posyandu.api.spm.FieldDefinition.choice;
import static org.posyandu.api.spm.FieldDefinition.date;
import static org.posyandu.api.spm.FieldDefinition.decimal;
import static org.posyandu.api.spm.FieldDefinition.integer;
import static org.posyandu.api.spm.FieldDefinition.option;
import static org.posyandu.api.spm.FieldDefinition.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.FormExample;
import org.posyandu.api.spm.IndicatorDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleDescriptor;
import org.posyandu.api.spm.SpmModule;
import org.posyandu.api.spm.Subject;
import org.posyandu.api.spm.SubmissionContext;

/**
 * SPM field perumahan rakyat (PP 2/2018; Permen PUPR 29/2018): the Posyandu surveys houses against the
 * rumah layak huni criteria (structural safety, floor area per person at least 9 m², health: light, air,
 * sanitation, water) and follows assistance (bedah rumah, BSPS); it also records where residents displaced by
 * disaster or by a kabupaten relocation live.
 */
@Component(service = SpmModule.class)
public final class PerumahanModule implements SpmModule {
    static final String ID = "perumahan-rakyat";

    static final FormDefinition RTLH = new FormDefinition("perumahan-rakyat.rtlh", 1, "Survei rumah tidak layak huni (RTLH)",
            "Substandard housing (RTLH) survey", "prk_rtlh", Subject.WARGA_OPTIONAL,
            List.of(
                    choice("pondasi", "Pondasi", "Foundation",
                            option("layak", "Layak", "Sound"),
                            option("rusak", "Rusak", "Damaged"),
                            option("tidak-ada", "Tidak ada", "None")).mandatory(),
                    choice("kolomBalok", "Kolom dan balok", "Columns and beams",
                            option("layak", "Layak", "Sound"),
                            option("rusak", "Rusak", "Damaged"),
                            option("tidak-ada", "Tidak ada", "None")).mandatory(),
                    choice("atap", "Atap", "Roof",
                            option("layak", "Layak", "Sound"),
                            option("rusak-ringan", "Rusak ringan", "Slightly damaged"),
                            option("rusak-berat", "Rusak berat", "Badly damaged")).mandatory(),
                    choice("lantai", "Lantai", "Floor",
                            option("keramik", "Keramik/ubin", "Tiles"),
                            option("semen", "Semen", "Cement"),
                            option("kayu", "Kayu/papan", "Wood"),
                            option("tanah", "Tanah", "Earth")).mandatory(),
                    choice("dinding", "Dinding", "Walls",
                            option("tembok", "Tembok", "Masonry"),
                            option("kayu", "Kayu/papan", "Wood"),
                            option("bambu", "Bambu/anyaman", "Bamboo"),
                            option("seng", "Seng/lainnya", "Sheet metal/other")).mandatory(),
                    bool("pencahayaanCukup", "Pencahayaan dan ventilasi cukup", "Enough light and ventilation").mandatory(),
                    bool("jambanSendiri", "Punya jamban sendiri", "Own latrine").mandatory(),
                    decimal("luasLantai", "Luas lantai", "Floor area").unit("m²").range(1, 2000).mandatory(),
                    integer("jumlahPenghuni", "Jumlah penghuni", "Occupants").unit("orang").range(1, 50).mandatory(),
                    decimal("luasPerOrang", "Luas per orang (dihitung)", "Floor area per person (computed)").unit("m²").range(0, 2000).derived(),
                    choice("listrik", "Listrik", "Electricity",
                            option("pln-sendiri", "PLN meteran sendiri", "Own PLN meter"),
                            option("pln-menumpang", "PLN menumpang", "Shared PLN connection"),
                            option("non-pln", "Non-PLN (genset/surya)", "Off-grid"),
                            option("tidak-ada", "Tidak ada", "None")).mandatory(),
                    bool("airMinumLayak", "Sumber air minum layak", "Improved drinking water source").mandatory(),
                    bool("layakHuni", "Layak huni (dihitung)", "Adequate (computed)").derived(),
                    choice("statusBantuan", "Bantuan perumahan", "Housing assistance",
                            option("belum", "Belum ada", "None yet"),
                            option("diusulkan", "Diusulkan", "Proposed"),
                            option("bedah-rumah", "Bedah rumah", "House renovation"),
                            option("bsps", "BSPS", "BSPS self-help subsidy"),
                            option("lainnya", "Lainnya", "Other")).mandatory(),
                    date("tanggalBantuan", "Tanggal bantuan diterima", "Date assistance received").mandatory().when("statusBantuan", "bedah-rumah", "bsps", "lainnya")),
            List.of(
                    FormExample.valid("rumah panggung sempit, belum dibantu", Map.ofEntries(Map.entry("pondasi", "layak"), Map.entry("kolomBalok", "rusak"), Map.entry("atap", "rusak-berat"), Map.entry("lantai", "kayu"), Map.entry("dinding", "bambu"), Map.entry("pencahayaanCukup", false), Map.entry("jambanSendiri", false), Map.entry("luasLantai", 24), Map.entry("jumlahPenghuni", 6), Map.entry("listrik", "pln-menumpang"), Map.entry("airMinumLayak", false), Map.entry("statusBantuan", "diusulkan"))),
                    FormExample.valid("sudah bedah rumah", Map.ofEntries(Map.entry("pondasi", "layak"), Map.entry("kolomBalok", "layak"), Map.entry("atap", "layak"), Map.entry("lantai", "keramik"), Map.entry("dinding", "tembok"), Map.entry("pencahayaanCukup", true), Map.entry("jambanSendiri", true), Map.entry("luasLantai", 45), Map.entry("jumlahPenghuni", 4), Map.entry("listrik", "pln-sendiri"), Map.entry("airMinumLayak", true), Map.entry("statusBantuan", "bsps"), Map.entry("tanggalBantuan", "2026-08-17"))),
                    FormExample.invalid("bantuan tanpa tanggal, penghuni 0", Map.ofEntries(Map.entry("pondasi", "layak"), Map.entry("kolomBalok", "layak"), Map.entry("atap", "layak"), Map.entry("lantai", "semen"), Map.entry("dinding", "tembok"), Map.entry("pencahayaanCukup", true), Map.entry("jambanSendiri", true), Map.entry("luasLantai", 36), Map.entry("jumlahPenghuni", 0), Map.entry("listrik", "pln-sendiri"), Map.entry("airMinumLayak", true), Map.entry("statusBantuan", "bedah-rumah")), "jumlahPenghuni", "tanggalBantuan"),
                    FormExample.invalid("luas per orang diisi sendiri", Map.ofEntries(Map.entry("pondasi", "layak"), Map.entry("kolomBalok", "layak"), Map.entry("atap", "layak"), Map.entry("lantai", "semen"), Map.entry("dinding", "tembok"), Map.entry("pencahayaanCukup", true), Map.entry("jambanSendiri", true), Map.entry("luasLantai", 36), Map.entry("jumlahPenghuni", 3), Map.entry("luasPerOrang", 12), Map.entry("listrik", "pln-sendiri"), Map.entry("airMinumLayak", true), Map.entry("statusBantuan", "belum")), "luasPerOrang")));

    static final FormDefinition HUNIAN = new FormDefinition("perumahan-rakyat.hunian", 1, "Hunian warga terdampak bencana/relokasi",
            "Housing of residents displaced by disaster or relocation", "prk_hunian", Subject.WARGA_REQUIRED,
            List.of(
                    choice("penyebab", "Penyebab pindah", "Cause of displacement",
                            option("bencana", "Bencana", "Disaster"),
                            option("relokasi", "Relokasi program pemerintah", "Government relocation")).mandatory(),
                    choice("jenisBencana", "Jenis bencana", "Kind of disaster",
                            option("banjir", "Banjir", "Flood"),
                            option("longsor", "Tanah longsor", "Landslide"),
                            option("gempa", "Gempa bumi", "Earthquake"),
                            option("kebakaran", "Kebakaran", "Fire"),
                            option("erupsi", "Erupsi gunung api", "Volcanic eruption"),
                            option("lainnya", "Lainnya", "Other")).mandatory().when("penyebab", "bencana"),
                    choice("statusHunian", "Tinggal di", "Living in",
                            option("pengungsian", "Pengungsian", "Evacuation site"),
                            option("huntara", "Hunian sementara", "Temporary shelter"),
                            option("huntap", "Hunian tetap", "Permanent housing"),
                            option("menumpang", "Menumpang keluarga", "With relatives")).mandatory(),
                    date("tanggalMenempati", "Tanggal mulai menempati", "Date moved in").mandatory(),
                    text("kebutuhanMendesak", "Kebutuhan mendesak", "Urgent needs").maxLength(300)),
            List.of(
                    FormExample.valid("korban banjir di huntara", Map.ofEntries(Map.entry("penyebab", "bencana"), Map.entry("jenisBencana", "banjir"), Map.entry("statusHunian", "huntara"), Map.entry("tanggalMenempati", "2026-02-10"))),
                    FormExample.invalid("relokasi dengan jenis bencana", Map.ofEntries(Map.entry("penyebab", "relokasi"), Map.entry("jenisBencana", "banjir"), Map.entry("statusHunian", "huntap"), Map.entry("tanggalMenempati", "2026-02-10")), "jenisBencana")));

    private static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(ID, "Perumahan rakyat", "Public housing", "perumahan-rakyat",
            "1.0.0",
            List.of(new MenuDefinition("rtlh", "Survei RTLH", "Substandard housing survey",
                            "Pendataan rumah tidak layak huni: struktur, lantai, dinding, pencahayaan, sanitasi, luas per orang, listrik, air, dan bantuan yang diterima.",
                            "rumah tangga", List.of(RTLH)),
                    new MenuDefinition("hunian-terdampak", "Hunian warga terdampak", "Housing of displaced residents",
                            "Tempat tinggal warga korban bencana atau yang direlokasi pemerintah kabupaten.",
                            "warga terdampak bencana/relokasi", List.of(HUNIAN))),
            List.of(new IndicatorDefinition("rtlh", "Rumah tidak layak huni", "Substandard houses", "rumah",
                            "Rumah yang disurvei dengan layakHuni = false, per desa, survei terakhir per rumah."),
                    new IndicatorDefinition("rtlh-dibantu", "RTLH yang sudah dibantu", "Substandard houses assisted", "%",
                            "RTLH dengan statusBantuan bedah-rumah, bsps atau lainnya dibagi seluruh RTLH.")));

    @Override
    public ModuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Rumah layak huni needs at least 9 m² of floor per person (Permen PUPR 29/2018). */
    static final BigDecimal MIN_AREA_PER_PERSON = new BigDecimal("9");

    @Override
    public Map<String, Object> derive(FormDefinition form, Map<String, Object> data, SubmissionContext context) {
        if (!form.id().equals(RTLH.id())) {
            return Map.of();
        }
        BigDecimal perPerson = ((BigDecimal) data.get("luasLantai"))
                .divide(BigDecimal.valueOf((Long) data.get("jumlahPenghuni")), 2, RoundingMode.HALF_UP);
        boolean structureSound = "layak".equals(data.get("pondasi")) && "layak".equals(data.get("kolomBalok"))
                && !"rusak-berat".equals(data.get("atap"));
        boolean adequate = structureSound && perPerson.compareTo(MIN_AREA_PER_PERSON) >= 0
                && !"tanah".equals(data.get("lantai")) && Boolean.TRUE.equals(data.get("pencahayaanCukup"))
                && Boolean.TRUE.equals(data.get("jambanSendiri")) && Boolean.TRUE.equals(data.get("airMinumLayak"));
        return Map.of("luasPerOrang", perPerson, "layakHuni", adequate);
    }
}
