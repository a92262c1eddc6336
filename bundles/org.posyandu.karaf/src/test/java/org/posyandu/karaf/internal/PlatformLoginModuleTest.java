package org.posyandu.karaf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;

class PlatformLoginModuleTest {

    @Test
    void onlyASuperadminGetsKarafRoles() {
        List<Principal> admin = PlatformLoginModule.principalsFor(
                new Caller("1", "admin", Role.SUPERADMIN, Scope.all()));
        assertTrue(admin.contains(new UserPrincipal("admin")));
        assertTrue(admin.contains(new RolePrincipal("admin")));
        assertTrue(admin.contains(new RolePrincipal("ssh")));
        for (Role role : Role.values()) {
            if (role != Role.SUPERADMIN) {
                Scope scope = role == Role.KADER ? Scope.posyandu(Set.of("p")) : Scope.wilayah("16");
                assertEquals(List.of(), PlatformLoginModule.principalsFor(new Caller("2", "u", role, scope)), role.name());
            }
        }
        assertEquals(List.of(), PlatformLoginModule.principalsFor(null));
    }
}
