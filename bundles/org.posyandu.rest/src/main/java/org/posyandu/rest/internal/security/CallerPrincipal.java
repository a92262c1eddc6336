package org.posyandu.rest.internal.security;

import java.security.Principal;

import org.posyandu.api.security.Caller;

/**
 * The logged-in caller as the request's {@link Principal}, plus what a reading resource method tells the audit trail
 * about the object it read (set once per request, on the request thread; a write's line is written by the core).
 */
public final class CallerPrincipal implements Principal {
    private final Caller caller;
    private String objectId;
    private String wilayah;
    private String detail;

    CallerPrincipal(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.username();
    }

    /** Names the object the request touched and the wilayah it belongs to, for the audit entry. */
    public void about(String id, String kode, String more) {
        this.objectId = id;
        this.wilayah = kode;
        this.detail = more;
    }

    String objectId() {
        return objectId;
    }

    String wilayah() {
        return wilayah;
    }

    String detail() {
        return detail;
    }
}
