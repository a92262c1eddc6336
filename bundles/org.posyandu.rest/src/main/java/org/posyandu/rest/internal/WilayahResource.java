package org.posyandu.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.posyandu.api.security.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.wilayah.Tingkat;
import org.posyandu.api.wilayah.Wilayah;
import org.posyandu.api.wilayah.WilayahService;

/**
 * Public reference data: the Kemendagri region list. Answers are cacheable for a day, since the list only
 * changes with a new decree (and a new platform release).
 */
@Component(service = WilayahResource.class)
@JaxrsResource
@JaxrsName(WilayahResource.NAME)
@JSONRequired
@Path("wilayah")
@Produces(MediaType.APPLICATION_JSON)
@Public
public final class WilayahResource {
    static final String NAME = "posyandu.wilayah";
    private static final int MAX_RESULTS = 100;
    private final WilayahService wilayah;

    @Activate
    public WilayahResource(@Reference WilayahService wilayah) {
        this.wilayah = wilayah;
    }

    /** Region picker search: {@code ?q=palem&tingkat=kabupaten&dalam=16&limit=20}. */
    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("tingkat") String tingkat,
            @QueryParam("dalam") String within, @QueryParam("limit") String limit) {
        if (q == null || q.strip().length() < 2) {
            throw ValidationException.of(new FieldError("q", "minLength",
                    "Ketik paling sedikit 2 huruf nama wilayah.", "Type at least 2 letters of the region name."));
        }
        int max = Params.intParam("limit", limit, 20, 1, MAX_RESULTS);
        List<Wilayah> found = wilayah.search(q,
                Params.choiceParam("tingkat", tingkat, Tingkat.values(), Tingkat::jsonName), Params.wilayahParam("dalam", within), max);
        return cached(found.stream().map(WilayahResource::json).toList());
    }

    @GET
    @Path("stats")
    public Response stats() {
        Map<String, Integer> counts = wilayah.stats().entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().jsonName(), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        return cached(counts);
    }

    @GET
    @Path("{kode}")
    public Response get(@PathParam("kode") String kode) {
        return cached(json(wilayah.find(kode).orElseThrow(() -> notFound(kode))));
    }

    @GET
    @Path("{kode}/children")
    public Response children(@PathParam("kode") String kode) {
        if (wilayah.find(kode).isEmpty()) {
            throw notFound(kode);
        }
        return cached(wilayah.children(kode).stream().map(WilayahResource::json).toList());
    }

    private static NotFoundException notFound(String kode) {
        return new NotFoundException("Wilayah", "Region", kode);
    }


    /** JSON shape {@code {kode, nama, tingkat, indukKode}} with the level in lower case. */
    static Map<String, Object> json(Wilayah w) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("kode", w.kode());
        m.put("nama", w.nama());
        m.put("tingkat", w.tingkat().jsonName());
        m.put("indukKode", w.indukKode());
        return m;
    }

    private static Response cached(Object entity) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) TimeUnit.DAYS.toSeconds(1));
        return Response.ok(entity).cacheControl(cache).build();
    }
}
