package org.posyandu.rest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.anthro.Anthropometry;
import org.posyandu.anthro.Assessment;
import org.posyandu.anthro.Measurement;
import org.posyandu.anthro.Position;
import org.posyandu.anthro.Sex;
import org.posyandu.api.error.Errors;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;

/**
 * The anthropometry calculator for kader apps: {@code POST /spm/kesehatan/antropometri}. Stateless; it lives in
 * the core REST bundle (not in the kesehatan module) so that a module coming or going never rebuilds the JAX-RS
 * application.
 */
@Component(service = AntropometriResource.class)
@JaxrsResource
@JaxrsName(AntropometriResource.NAME)
@JSONRequired
@Path("spm/kesehatan/antropometri")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AntropometriResource {
    static final String NAME = "posyandu.antropometri";
    /** WHO: MUAC below 11.5 cm at 6–59 months is severe acute malnutrition. */
    static final double MUAC_SEVERE_CM = 11.5;

    /** The request, field names as the kader apps send them. */
    public record Input(String sex, LocalDate birthDate, LocalDate measuredOn, Double weightKg, Double lengthCm,
            String measurement, Double headCircumferenceCm, Double muacCm) {
    }

    @POST
    @RequiresRole(Role.KADER)
    public Map<String, Object> calculate(Input in) {
        Errors errors = new Errors();
        if (in == null) {
            errors.require("sex", null);
            errors.throwIfAny();
        }
        Sex sex = null;
        if (errors.require("sex", in.sex())) {
            sex = switch (in.sex()) {
                case "M" -> Sex.MALE;
                case "F" -> Sex.FEMALE;
                default -> null;
            };
            if (sex == null) {
                errors.add("sex", "enum", "Isi \"M\" (laki-laki) atau \"F\" (perempuan).", "Give \"M\" or \"F\".");
            }
        }
        errors.require("birthDate", in.birthDate());
        if (errors.require("measuredOn", in.measuredOn())) {
            if (in.measuredOn().isAfter(LocalDate.now())) {
                errors.add("measuredOn", "notInFuture", "Tanggal ukur tidak boleh di masa depan.",
                        "The measuring date cannot be in the future.");
            } else if (in.birthDate() != null && in.measuredOn().isBefore(in.birthDate())) {
                errors.add("measuredOn", "afterBirth", "Tanggal ukur tidak boleh sebelum tanggal lahir.",
                        "The measuring date cannot precede the birth date.");
            }
        }
        positive(errors, "weightKg", in.weightKg(), 0.3, 60);
        positive(errors, "lengthCm", in.lengthCm(), 30, 150);
        positive(errors, "headCircumferenceCm", in.headCircumferenceCm(), 20, 65);
        positive(errors, "muacCm", in.muacCm(), 5, 35);
        Position position = null;
        if (in.measurement() != null) {
            try {
                position = Position.valueOf(in.measurement());
            } catch (IllegalArgumentException e) {
                errors.add("measurement", "enum", "Isi RECUMBENT (terlentang) atau STANDING (berdiri).",
                        "Give RECUMBENT or STANDING.");
            }
        }
        errors.throwIfAny();
        Assessment a = Anthropometry.assess(new Measurement(sex, in.birthDate(), in.measuredOn(), in.weightKg(),
                in.lengthCm(), position, in.headCircumferenceCm(), false));
        Map<String, Object> z = new LinkedHashMap<>();
        z.put("wfa", a.wfa());
        z.put("lhfa", a.lhfa());
        z.put("wflh", a.wflh());
        z.put("bfa", a.bfa());
        z.put("hcfa", a.hcfa());
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("bbU", a.status().bbU());
        status.put("tbU", a.status().tbU());
        status.put("bbTb", a.status().bbTb());
        status.put("imtU", a.status().imtU());
        List<String> flags = new ArrayList<>(a.flags());
        if (in.muacCm() != null && a.ageMonths() >= 6 && a.ageMonths() < 60 && in.muacCm() < MUAC_SEVERE_CM) {
            flags.add("muac_below_11_5");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ageDays", a.ageDays());
        out.put("ageMonths", a.ageMonths());
        out.put("adjustedLengthCm", a.adjustedLengthCm());
        out.put("bmi", a.bmi());
        out.put("zScores", z);
        out.put("status", status);
        out.put("flags", flags);
        return out;
    }

    private static void positive(Errors errors, String field, Double v, double min, double max) {
        if (v != null && (v < min || v > max)) {
            errors.add(field, "range", "Di luar rentang yang mungkin (" + min + "–" + max + ").",
                    "Outside the possible range (" + min + "–" + max + ").");
        }
    }
}
