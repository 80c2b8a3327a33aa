package io.newswire.tagger.places;

import java.text.Normalizer;

/**
 * Hashes tokens of place names the same way at gazetteer load and in article text, without allocating: letters
 * are folded to lower case without diacritics ("Bogotá" = "bogota"), periods are dropped ("U.S." = "US" = "us"),
 * and the curly apostrophe is the straight one. A name of several tokens is the chain {@link #extend} of its token
 * hashes. 64-bit keys make a collision among the gazetteer's names improbable (about 1e-8 for a million names).
 */
public final class NameKeys {

    /** The key of no token: the start of every chain. */
    public static final long EMPTY = 0x2545F4914F6CDD1DL;

    /** What a token hashes to when it has nothing left after folding (a lone period). */
    public static final long NOTHING = 0L;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final char[] FOLD = foldTable();

    private NameKeys() {
    }

    /** Hash of the folded characters {@code [start, end)} of {@code text}; {@link #NOTHING} when none remain. */
    public static long hash(String text, int start, int end) {
        long h = FNV_OFFSET;
        boolean any = false;
        for (int i = start; i < end; i++) {
            char c = FOLD[text.charAt(i)];
            if (c != 0) {
                h = (h ^ c) * FNV_PRIME;
                any = true;
            }
        }
        return any ? mix(h) : NOTHING;
    }

    /** The key of a name whose tokens so far have key {@code prefix}, followed by a token of hash {@code token}. */
    public static long extend(long prefix, long token) {
        return mix(prefix * 0x9E3779B97F4A7C15L + token);
    }

    /** The folded form of a whole string, as {@link #hash} sees it (allocates: for build and load time only). */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = FOLD[text.charAt(i)];
            if (c != 0) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static char[] foldTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = foldChar((char) c);
        }
        table['.'] = 0;
        table['\u2019'] = '\'';
        table['\u2018'] = '\'';
        table['\u2010'] = '-';
        table['\u2011'] = '-';
        return table;
    }

    /** Latin letters lose their diacritics (Latin-1, Extended-A/B and Additional); other scripts only lower case. */
    private static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        switch (c) {
            case '\u00D8', '\u00F8' -> { return 'o'; }     // Ø ø
            case '\u0141', '\u0142' -> { return 'l'; }     // Ł ł
            case '\u0110', '\u0111', '\u00D0', '\u00F0' -> { return 'd'; } // Đ đ Ð ð
            case '\u0131' -> { return 'i'; }               // dotless ı
            case '\u00DF' -> { return 's'; }               // ß
            case '\u00C6', '\u00E6' -> { return 'a'; }     // Æ æ
            case '\u0152', '\u0153' -> { return 'o'; }     // Œ œ
            default -> { }
        }
        if (Character.isLetter(c) && (c < 0x0250 || c >= 0x1E00 && c < 0x1F00)) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            return Character.toLowerCase(base);
        }
        return Character.toLowerCase(c);
    }
}
