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
}
