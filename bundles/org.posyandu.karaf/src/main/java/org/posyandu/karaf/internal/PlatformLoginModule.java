package org.posyandu.karaf.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.UserService;

/**
 * Logs into Karaf (SSH shell, {@code bin/client}, JMX) with a platform account: the password is checked by
 * {@link UserService#authenticate} (same hash and audit trail as the REST login, a throttle of its own), and only a
 * SUPERADMIN is let in, with Karaf's administrative roles. The user service is looked up at each login, so
 * a restarted core is picked up.
 */
public final class PlatformLoginModule implements LoginModule {
    /** What a SUPERADMIN may do in Karaf: everything, including commands that run code. */
    static final List<String> KARAF_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");

    private Subject subject;
    private CallbackHandler callbacks;
    private BundleContext context;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.context = (BundleContext) options.get(BundleContext.class.getName());
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Nama pengguna / username: ");
        PasswordCallback password = new PasswordCallback("Kata sandi / password: ", false);
        try {
            callbacks.handle(new Callback[] { name, password });
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("cannot read the credentials: " + e);
        }
        char[] secret = password.getPassword();
        String username = name.getName();
        password.clearPassword();
        if (username == null || secret == null) {
            throw new FailedLoginException("username and password required");
        }
        Optional<Caller> caller = authenticate(username, new String(secret));
        principals.clear();
        principals.addAll(principalsFor(caller.orElse(null)));
        if (principals.isEmpty()) {
            throw new FailedLoginException("login refused"); // same answer for every reason
        }
        return true;
    }

    private Optional<Caller> authenticate(String username, String password) throws LoginException {
        ServiceReference<UserService> ref = context == null ? null : context.getServiceReference(UserService.class);
        UserService users = ref == null ? null : context.getService(ref);
        if (users == null) {
            throw new LoginException("the platform's user service is not running");
        }
        try {
            return users.authenticate(username, password, Role.SUPERADMIN);
        } finally {
            context.ungetService(ref);
        }
    }

    /** The principals a platform caller gets in Karaf: none unless it is a SUPERADMIN. */
    static List<Principal> principalsFor(Caller caller) {
        if (caller == null || caller.role() != Role.SUPERADMIN) {
            return List.of();
        }
        List<Principal> result = new ArrayList<>();
        result.add(new UserPrincipal(caller.username()));
        KARAF_ROLES.forEach(r -> result.add(new RolePrincipal(r)));
        return result;
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
