package org.posyandu.karaf.internal.shell;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;

/**
 * The platform caller behind a shell command: only SUPERADMIN accounts log into the shell (see
 * {@code PlatformLoginModule}), so a command acts as SUPERADMIN under the logged-in username, which the audit
 * trail records.
 */
final class ShellCaller {
    private ShellCaller() {
    }

    @SuppressWarnings("removal") // Subject.getSubject: how Karaf 4.4 shell sessions carry the login on Java 17
    static Caller current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        String username = "console";
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p instanceof UserPrincipal) {
                    username = p.getName();
                }
            }
        }
        return new Caller("shell:" + username, username, Role.SUPERADMIN, Scope.all());
    }
}
