package org.posyandu.core.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.posyandu.api.error.Errors;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No default credentials: on a first start with no users at all, creates {@code admin} (SUPERADMIN) with the
 * password from the environment variable {@code POSYANDU_ADMIN_PASSWORD}, else from {@code admin.password} in
 * {@code etc/org.posyandu.security.cfg}; with neither (or one that fails the password policy) it generates a
 * strong password, writes it once to {@code <karaf.data>/posyandu-admin-password.txt} readable by the OS
 * user only, and logs where it is. The password itself is never logged.
 */
final class AdminBootstrap {
    static final String ENV = "POSYANDU_ADMIN_PASSWORD";
    static final String CONFIG_KEY = "admin.password";
    static final String USERNAME = "admin";
    static final String FILE_NAME = "posyandu-admin-password.txt";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    /** No look-alikes (0/O, 1/l/I): the password may be read off a screen and typed. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 24; // ~139 bits

    interface Creator {
        /** Creates the user with its audit {@code line} in one transaction; false if it exists already. */
        boolean create(String username, String password, Errors policyErrors, AuditEntry line);
    }

    private final LongSupplier userCount;
    private final Creator creator;

    AdminBootstrap(LongSupplier userCount, Creator creator) {
        this.userCount = userCount;
        this.creator = creator;
    }

    void run(Map<String, Object> config) {
        if (userCount.getAsLong() > 0) {
            return;
        }
        String source = "environment variable " + ENV;
        String password = System.getenv(ENV);
        if (password == null || password.isEmpty()) {
            Object configured = config.get(CONFIG_KEY);
            password = configured == null ? null : configured.toString();
            source = "'" + CONFIG_KEY + "' in etc/" + SecurityConfig.PID + ".cfg";
        }
        if (password != null && !password.isEmpty()) {
            Errors errors = new Errors();
            if (creator.create(USERNAME, password, errors, created(source))) {
                LOG.info("Created the first SUPERADMIN '{}' with the password from {}.", USERNAME, source);
                return;
            }
            if (!errors.isEmpty()) {
                LOG.error("The password in {} does not meet the password policy ({}); generating one instead.",
                        source, errors.list().stream().map(e -> e.messageEn()).collect(Collectors.joining(" ")));
            } else {
                return; // another node created the admin at the same moment
            }
        }
        String generated = generate();
        Path file = Path.of(System.getProperty("karaf.data", "data")).resolve(FILE_NAME).toAbsolutePath();
        try {
            writeOwnerOnly(file, generated);
        } catch (IOException e) {
            LOG.error("Cannot write the generated admin password to {}; no admin user created. Set {} and restart.",
                    file, ENV, e);
            return;
        }
        if (creator.create(USERNAME, generated, new Errors(), created("generated, file " + file))) {
            LOG.warn("Created the first SUPERADMIN '{}' with a generated password, written to {} (readable by this "
                    + "OS user only). Log in, change it, and delete the file.", USERNAME, file);
        }
    }

    private static AuditEntry created(String source) {
        return new AuditEntry(0, Instant.now(), "system", null, "USER_CREATE", "user", null, null, 201,
                USERNAME + " " + Role.SUPERADMIN + " (" + source + ")");
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Creates the file with mode 600 before any byte is written (no window where others can read it). */
    static void writeOwnerOnly(Path file, String secret) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) { // not a POSIX file system
            Files.createFile(file);
            file.toFile().setReadable(false, false);
            file.toFile().setWritable(false, false);
            file.toFile().setReadable(true, true);
            file.toFile().setWritable(true, true);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("someone else created " + file + " meanwhile", e);
        }
        Files.writeString(file, secret + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
