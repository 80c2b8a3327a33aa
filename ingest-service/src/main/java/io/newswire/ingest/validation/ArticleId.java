package io.newswire.ingest.validation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The deterministic id of an article: the first 128 bits of the SHA-256 of its canonical URL, in hex. Two URLs
 * that differ only in case of scheme or host, a default port, a fragment, tracking parameters or parameter order
 * name the same article, hence the same Kafka key and the same Elasticsearch document.
 */
public final class ArticleId {

    private ArticleId() {
    }

    public static String of(URI url) {
        return hash(canonical(url));
    }

    /** The canonical form of an absolute http(s) URL. */
    static String canonical(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = canonicalQuery(url.getRawQuery());
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !isTracking(parameter))
                .sorted()
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.startsWith("fbclid=") || name.startsWith("gclid=")
                || name.equals("fbclid") || name.equals("gclid");
    }

    private static String hash(String canonicalUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
