package io.newswire.ingest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The configured API keys, held only as SHA-256 digests. A presented key is digested too and compared with every
 * digest by {@link MessageDigest#isEqual}, which takes the same time whatever the bytes: the time taken depends
 * neither on which key matched nor on how much of one did, nor on the keys' lengths, so it tells an attacker nothing
 * about them.
 */
public final class ApiKeys {

    /** Shorter keys can be guessed; a deployment that sets one fails at start-up rather than run weakly protected. */
    static final int MIN_LENGTH = 16;

    private final List<byte[]> digests;

    public ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(String::strip).map(key -> {
            if (key.length() < MIN_LENGTH) {
                throw new IllegalArgumentException(
                        "newswire.ingest.api-keys: every key must be at least " + MIN_LENGTH + " characters long");
            }
            return digest(key);
        }).toList();
    }

    /** Whether any key is configured, i.e. whether authentication is on. */
    public boolean required() {
        return !digests.isEmpty();
    }

    public boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] candidate = digest(presented);
        boolean accepted = false;
        for (byte[] key : digests) {
            accepted |= MessageDigest.isEqual(key, candidate); // no early exit: every key is always compared
        }
        return accepted;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
