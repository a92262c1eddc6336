package org.posyandu.web.internal;

/**
 * One file of the app as served: its bytes, the gzip form made once (or {@code null} when not worth it), and a
 * strong validator computed from the bytes.
 *
 * @param etag the identity representation's entity tag, quoted; the gzip form's tag adds {@code -gz}
 */
record Asset(String contentType, byte[] bytes, byte[] gzip, String etag) {

    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }
}
