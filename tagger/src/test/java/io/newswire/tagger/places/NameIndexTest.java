package io.newswire.tagger.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameIndexTest {

    @Test
    void tellsCompleteNamesFromPrefixes() {
        NameIndex index = new NameIndex(4);
        index.addPrefix(11L);
        index.putEntry(11L, 3);
        index.addPrefix(22L);

        int both = index.get(11L);
        assertThat(NameIndex.entry(both)).isEqualTo(3);
        assertThat(NameIndex.continues(both)).isTrue();
        int prefixOnly = index.get(22L);
        assertThat(NameIndex.entry(prefixOnly)).isEqualTo(NameIndex.ABSENT);
        assertThat(NameIndex.continues(prefixOnly)).isTrue();
        assertThat(index.get(33L)).isEqualTo(NameIndex.ABSENT);
    }

    @Test
    void growsBeyondItsExpectedSize() {
        NameIndex index = new NameIndex(2);
        for (long key = 1; key <= 1000; key++) {
            index.putEntry(key * 7919, (int) key);
        }
        assertThat(index.size()).isEqualTo(1000);
        assertThat(NameIndex.entry(index.get(500L * 7919))).isEqualTo(500);
    }
}
