package org.posyandu.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessRuleTest {

    @RequiresRole(Role.KADER)
    static class Resource {
        public void inherits() {
        }

        @RequiresRole(Role.ADMIN_KABUPATEN)
        public void narrower() {
        }

        @Public
        public void open() {
        }

        @Public
        @RequiresRole(Role.KADER)
        public void contradictory() {
        }
    }

    static class Bare {
        public void nothing() {
        }
    }

    private static AccessRule rule(Class<?> type, String method) throws Exception {
        return AccessRule.of(type.getMethod(method), type);
    }

    @Test
    void methodDeclarationWinsOverTheClass() throws Exception {
        assertEquals(Role.KADER, rule(Resource.class, "inherits").minimum());
        assertEquals(Role.ADMIN_KABUPATEN, rule(Resource.class, "narrower").minimum());
        assertTrue(rule(Resource.class, "open").isPublic());
    }

    @Test
    void nothingOrContradictionIsUndeclaredAndAllowsNobody() throws Exception {
        for (AccessRule r : new AccessRule[] { rule(Bare.class, "nothing"), rule(Resource.class, "contradictory") }) {
            assertFalse(r.isDeclared());
            for (Role role : Role.values()) {
                assertFalse(r.allows(role));
            }
            assertFalse(r.allows(null));
        }
    }

    @Test
    void aMinimumAllowsThatRoleAndAbove() throws Exception {
        AccessRule admins = rule(Resource.class, "narrower");
        assertTrue(admins.allows(Role.SUPERADMIN));
        assertTrue(admins.allows(Role.ADMIN_KABUPATEN));
        assertFalse(admins.allows(Role.ADMIN_KECAMATAN));
        assertFalse(admins.allows(null));
    }
}
