package io.newswire.tagger.names;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit word or phrase hashes to int bit sets, OR-ed on adding: {@link WordClass}
 * bits in the lexicon, small per-text indexes (stored plus one) elsewhere. Primitive arrays only, so a look-up
 * allocates nothing; sized once for the most keys it will hold.
 */
final class HashedClasses {

    private final long[] keys;
    private final int[] bits;
    private final int mask;
    private int size;

    HashedClasses(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        bits = new int[capacity];
        mask = capacity - 1;
    }

    /** Adds {@code classes} to what {@code key} already has. Key 0 is reserved for empty slots. */
    void add(long key, int classes) {
        long k = key == 0 ? 1 : key;
        int slot = slot(k);
        if (keys[slot] == 0) {
            if (size * 2 >= keys.length) {
                throw new IllegalStateException("more keys than the " + keys.length / 2 + " this table was sized for");
            }
            keys[slot] = k;
            size++;
        }
        bits[slot] |= classes;
    }

    int get(long key) {
        long k = key == 0 ? 1 : key;
        return bits[slot(k)];
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        int slot = (int) WordHash.mix(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The entries sorted by key, so that writing the table is deterministic: {@code [key, bits]} pairs. */
    long[][] entries() {
        long[][] out = new long[size][];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                out[n++] = new long[] {keys[i], bits[i]};
            }
        }
        Arrays.sort(out, (a, b) -> Long.compare(a[0], b[0]));
        return out;
    }
}
