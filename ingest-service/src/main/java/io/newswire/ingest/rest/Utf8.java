package io.newswire.ingest.rest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8, as RFC 3629 defines it. Jackson's parser decodes overlong forms (0xC1 0x81 becomes "A") and code
 * points past U+10FFFF without complaint, so a body is checked here before Jackson reads it.
 */
final class Utf8 {

    private static final int CHUNK = 4096;

    private Utf8() {
    }

    /** The offset of the first byte that starts no valid UTF-8 sequence in {@code [from, to)}, or -1. */
    static int firstMalformedByte(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports malformed input, never replaces it
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear(); // only validity matters: the decoded characters are dropped chunk by chunk
        }
    }
}
