package org.posyandu.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** What ships in the distribution archive, checked on the archive itself. */
class DistributionContentIT {

    @Test
    void theArchiveCarriesNoRuntimeData() throws IOException {
        try (ZipFile zip = new ZipFile(System.getProperty("posyandu.distribution"))) {
            List<String> data = zip.stream().map(ZipEntry::getName).filter(n -> n.matches("[^/]+/data/.+"))
                    // Karaf's own placeholder for its temp folder
                    .filter(n -> !n.matches("[^/]+/data/tmp/(README)?")).toList();
            assertEquals(List.of(), data, "no database, log or bundle cache of a local run may ship");
        }
    }

    @Test
    void theJvmSettingsAreShipped() throws IOException {
        try (ZipFile zip = new ZipFile(System.getProperty("posyandu.distribution"))) {
            ZipEntry setenv = zip.stream().filter(e -> e.getName().endsWith("/bin/setenv")).findFirst().orElseThrow();
            String text = new String(zip.getInputStream(setenv).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("JAVA_MAX_MEM"));
            assertTrue(text.contains("disableZip64ExtraFieldValidation"));
        }
    }

    @Test
    void noDefaultCredentialsAndNoDerbyNetworkServerShip() throws IOException {
        try (ZipFile zip = new ZipFile(System.getProperty("posyandu.distribution"))) {
            for (String file : List.of("/etc/users.properties", "/etc/keys.properties")) {
                ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(file)).findFirst().orElse(null);
                if (entry != null) {
                    List<String> active = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                            .lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .filter(l -> !l.startsWith("_g_")).toList(); // group definitions are not users
                    assertEquals(List.of(), active, file + " must not define a user");
                }
            }
            List<String> derbyNet = zip.stream().map(ZipEntry::getName).filter(n -> n.contains("derbynet")).toList();
            assertEquals(List.of(), derbyNet, "Derby runs embedded only: no network server ships");
        }
    }

    @Test
    void featureOperationsRefreshNothing() throws IOException {
        try (ZipFile zip = new ZipFile(System.getProperty("posyandu.distribution"))) {
            ZipEntry cfg = zip.stream().filter(e -> e.getName().endsWith("/etc/org.apache.karaf.features.cfg"))
                    .findFirst().orElseThrow();
            String text = new String(zip.getInputStream(cfg).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("autoRefresh=false"), "installing or removing an SPM module must not refresh the core");
            for (String module : List.of("kesehatan", "pendidikan", "pekerjaan-umum", "perumahan-rakyat",
                    "trantibumlinmas", "sosial")) {
                assertTrue(text.contains("posyandu-spm-" + module + "/"), module + " boots with the distribution");
            }
        }
    }
}
