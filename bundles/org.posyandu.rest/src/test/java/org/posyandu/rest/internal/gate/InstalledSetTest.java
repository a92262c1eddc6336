package org.posyandu.rest.internal.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/** Two nodes with the same image show the same set and hash; a module more, another build or version differ. */
class InstalledSetTest {
    private static Bundle bundle(String name, String version, int state, String built) {
        Hashtable<String, String> headers = new Hashtable<>();
        headers.put("Bnd-LastModified", built);
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] { Bundle.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> name;
                    case "getVersion" -> Version.parseVersion(version);
                    case "getState" -> state;
                    case "getHeaders" -> headers;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final Bundle CORE = bundle("org.posyandu.core", "0.1.0.SNAPSHOT", Bundle.ACTIVE, "100");
    private static final Bundle FELIX = bundle("org.apache.felix.scr", "2.2.6", Bundle.ACTIVE, "1");

    @Test
    void listsThePlatformsStartedBundlesWithVersionsOnly() {
        InstalledSet set = InstalledSet.of(new Bundle[] { FELIX, CORE,
                bundle("org.posyandu.spm.sosial", "0.1.0.SNAPSHOT", Bundle.RESOLVED, "100") });
        assertEquals(Map.of("org.posyandu.core", "0.1.0.SNAPSHOT"), set.bundles());
        assertEquals(16, set.hash().length());
    }

    @Test
    void theSameSetGivesTheSameHashAndAnyDifferenceAnother() {
        InstalledSet node1 = InstalledSet.of(new Bundle[] { CORE, FELIX });
        assertEquals(node1, InstalledSet.of(new Bundle[] { FELIX, CORE }));
        Bundle sosial = bundle("org.posyandu.spm.sosial", "0.1.0.SNAPSHOT", Bundle.ACTIVE, "100");
        assertNotEquals(node1.hash(), InstalledSet.of(new Bundle[] { CORE, sosial }).hash());
        assertNotEquals(node1.hash(), InstalledSet.of(new Bundle[] {
                bundle("org.posyandu.core", "0.1.0.SNAPSHOT", Bundle.ACTIVE, "200") }).hash());
        assertNotEquals(node1.hash(), InstalledSet.of(new Bundle[] {
                bundle("org.posyandu.core", "0.1.1", Bundle.ACTIVE, "100") }).hash());
    }
}
