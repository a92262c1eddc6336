package org.posyandu.rest.internal.gate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;

/**
 * The platform's own bundles (core and modules) this node runs, with their versions, and one hash of them (the
 * versions and each bundle's build time), so a proxy or an operator comparing nodes sees at a glance a node with
 * a module more or less, or another build. Only started bundles count: an installed but stopped module serves
 * nothing.
 */
record InstalledSet(Map<String, String> bundles, String hash) {
    static final String PREFIX = "org.posyandu.";

    static InstalledSet of(Bundle[] all) {
        Map<String, String> versions = new TreeMap<>();
        Map<String, String> builds = new TreeMap<>();
        for (Bundle b : all) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith(PREFIX)
                    && (b.getState() == Bundle.ACTIVE || b.getState() == Bundle.STARTING)) {
                versions.put(name, b.getVersion().toString());
                builds.put(name, String.valueOf(b.getHeaders("").get("Bnd-LastModified")));
            }
        }
        StringBuilder text = new StringBuilder();
        versions.forEach((name, version) -> text.append(name).append(' ').append(version).append(' ')
                .append(builds.get(name)).append('\n'));
        return new InstalledSet(versions, sha256(text.toString()).substring(0, 16));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
