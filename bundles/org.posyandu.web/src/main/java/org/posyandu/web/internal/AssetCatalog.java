package org.posyandu.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The app's files, read once from their source and kept with their gzip form and entity tag: a request costs a
 * map look-up, never a compression. The files are part of the bundle and do not change while it runs.
 */
final class AssetCatalog {
    /** Reads a file of the app by its path below the app folder ({@code index.html}); {@code null} if absent. */
    @FunctionalInterface
    interface Source {
        byte[] read(String path) throws IOException;
    }

    private final Source source;
    private final Map<String, Optional<Asset>> assets = new ConcurrentHashMap<>();

    AssetCatalog(Source source) {
        this.source = source;
    }

    /** The file at {@code path} (no leading slash, already checked for {@code ..}), if it exists. */
    Optional<Asset> get(String path) {
        return assets.computeIfAbsent(path, this::load);
    }

    private Optional<Asset> load(String path) {
        byte[] bytes;
        try {
            bytes = source.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes == null) {
            return Optional.empty();
        }
        String type = WebPolicy.contentType(path);
        byte[] gzip = null;
        if (WebPolicy.compressible(type) && bytes.length >= WebPolicy.MIN_COMPRESS_BYTES) {
            byte[] packed = gzip(bytes);
            gzip = packed.length < bytes.length ? packed : null;
        }
        return Optional.of(new Asset(type, bytes, gzip, "\"" + hash(bytes) + "\""));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Its own SHA-256 call, not org.posyandu.api.util.Sha256: the web bundle depends on no Posyandu bundle. */
    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
