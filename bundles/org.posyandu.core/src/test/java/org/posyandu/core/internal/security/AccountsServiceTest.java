package org.posyandu.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posyandu.api.error.TooManyRequestsException;
import org.posyandu.api.error.UnauthorizedException;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.AuditQuery;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.security.TokenPair;
import org.posyandu.api.security.User;
import org.posyandu.api.security.UserInput;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.TestDatabase;
import org.posyandu.core.internal.db.TestJpa;
import org.posyandu.core.internal.wilayah.WilayahServiceImpl;

/**
 * Logins, tokens, sessions, users and the throttle as the container wires them, without the container: the real
 * services on a real (in-memory Derby) database with the real migrations. Two "nodes" are two sets of services on
 * one database.
 */
class AccountsServiceTest {
    private static final String ADMIN_PASSWORD = "kata-sandi-pengelola-uji";
    private static final String PASSWORD = "kata-sandi-pengguna-uji";

    private DataSource db;
    private TestJpa jpa;
    private Node node;

    /** One node's security services. */
    private final class Node {
        final AuditServiceImpl audit = new AuditServiceImpl(jpa, null);
        final Passwords passwords = new Passwords(jpa);
        final SessionCheck sessions = new SessionCheck(db, jpa);
        final LoginChecks checks = new LoginChecks(jpa, audit, passwords, new LoginThrottle(db, Clock.systemUTC()),
                Duration.ofMillis(50));
        final AuthServiceImpl auth = new AuthServiceImpl(jpa, passwords, checks, sessions, null,
                Map.of("admin.password", ADMIN_PASSWORD));
        final UserServiceImpl users = new UserServiceImpl(jpa, new WilayahServiceImpl(jpa, null), audit, passwords,
                checks, null);

        Caller admin() {
            return auth.verify(auth.login("admin", ADMIN_PASSWORD, "127.0.0.1").accessToken()).orElseThrow();
        }
    }

    @BeforeEach
    void database() throws Exception {
        db = TestDatabase.fresh();
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO wilayah VALUES ('16', 'Sumatera Selatan', 'sumatera selatan', 1, NULL)");
        }
        jpa = new TestJpa(db);
        node = new Node();
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private User provinsiAdmin(String username) {
        return node.users.create(node.admin(), new UserInput(username, PASSWORD, Role.ADMIN_PROVINSI, "16", null));
    }

    private List<String> actions(String username) {
        return node.audit.list(Scope.all(), new AuditQuery(username, null, null, null, null, null, 0, 100)).stream()
                .map(AuditEntry::action).toList();
    }

    @Test
    void loginRefreshAndLogoutEndTheSession() {
        TokenPair first = node.auth.login(" Admin ", ADMIN_PASSWORD, "127.0.0.1");
        assertEquals("admin", node.auth.verify(first.accessToken()).orElseThrow().username());
        TokenPair second = node.auth.refresh(first.refreshToken());
        assertThrows(UnauthorizedException.class, () -> node.auth.refresh(first.refreshToken()), "refresh tokens rotate");
        assertTrue(node.auth.verify(second.accessToken()).isPresent());

        node.auth.logout(second.refreshToken());
        assertFalse(node.auth.verify(second.accessToken()).isPresent(), "revoked at once on this node");
        assertThrows(UnauthorizedException.class, () -> node.auth.refresh(second.refreshToken()));
        assertTrue(actions("admin").containsAll(List.of("LOGIN", "LOGOUT")));
    }

    @Test
    void disablingAUserEndsItsSessionsAndLogins() {
        User siti = provinsiAdmin("siti");
        TokenPair tokens = node.auth.login("siti", PASSWORD, "10.1.1.1");
        assertTrue(node.auth.verify(tokens.accessToken()).isPresent());

        node.users.setActive(node.admin(), siti.id(), false);
        assertFalse(node.auth.verify(tokens.accessToken()).isPresent());
        assertThrows(UnauthorizedException.class, () -> node.auth.refresh(tokens.refreshToken()));
        assertThrows(UnauthorizedException.class, () -> node.auth.login("siti", PASSWORD, "10.1.1.1"));

        node.users.setActive(node.admin(), siti.id(), true);
        assertTrue(node.auth.verify(node.auth.login("siti", PASSWORD, "10.1.1.1").accessToken()).isPresent());
        assertEquals(List.of("USER_ENABLE", "USER_DISABLE", "USER_CREATE"),
                node.audit.list(Scope.all(), new AuditQuery(null, null, "user", siti.id(), null, null, 0, 10)).stream()
                        .map(AuditEntry::action).toList());
    }

    @Test
    void fiveFailuresFromOneAddressLockTheUsernameThereOnAnyNode() {
        provinsiAdmin("budi");
        Node other = new Node();
        for (int i = 0; i < 5; i++) {
            Node n = i % 2 == 0 ? node : other;
            assertThrows(UnauthorizedException.class, () -> n.auth.login("budi", "salah-salah-salah", "10.2.2.2"));
        }
        TooManyRequestsException locked = assertThrows(TooManyRequestsException.class,
                () -> other.auth.login("budi", PASSWORD, "10.2.2.2"));
        assertTrue(locked.getMessage() != null);
        // from another address the right password still works (the username locks everywhere after ten)
        assertTrue(node.auth.login("budi", PASSWORD, "10.3.3.3").accessToken().startsWith("v1."));
        assertTrue(actions("budi").contains("LOGIN_THROTTLED"));
    }

    @Test
    void aBusySharedAddressSlowsDownButLetsACorrectPasswordIn() {
        provinsiAdmin("ani");
        LoginThrottle throttle = new LoginThrottle(db, Clock.systemUTC());
        for (int i = 0; i < 40; i++) {
            throttle.failed("a:10.9.9.9", Integer.MAX_VALUE); // forty failures by other users behind one NAT
        }
        assertEquals(Duration.ofMillis(50), node.checks.delayFor(throttle.failures("a:10.9.9.9")));
        assertEquals(Duration.ZERO, node.checks.delayFor(19));
        assertTrue(node.auth.verify(node.auth.login("ani", PASSWORD, "10.9.9.9").accessToken()).isPresent());
    }
}
