package io.newswire.tagger.names;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Word lists the name finder uses as features: given names, surnames, titles, organization and place words,
 * demonyms, place names and common words. Words and phrases are kept as hashes of their lower-cased tokens
 * ({@link WordHash}), so matching a token or a token sequence allocates nothing. Built by the tagger tools
 * ({@code NameLexiconBuilder}) into the resource {@code names/lexicon.bin}.
 */
public final class NameLexicon {

    private static final int MAGIC = 0x4e4c5831; // "NLX1"

    private final HashedClasses words;
    private final HashedClasses phrases;
    private final int longestPhrase;

    private NameLexicon(HashedClasses words, HashedClasses phrases, int longestPhrase) {
        this.words = words;
        this.phrases = phrases;
        this.longestPhrase = longestPhrase;
    }

    /** The {@link WordClass} bits of a single word, by its {@link WordHash#lower} hash. */
    public int wordClasses(long lowerHash) {
        return words.get(lowerHash);
    }

    /** The {@link WordClass} bits of a phrase of two or more words, by its chained {@link WordHash#extend} hash. */
    public int phraseClasses(long phraseHash) {
        return phrases.get(phraseHash);
    }

    /** The number of words of the longest phrase. */
    public int longestPhrase() {
        return longestPhrase;
    }

    public static NameLexicon read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a name lexicon");
        }
        int longest = data.readInt();
        return new NameLexicon(readTable(data), readTable(data), longest);
    }

    private static HashedClasses readTable(DataInputStream data) throws IOException {
        int size = data.readInt();
        HashedClasses table = new HashedClasses(size);
        for (int i = 0; i < size; i++) {
            table.add(data.readLong(), data.readInt());
        }
        return table;
    }

    /** Collects words and phrases, each given as its lower-cased tokens' hashes, and writes the lexicon. */
    public static final class Builder {

        private final HashedClasses words = new HashedClasses(1 << 19);
        private final HashedClasses phrases = new HashedClasses(1 << 19);
        private int longestPhrase = 1;

        /** Adds a word or phrase given as the {@link WordHash#lower} hashes of its tokens. */
        public Builder add(long[] tokenHashes, WordClass wordClass) {
            if (tokenHashes.length == 1) {
                words.add(tokenHashes[0], wordClass.bit());
            } else if (tokenHashes.length > 1) {
                phrases.add(phraseHash(tokenHashes), wordClass.bit());
                longestPhrase = Math.max(longestPhrase, tokenHashes.length);
            }
            return this;
        }

        public NameLexicon build() {
            return new NameLexicon(copy(words), copy(phrases), longestPhrase);
        }

        private static HashedClasses copy(HashedClasses table) {
            long[][] entries = table.entries();
            HashedClasses copy = new HashedClasses(entries.length);
            for (long[] e : entries) {
                copy.add(e[0], (int) e[1]);
            }
            return copy;
        }
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(longestPhrase);
        writeTable(data, words);
        writeTable(data, phrases);
        data.flush();
    }

    private static void writeTable(DataOutputStream data, HashedClasses table) throws IOException {
        long[][] entries = table.entries();
        data.writeInt(entries.length);
        for (long[] e : entries) {
            data.writeLong(e[0]);
            data.writeInt((int) e[1]);
        }
    }

    static long phraseHash(long[] tokenHashes) {
        long h = WordHash.START;
        for (long t : tokenHashes) {
            h = WordHash.extend(h, t);
        }
        return h;
    }
}
