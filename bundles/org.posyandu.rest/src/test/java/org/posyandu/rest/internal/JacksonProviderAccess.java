package org.posyandu.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Test access to the API's mapper configuration. */
public final class JacksonProviderAccess {
    private JacksonProviderAccess() {
    }

    public static ObjectMapper mapper() {
        return JacksonProvider.mapper();
    }
}
