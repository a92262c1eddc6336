package org.posyandu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.ws.rs.HttpMethod;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.posyandu.api.security.AccessRule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Security through the real distribution: deny by default over every resource method the JAX-RS runtime
 * serves, object-level scoping as a full matrix (endpoint × role × object inside/outside the caller's
 * wilayah), login, tokens, throttling, audit, and the hardening of the HTTP layer.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends PlatformTestSupport {
    private static final String PASSWORD = "rahasia-Uji-2026-panjang";
    /** The only endpoints anyone may call without logging in (method and path template). */
    private static final Pattern PUBLIC = Pattern.compile(
            "GET /health|GET /openapi\\.json|GET /wilayah.*|POST /auth/(token|refresh|logout)");

    /** Where the matrix places its objects: one per region, relative to the callers below. */
    enum Place {
        HOME("16.71.17.1003"), // the callers' own desa (Kota Palembang, Jakabaring)
        OTHER_KECAMATAN("16.71.16.1001"), // same kota, another kecamatan
        OTHER_KABUPATEN("16.01.07.2001"), // same province, Kabupaten Ogan Komering Ulu
        OTHER_PROVINSI("31.71.01.1001"); // DKI Jakarta

        final String desa;

        Place(String desa) {
            this.desa = desa;
        }
    }

    /** A caller of the matrix and the places inside its scope. */
    record Who(String role, String binding, Set<Place> sees) {
    }

    private static final Map<String, Who> CALLERS = new LinkedHashMap<>();
    static {
        CALLERS.put("prov", new Who("ADMIN_PROVINSI", "16", Set.of(Place.HOME, Place.OTHER_KECAMATAN, Place.OTHER_KABUPATEN)));
        CALLERS.put("kab", new Who("ADMIN_KABUPATEN", "16.71", Set.of(Place.HOME, Place.OTHER_KECAMATAN)));
        CALLERS.put("kec", new Who("ADMIN_KECAMATAN", "16.71.17", Set.of(Place.HOME)));
        CALLERS.put("desa", new Who("ADMIN_DESA", "16.71.17.1003", Set.of(Place.HOME)));
        CALLERS.put("kader", new Who("KADER", null, Set.of(Place.HOME)));
    }

    /** Objects per place: posyandu, pengurus, warga, and a kader user bound there. */
    record Objects(String posyandu, String pengurus, String warga, String nik, String kaderUser) {
    }

    private static final Map<Place, Objects> OBJECTS = new LinkedHashMap<>();
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    @Inject
    private BundleContext context;

    @Before
    public void setUp() throws Exception {
        awaitUp();
        if (!OBJECTS.isEmpty()) {
            return;
        }
        for (Place place : Place.values()) {
            String p = created(post("/posyandu", "{\"nama\":\"Posyandu " + UUID.randomUUID() + "\",\"desaKode\":\""
                    + place.desa + "\"}"));
            String k = created(post("/posyandu/" + p + "/pengurus", pengurusJson()));
            String nik = nextNik(place);
            String w = created(post("/warga", wargaJson(place, p, nik)));
            String u = created(post("/users", "{\"username\":\"kader-" + place.name().toLowerCase().replace('_', '-')
                    + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + p + "\"]}"));
            OBJECTS.put(place, new Objects(p, k, w, nik, u));
        }
        for (Map.Entry<String, Who> c : CALLERS.entrySet()) {
            Who who = c.getValue();
            String binding = who.role.equals("KADER")
                    ? "\"posyanduIds\":[\"" + OBJECTS.get(Place.HOME).posyandu + "\"]"
                    : "\"wilayah\":\"" + who.binding + "\"";
            created(post("/users", "{\"username\":\"m-" + c.getKey() + "\",\"password\":\"" + PASSWORD
                    + "\",\"role\":\"" + who.role + "\"," + binding + "}"));
            TOKENS.put(c.getKey(), login("m-" + c.getKey(), PASSWORD));
        }
    }

    // ---- deny by default ------------------------------------------------------------------------------

    @Test
    public void everyResourceMethodInTheContainerDeclaresWhoMayCallIt() throws Exception {
        ServiceReference<JaxrsServiceRuntime> ref = context.getServiceReference(JaxrsServiceRuntime.class);
        JaxrsServiceRuntime runtime = context.getService(ref);
        ResourceDTO[] resources = runtime.getRuntimeDTO().defaultApplication.resourceDTOs;
        assertTrue("the core resources are served: " + resources.length, resources.length >= 9);
        List<String> undeclared = new ArrayList<>();
        Set<String> publicEndpoints = new TreeSet<>();
        int protectedEndpoints = 0;
        for (ResourceDTO resource : resources) {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(service.id=" + resource.serviceId + ")");
            assertNotNull("resource service " + resource.name, refs);
            Object service = context.getService(refs[0]);
            try {
                for (Method m : service.getClass().getMethods()) {
                    if (httpMethod(m) != null && !AccessRule.of(m, service.getClass()).isDeclared()) {
                        undeclared.add(service.getClass().getName() + "." + m.getName());
                    }
                }
            } finally {
                context.ungetService(refs[0]);
            }
            // and over HTTP: anonymous calls to every served method must be refused, public ones aside
            for (ResourceMethodInfoDTO info : resource.resourceMethods) {
                String template = "/" + info.path.replaceAll("^/+", "");
                // a parameter with a pattern ({langkah: kunci|buka}) gets its first alternative, any other an id
                String path = template.replaceAll("\\{\\s*\\w+\\s*:\\s*([\\w-]+)[^}]*}", "$1")
                        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                Reply r = call(null, info.method, path, info.method.equals("GET") || info.method.equals("DELETE")
                        ? null : "{}");
                String endpoint = info.method + " " + template;
                if (r.status == 401) {
                    assertProblem(r, 401, null);
                    assertTrue(endpoint, r.headers.firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
                    protectedEndpoints++;
                } else {
                    publicEndpoints.add(endpoint);
                    assertTrue(endpoint + " answered " + r.status + " without login", PUBLIC.matcher(endpoint).matches());
                }
            }
        }
        assertEquals("resource methods without @Public or @RequiresRole", List.of(), undeclared);
        assertTrue("protected endpoints found: " + protectedEndpoints, protectedEndpoints >= 25);
        assertTrue(publicEndpoints.toString(), publicEndpoints.contains("POST /auth/token"));
        assertTrue(publicEndpoints.toString(), publicEndpoints.contains("GET /health"));
    }

    // ---- the scope matrix -----------------------------------------------------------------------------

    /** One endpoint of the matrix: its lowest role and how to call it on the objects of a place. */
    record Endpoint(String name, String minimumRole, Function<Place, String[]> request) {
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET posyandu", "KADER", pl -> req("GET", "/posyandu/" + o(pl).posyandu, null)));
        e.add(new Endpoint("PUT posyandu", "ADMIN_DESA", pl -> req("PUT", "/posyandu/" + o(pl).posyandu,
                "{\"nama\":\"Posyandu " + UUID.randomUUID() + "\",\"desaKode\":\"" + pl.desa + "\"}")));
        e.add(new Endpoint("GET pengurus list", "KADER", pl -> req("GET", "/posyandu/" + o(pl).posyandu + "/pengurus", null)));
        e.add(new Endpoint("POST pengurus", "ADMIN_DESA", pl -> req("POST", "/posyandu/" + o(pl).posyandu + "/pengurus",
                pengurusJson())));
        e.add(new Endpoint("GET pengurus", "KADER", pl -> req("GET", "/posyandu/" + o(pl).posyandu + "/pengurus/"
                + o(pl).pengurus, null)));
        e.add(new Endpoint("PUT pengurus", "ADMIN_DESA", pl -> req("PUT", "/posyandu/" + o(pl).posyandu + "/pengurus/"
                + o(pl).pengurus, pengurusJson())));
        e.add(new Endpoint("POST pelatihan", "ADMIN_DESA", pl -> req("POST", "/posyandu/" + o(pl).posyandu
                + "/pengurus/" + o(pl).pengurus + "/pelatihan",
                "{\"nama\":\"Pelatihan kader dasar\",\"tanggal\":\"2026-01-10\",\"penyelenggara\":\"Puskesmas\"}")));
        e.add(new Endpoint("GET pendanaan", "KADER", pl -> req("GET", "/posyandu/" + o(pl).posyandu + "/pendanaan", null)));
        e.add(new Endpoint("POST pendanaan", "ADMIN_DESA", pl -> req("POST", "/posyandu/" + o(pl).posyandu + "/pendanaan",
                "{\"sumber\":\"APBDES\",\"tahun\":2026,\"jumlah\":5000000,\"peruntukan\":\"PMT balita\"}")));
        e.add(new Endpoint("GET warga", "KADER", pl -> req("GET", "/warga/" + o(pl).warga, null)));
        e.add(new Endpoint("PUT warga", "KADER", pl -> req("PUT", "/warga/" + o(pl).warga,
                wargaJson(pl, o(pl).posyandu, o(pl).nik))));
        e.add(new Endpoint("POST warga", "KADER", pl -> req("POST", "/warga",
                wargaJson(pl, o(pl).posyandu, nextNik(pl)))));
        e.add(new Endpoint("GET warga peristiwa", "KADER", pl -> req("GET", "/warga/" + o(pl).warga + "/peristiwa", null)));
        e.add(new Endpoint("GET warga export", "ADMIN_DESA", pl -> req("GET", "/warga/" + o(pl).warga + "/export", null)));
        e.add(new Endpoint("GET forms", "KADER", pl -> req("GET", "/posyandu/" + o(pl).posyandu + "/forms", null)));
        e.add(new Endpoint("POST submission", "KADER", pl -> new String[] { "POST", "/posyandu/" + o(pl).posyandu
                + "/forms/kesehatan.skrining/submissions", "{\"wargaId\":\"" + o(pl).warga + "\",\"tanggal\":\"2026-11-20\","
                + "\"data\":{\"sistolik\":120,\"diastolik\":80,\"beratKg\":60,\"tinggiCm\":160,\"merokok\":false}}",
                UUID.randomUUID().toString() }));
        e.add(new Endpoint("GET submissions", "KADER", pl -> req("GET", "/posyandu/" + o(pl).posyandu
                + "/forms/kesehatan.skrining/submissions", null)));
        e.add(new Endpoint("GET SKDN of a posyandu", "KADER", pl -> req("GET", "/spm/kesehatan/laporan/skdn?posyandu="
                + o(pl).posyandu + "&bulan=2026-10", null)));
        e.add(new Endpoint("GET SKDN of a desa", "ADMIN_DESA", pl -> req("GET", "/spm/kesehatan/laporan/skdn?wilayah="
                + pl.desa + "&bulan=2026-10", null)));
        e.add(new Endpoint("GET e-PPGBM export", "KADER", pl -> req("GET", "/spm/kesehatan/laporan/e-ppgbm?posyandu="
                + o(pl).posyandu + "&bulan=2026-10", null)));
        e.add(new Endpoint("GET user", "ADMIN_DESA", pl -> req("GET", "/users/" + o(pl).kaderUser, null)));
        e.add(new Endpoint("POST user disable", "ADMIN_DESA", pl -> req("POST", "/users/" + o(pl).kaderUser + "/disable", null)));
        e.add(new Endpoint("POST user enable", "ADMIN_DESA", pl -> req("POST", "/users/" + o(pl).kaderUser + "/enable", null)));
        e.add(new Endpoint("POST user password", "ADMIN_DESA", pl -> req("POST", "/users/" + o(pl).kaderUser + "/password",
                "{\"password\":\"" + PASSWORD + "-baru\"}")));
        e.add(new Endpoint("POST user (kader there)", "ADMIN_DESA", pl -> req("POST", "/users",
                "{\"username\":\"k" + SERIAL.incrementAndGet() + "\",\"password\":\"" + PASSWORD
                        + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + o(pl).posyandu + "\"]}")));
        return e;
    }

    @Test
    public void everyEndpointTimesEveryRoleTimesEveryPlaceIsScoped() throws Exception {
        List<String> wrong = new ArrayList<>();
        int allowed = 0;
        int refused = 0;
        for (Map.Entry<String, Who> c : CALLERS.entrySet()) {
            Who who = c.getValue();
            for (Endpoint endpoint : endpoints()) {
                boolean roleMay = rank(who.role) <= rank(endpoint.minimumRole);
                for (Place place : Place.values()) {
                    String[] rq = endpoint.request.apply(place);
                    Reply r = rq.length > 3
                            ? callWithHeader(TOKENS.get(c.getKey()), rq[0], rq[1], rq[2], "Idempotency-Key", rq[3])
                            : call(TOKENS.get(c.getKey()), rq[0], rq[1], rq[2]);
                    String cell = c.getKey() + " × " + endpoint.name + " × " + place + " -> " + r.status;
                    if (roleMay && who.sees.contains(place)) {
                        allowed++;
                        if (r.status / 100 != 2) {
                            wrong.add(cell + " (expected 2xx) " + r.body);
                        }
                    } else {
                        refused++;
                        if (r.status != 403 && r.status != 404) {
                            wrong.add(cell + " (expected 403/404) " + r.body);
                        } else if (!r.contentType.startsWith("application/problem+json")) {
                            wrong.add(cell + " not a problem document");
                        } else if (!roleMay && r.status != 403) {
                            wrong.add(cell + " (a role refusal is 403)");
                        }
                    }
                }
            }
        }
        assertEquals("matrix cells that broke the rules", List.of(), wrong);
        assertTrue(allowed > 50 && refused > 150);
    }

    @Test
    public void listsHoldOnlyWhatIsInScope() throws Exception {
        for (Map.Entry<String, Who> c : CALLERS.entrySet()) {
            String token = TOKENS.get(c.getKey());
            Reply posyandu = call(token, "GET", "/posyandu?limit=500", null);
            Reply warga = call(token, "GET", "/warga?limit=500", null);
            assertEquals(200, posyandu.status);
            assertEquals(200, warga.status);
            for (Place place : Place.values()) {
                boolean sees = c.getValue().sees.contains(place);
                assertEquals(c.getKey() + " posyandu list and " + place, sees,
                        ids(posyandu.json).contains(o(place).posyandu));
                assertEquals(c.getKey() + " warga list and " + place, sees, ids(warga.json).contains(o(place).warga));
                // asking for another region explicitly returns nothing from it either
                Reply there = call(token, "GET", "/warga?wilayah=" + place.desa, null);
                assertEquals(c.getKey() + " warga in " + place, sees, ids(there.json).contains(o(place).warga));
            }
        }
    }

    @Test
    public void adminsCreateOnlyLowerRolesInsideTheirOwnWilayah() throws Exception {
        String kab = TOKENS.get("kab");
        assertProblem(call(kab, "POST", "/users", userJson("x-prov", "ADMIN_PROVINSI", "16")), 403, "role");
        assertProblem(call(kab, "POST", "/users", userJson("x-kab", "ADMIN_KABUPATEN", "16.71")), 403, "role");
        assertProblem(call(kab, "POST", "/users", userJson("x-kec", "ADMIN_KECAMATAN", "16.01.07")), 403, "wilayah");
        assertProblem(call(kab, "POST", "/users", userJson("x-kec2", "ADMIN_KECAMATAN", "16.71")), 422, "wilayah");
        Reply ok = call(kab, "POST", "/users", userJson("kec-jakabaring", "ADMIN_KECAMATAN", "16.71.17"));
        assertEquals(ok.toString(), 201, ok.status);
        assertFalse("no password or hash in answers", ok.body.toLowerCase().contains("password"));
        Reply list = call(kab, "GET", "/users", null);
        assertTrue(ids(list.json).contains(ok.json.path("id").asText()));
        Set<String> usernames = new TreeSet<>();
        list.json.forEach(u -> usernames.add(u.path("username").asText()));
        assertTrue(usernames.toString(), usernames.contains("m-kec") && usernames.contains("kader-home"));
        assertFalse("an admin lists neither its peers, nor superiors, nor other regions: " + usernames,
                usernames.contains("m-prov") || usernames.contains("m-kab") || usernames.contains("kader-other-kabupaten"));
        // a kader manages no users at all
        assertProblem(call(TOKENS.get("kader"), "GET", "/users", null), 403, null);
        // password policy and username rules
        assertProblem(call(kab, "POST", "/users", "{\"username\":\"pendek\",\"password\":\"pendek\",\"role\":\"KADER\","
                + "\"posyanduIds\":[\"" + o(Place.HOME).posyandu + "\"]}"), 422, "password");
        assertProblem(call(kab, "POST", "/users", "{\"username\":\"Bad Name!\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"KADER\",\"posyanduIds\":[\"" + o(Place.HOME).posyandu + "\"]}"), 422, "username");
        assertProblem(call(kab, "POST", "/users", userJson("kec-jakabaring", "ADMIN_KECAMATAN", "16.71.17")), 409,
                "username");
    }

    // ---- login, tokens, lock-out ----------------------------------------------------------------------

    @Test
    public void tokensRefreshRotateAndLogoutRevokes() throws Exception {
        Reply pair = call(null, "POST", "/auth/token", "{\"username\":\"m-desa\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, pair.status);
        assertEquals("Bearer", pair.json.path("token_type").asText());
        long expiresIn = pair.json.path("expires_in").asLong();
        assertTrue("access tokens live at most 15 minutes: " + expiresIn, expiresIn > 0 && expiresIn <= 900);
        assertEquals("no-store", pair.headers.firstValue("Cache-Control").orElse(""));
        String access = pair.json.path("access_token").asText();
        String refresh = pair.json.path("refresh_token").asText();
        assertEquals("m-desa", call(access, "GET", "/auth/me", null).json.path("username").asText());

        Reply rotated = call(null, "POST", "/auth/refresh", "{\"refresh_token\":\"" + refresh + "\"}");
        assertEquals(rotated.toString(), 200, rotated.status);
        String refresh2 = rotated.json.path("refresh_token").asText();
        assertNotEquals(refresh, refresh2);
        assertProblem(call(null, "POST", "/auth/refresh", "{\"refresh_token\":\"" + refresh + "\"}"), 401, null);

        String access2 = rotated.json.path("access_token").asText();
        assertEquals(204, call(null, "POST", "/auth/logout", "{\"refresh_token\":\"" + refresh2 + "\"}").status);
        assertProblem(call(access2, "GET", "/auth/me", null), 401, null);
        assertProblem(call(null, "POST", "/auth/refresh", "{\"refresh_token\":\"" + refresh2 + "\"}"), 401, null);
        // a forged or tampered token
        assertProblem(call(access.substring(0, access.length() - 2) + "AA", "GET", "/auth/me", null), 401, null);
        assertProblem(call("garbage", "GET", "/posyandu", null), 401, null);
    }

    @Test
    public void aUserChangesOwnPasswordAndEverySessionEnds() throws Exception {
        created(call(TOKENS.get("kab"), "POST", "/users", userJson("desa-ganti", "ADMIN_DESA", "16.71.17.1003")));
        String token = login("desa-ganti", PASSWORD);
        assertProblem(call(token, "POST", "/auth/password", "{\"currentPassword\":\"salah-sekali-1234\","
                + "\"newPassword\":\"baru-dan-panjang-2026\"}"), 403, "currentPassword");
        assertProblem(call(token, "POST", "/auth/password", "{\"currentPassword\":\"" + PASSWORD + "\","
                + "\"newPassword\":\"pendek\"}"), 422, "newPassword");
        assertEquals(204, call(token, "POST", "/auth/password", "{\"currentPassword\":\"" + PASSWORD + "\","
                + "\"newPassword\":\"baru-dan-panjang-2026\"}").status);
        assertProblem(call(token, "GET", "/auth/me", null), 401, null);
        assertProblem(call(null, "POST", "/auth/token", "{\"username\":\"desa-ganti\",\"password\":\"" + PASSWORD
                + "\"}"), 401, null);
        assertEquals("desa-ganti", call(login("desa-ganti", "baru-dan-panjang-2026"), "GET", "/auth/me", null)
                .json.path("username").asText());
    }

    @Test
    public void aDisabledUserIsLockedOutAtOnce() throws Exception {
        String id = created(call(TOKENS.get("kab"), "POST", "/users",
                userJson("desa-sementara", "ADMIN_DESA", "16.71.17.1003")));
        String token = login("desa-sementara", PASSWORD);
        assertEquals(200, call(token, "GET", "/posyandu/" + o(Place.HOME).posyandu, null).status);
        assertEquals(200, call(TOKENS.get("kab"), "POST", "/users/" + id + "/disable", null).status);
        assertProblem(call(token, "GET", "/posyandu/" + o(Place.HOME).posyandu, null), 401, null);
        assertProblem(call(null, "POST", "/auth/token",
                "{\"username\":\"desa-sementara\",\"password\":\"" + PASSWORD + "\"}"), 401, null);
    }

    @Test
    public void repeatedFailuresAreThrottledAndAudited() throws Exception {
        created(post("/users", userJson("korban-tebakan", "ADMIN_DESA", "16.71.17.1003")));
        Reply last = null;
        for (int i = 0; i < 5; i++) {
            last = call(null, "POST", "/auth/token", "{\"username\":\"korban-tebakan\",\"password\":\"salah-" + i
                    + "-xxxxxxxx\"}");
            assertProblem(last, 401, null);
        }
        Reply locked = call(null, "POST", "/auth/token", "{\"username\":\"korban-tebakan\",\"password\":\"" + PASSWORD + "\"}");
        assertProblem(locked, 429, null);
        long retryAfter = Long.parseLong(locked.headers.firstValue("Retry-After").orElse("0"));
        assertTrue("Retry-After " + retryAfter, retryAfter > 0 && retryAfter <= 30);
        Reply audit = get("/audit?username=korban-tebakan&action=LOGIN_FAILED");
        assertEquals(5, audit.json.size());
        assertEquals(401, audit.json.get(0).path("outcome").asInt());
    }

    @Test
    public void aForwardedAddressFromAPeerThatIsNoTrustedProxyIsIgnored() throws Exception {
        created(post("/users", userJson("korban-palsu", "ADMIN_DESA", "16.71.17.1003")));
        for (int i = 0; i < 5; i++) {
            // a new claimed address for every guess: no proxy is configured, so the header counts for nothing
            assertProblem(callWithHeader(null, "POST", "/auth/token", "{\"username\":\"korban-palsu\",\"password\":\"salah-"
                    + i + "-xxxxxxxx\"}", "X-Forwarded-For", "203.0.113." + i), 401, null);
        }
        assertProblem(callWithHeader(null, "POST", "/auth/token", "{\"username\":\"korban-palsu\",\"password\":\""
                + PASSWORD + "\"}", "X-Forwarded-For", "203.0.113.99"), 429, null);
    }

    // ---- audit and the right of access ----------------------------------------------------------------

    @Test
    public void personalDataAccessIsAuditedScopedAndExportable() throws Exception {
        String w = o(Place.HOME).warga;
        String kader = TOKENS.get("kader");
        assertEquals(200, call(kader, "GET", "/warga/" + w, null).status);
        assertProblem(call(kader, "GET", "/warga/" + o(Place.OTHER_PROVINSI).warga, null), 404, null);

        Reply trail = call(TOKENS.get("kec"), "GET", "/audit?objectType=warga&objectId=" + w, null);
        assertEquals(trail.toString(), 200, trail.status);
        JsonNode read = find(trail.json, "m-kader", "READ");
        assertNotNull("the kader's read is in the trail: " + trail.body, read);
        assertEquals("KADER", read.path("role").asText());
        assertEquals(200, read.path("outcome").asInt());
        assertEquals(Place.HOME.desa, read.path("wilayah").asText());
        // about another province's resident the kecamatan admin sees only its own users' refused attempts
        Reply foreign = call(TOKENS.get("kec"), "GET", "/audit?objectId=" + o(Place.OTHER_PROVINSI).warga, null);
        for (JsonNode e : foreign.json) {
            assertTrue(e.toString(), Set.of("m-kec", "m-desa", "m-kader").contains(e.path("username").asText()));
            assertTrue(e.toString(), e.path("outcome").asInt() >= 400);
        }
        // the refused attempt on the other province's resident is on that resident's trail, with its outcome
        Reply refusedTrail = get("/audit?objectType=warga&objectId=" + o(Place.OTHER_PROVINSI).warga);
        JsonNode refusedRead = find(refusedTrail.json, "m-kader", "READ");
        assertNotNull(refusedTrail.body, refusedRead);
        assertEquals(404, refusedRead.path("outcome").asInt());
        assertProblem(call(kader, "GET", "/audit", null), 403, null);

        Reply export = call(TOKENS.get("desa"), "GET", "/warga/" + w + "/export", null);
        assertEquals(export.toString(), 200, export.status);
        assertEquals(w, export.json.path("warga").path("id").asText());
        assertNotNull(find(export.json.path("riwayatAkses"), "m-kader", "READ"));
    }

    // ---- hardening --------------------------------------------------------------------------------------

    @Test
    public void oversizedBodiesAre413AndNothingIsStored() throws Exception {
        String name = "Posyandu Besar " + UUID.randomUUID();
        String big = "{\"nama\":\"" + name + "\",\"desaKode\":\"16.71.17.1003\",\"alamat\":\"" + "x".repeat(1_100_000) + "\"}";
        Reply r = post("/posyandu", big);
        assertProblem(r, 413, null);
        assertFalse(get("/posyandu?wilayah=16.71.17.1003&limit=500").body.contains(name));
    }

    @Test
    public void answersCarrySecurityHeaders() throws Exception {
        Reply r = get("/posyandu/" + o(Place.HOME).posyandu);
        assertEquals("nosniff", r.headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", r.headers.firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", r.headers.firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers.firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        // polymorphic type hints are not a thing this API reads
        Reply typed = post("/posyandu", "[\"java.util.HashMap\",{}]");
        assertTrue(typed.toString(), typed.status == 400 || typed.status == 422);
        assertTrue(typed.contentType.startsWith("application/problem+json"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static Objects o(Place place) {
        return OBJECTS.get(place);
    }

    private static String[] req(String method, String path, String json) {
        return new String[] { method, path, json };
    }

    private static int rank(String role) {
        return List.of("SUPERADMIN", "ADMIN_PROVINSI", "ADMIN_KABUPATEN", "ADMIN_KECAMATAN", "ADMIN_DESA", "KADER")
                .indexOf(role);
    }

    private static String pengurusJson() {
        return "{\"nama\":\"Kader " + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"jabatan\":\"KADER\",\"bidang\":\"kesehatan\",\"tanggalMulai\":\"2025-01-01\"}";
    }

    /** A valid NIK for a man born 1 Jan 1990 whose kecamatan is the place's. */
    private static String nextNik(Place place) {
        String kec = place.desa.substring(0, 8).replace(".", "");
        return kec + "010190" + String.format("%04d", SERIAL.incrementAndGet());
    }

    private static String wargaJson(Place place, String posyanduId, String nik) {
        return "{" + (nik == null ? "" : "\"nik\":\"" + nik + "\",") + "\"nama\":\"Warga Uji\",\"jenisKelamin\":\"L\","
                + "\"tanggalLahir\":\"1990-01-01\",\"desaKode\":\"" + place.desa + "\",\"posyanduId\":\"" + posyanduId
                + "\"}";
    }

    private static String userJson(String username, String role, String wilayah) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role
                + "\",\"wilayah\":\"" + wilayah + "\"}";
    }

    private static String created(Reply r) {
        assertEquals(r.toString(), 201, r.status);
        return r.json.path("id").asText();
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new TreeSet<>();
        list.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode entries, String username, String action) {
        for (JsonNode e : entries) {
            if (username.equals(e.path("username").asText()) && action.equals(e.path("action").asText())) {
                return e;
            }
        }
        return null;
    }

    private static String httpMethod(Method m) {
        for (var a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static void assertProblem(Reply r, int status, String field) {
        assertEquals(r.toString(), status, r.status);
        assertTrue(r.contentType, r.contentType.startsWith("application/problem+json"));
        assertFalse(r.json.path("title").asText().isEmpty());
        assertFalse(r.json.path("detailEn").asText().isEmpty());
        if (field != null) {
            List<String> fields = new ArrayList<>();
            r.json.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertTrue(r + " names " + field, fields.contains(field));
        }
    }
}
