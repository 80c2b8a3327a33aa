package io.newswire.ingest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static final String FIRST = "first-test-key-0123456789";
    private static final String SECOND = "second-test-key-abcdefghij";

    @Test
    void acceptsEveryConfiguredKeyAndNothingElse() {
        ApiKeys keys = new ApiKeys(List.of(FIRST, " " + SECOND + " "));

        assertThat(keys.required()).isTrue();
        assertThat(keys.accepts(FIRST)).isTrue();
        assertThat(keys.accepts(SECOND)).isTrue();
        assertThat(keys.accepts(FIRST.substring(0, FIRST.length() - 1))).isFalse();
        assertThat(keys.accepts(FIRST + "0")).isFalse();
        assertThat(keys.accepts(FIRST.toUpperCase())).isFalse();
        assertThat(keys.accepts("")).isFalse();
        assertThat(keys.accepts(null)).isFalse();
    }

    @Test
    void noKeyConfiguredMeansNoneIsRequired() {
        assertThat(new ApiKeys(List.of()).required()).isFalse();
    }

    @Test
    void aShortKeyFailsStartUpWithoutShowingTheKey() {
        assertThatThrownBy(() -> new ApiKeys(List.of(FIRST, "short-key")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16 characters")
                .hasMessageNotContaining("short-key");
    }
}
