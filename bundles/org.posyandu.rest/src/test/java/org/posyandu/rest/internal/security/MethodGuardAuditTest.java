package org.posyandu.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;
import org.posyandu.api.security.AccessRule;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Audited;
import org.posyandu.api.security.Role;

/**
 * The REST filter's share of the audit trail: what writes nothing (a {@code GET}, or any refusal) gets its line here;
 * a successful write gets none, since the core committed its line with the write.
 */
class MethodGuardAuditTest {
    private final List<String> recorded = new ArrayList<>();

    @Audited("warga")
    void personalData() {
        // only its annotation is read
    }

    @Test
    void aSuccessfulWriteGetsNoLineFromTheFilter() {
        respond(HttpMethod.POST, 201);
        respond(HttpMethod.PUT, 200);
        respond(HttpMethod.DELETE, 204);
        assertEquals(List.of(), recorded);
    }

    @Test
    void aRefusedWriteAndEveryReadGetTheirLine() {
        respond(HttpMethod.POST, 422);
        respond(HttpMethod.PUT, 403);
        respond(HttpMethod.GET, 200);
        respond(HttpMethod.GET, 404);
        assertEquals(List.of("CREATE warga w-1 422", "UPDATE warga w-1 403", "READ warga w-1 200",
                "READ warga w-1 404"), recorded);
    }

    private void respond(String httpMethod, int status) {
        Audited audited;
        try {
            audited = getClass().getDeclaredMethod("personalData").getAnnotation(Audited.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        AuditService audit = stub(AuditService.class, (name, args) -> {
            AuditEntry e = (AuditEntry) args[0];
            recorded.add(e.action() + " " + e.objectType() + " " + e.objectId() + " " + e.outcome());
            return null;
        });
        MultivaluedHashMap<String, String> path = new MultivaluedHashMap<>();
        path.putSingle("id", "w-1");
        UriInfo uri = stub(UriInfo.class, (name, args) -> path);
        ContainerRequestContext request = stub(ContainerRequestContext.class,
                (name, args) -> name.equals("getUriInfo") ? uri : null);
        ContainerResponseContext response = stub(ContainerResponseContext.class, (name, args) -> status);
        new MethodGuard("WargaResource.x", new AccessRule(false, Role.KADER), audited, httpMethod, true, null, audit)
                .filter(request, response);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }
}
