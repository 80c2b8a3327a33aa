package io.newswire.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    private static int firstMalformed(byte... bytes) {
        return Utf8.firstMalformedByte(bytes, 0, bytes.length);
    }

    @Test
    void wellFormedTextOfEveryLengthHasNoMalformedByte() {
        byte[] text = "Palmyra, São Paulo, 北京, 🙂".repeat(1_000).getBytes(StandardCharsets.UTF_8);

        assertThat(Utf8.firstMalformedByte(text, 0, text.length)).isEqualTo(-1);
    }

    @Test
    void overlongFormsSurrogatesAndCodePointsPastTheLastAreMalformed() {
        assertThat(firstMalformed((byte) 'a', (byte) 0xC1, (byte) 0x81)).isEqualTo(1); // overlong "A"
        assertThat(firstMalformed((byte) 0xE0, (byte) 0x80, (byte) 0x80)).isZero(); // overlong U+0000
        assertThat(firstMalformed((byte) 'a', (byte) 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80)).isEqualTo(2);
        assertThat(firstMalformed((byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80)).isZero(); // past U+10FFFF
    }

    @Test
    void aSequenceCutShortIsMalformedEvenAtTheEnd() {
        assertThat(firstMalformed((byte) 'a', (byte) 0xE0, (byte) 0xA0)).isEqualTo(1);
        assertThat(firstMalformed((byte) 0xC3, (byte) 'A')).isZero();
    }

    @Test
    void onlyTheGivenRangeIsChecked() {
        byte[] bytes = {(byte) 0xFF, 'o', 'k', (byte) 0xFF};

        assertThat(Utf8.firstMalformedByte(bytes, 1, 3)).isEqualTo(-1);
        assertThat(Utf8.firstMalformedByte(bytes, 1, 4)).isEqualTo(3);
    }
}
