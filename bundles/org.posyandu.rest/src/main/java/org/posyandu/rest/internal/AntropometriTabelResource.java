package org.posyandu.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.anthro.GrowthStandards;
import org.posyandu.anthro.KmsWeightGain;
import org.posyandu.anthro.LmsColumns;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.util.Sha256;


/**
 * The reference tables behind a weighing's result, for the kader app to compute z-scores, classes and N/T on the
 * phone while offline (marked provisional until the server answers): {@code GET /spm/kesehatan/antropometri/tabel}.
 * The WHO 2006 LMS tables the server itself uses (bundle org.posyandu.anthro) and the KMS minimum-gain table, with
 * the constants of WHO's rules. No personal data, but for logged-in users only like every other endpoint. The
 * answer is encoded once (JSON, and gzip for clients that accept it), carries an ETag, and may be kept for a day.
 */
@Component(service = AntropometriTabelResource.class)
@JaxrsResource
@JaxrsName(AntropometriTabelResource.NAME)
@JSONRequired
@Path("spm/kesehatan/antropometri/tabel")
@Produces(MediaType.APPLICATION_JSON)
public final class AntropometriTabelResource {
    static final String NAME = "posyandu.antropometri.tabel";
    /** The tables the phone needs for a weighing: weight, length/height, weight-for-length/height, BMI. */
    static final List<String> TABLES = List.of("wfa", "lhfa", "wfl", "wfh", "bfa");

    private volatile Encoded answer;

    /** The answer as JSON bytes and their gzip form, made once: ~300 KB of numbers that compress to ~75 KB. */
    private record Encoded(byte[] json, byte[] gzip, EntityTag tag) {
    }

    @GET
    @RequiresRole(Role.KADER)
    public Response tables(@HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding, @Context Request request) {
        Encoded e = encoded();
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge((int) TimeUnit.DAYS.toSeconds(1));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(e.tag());
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        Response.ResponseBuilder ok = Response.ok(gzip ? e.gzip() : e.json(), MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(cache).tag(e.tag()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return (gzip ? ok.header("Content-Encoding", "gzip") : ok).build();
    }

    private Encoded encoded() {
        Encoded e = answer;
        if (e == null) {
            try {
                byte[] json = JacksonProvider.mapper().writeValueAsBytes(build());
                ByteArrayOutputStream packed = new ByteArrayOutputStream(json.length / 3);
                try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
                    out.write(json);
                }
                String hash = Sha256.hexPrefix(json, 12);
                e = new Encoded(json, packed.toByteArray(), new EntityTag(hash, true)); // weak: one tag, two codings
            } catch (IOException ex) {
                throw new IllegalStateException("WHO tables could not be encoded", ex);
            }
            answer = e;
        }
        return e;
    }

    public static Map<String, Object> build() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sumber", "WHO Child Growth Standards 2006 (LMS); Permenkes 2/2020; KMS: Permenkes 155/2010");
        out.put("hariPerBulan", GrowthStandards.DAYS_PER_MONTH);
        out.put("hariTerakhir", GrowthStandards.LAST_AGE_DAYS);
        out.put("tinggiMulaiHari", GrowthStandards.HEIGHT_FROM_DAYS);
        out.put("selisihPanjangTinggiCm", GrowthStandards.LENGTH_HEIGHT_DIFFERENCE_CM);
        Map<String, Object> tables = new LinkedHashMap<>();
        for (String name : TABLES) {
            LmsColumns c = GrowthStandards.who2006().columns(name);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("mulai", c.first());
            t.put("langkah", c.step());
            t.put("L", c.l());
            t.put("M", c.m());
            t.put("S", c.s());
            tables.put(name, t);
        }
        out.put("tabel", tables);
        out.put("kenaikanMinimalGram", KmsWeightGain.GRAMS_BY_MONTH);
        out.put("kenaikanMinimalGramSetelahnya", KmsWeightGain.LAST_VALUE_GRAMS);
        return out;
    }
}
