package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    @Test
    void retryAfterInSecondsIsHonoured() {
        assertThat(LoadGenerator.retryAfterMillis("3")).isEqualTo(3000);
        assertThat(LoadGenerator.retryAfterMillis(" 1 ")).isEqualTo(1000);
    }

    @Test
    void aMissingOrDateRetryAfterWaitsOneSecond() {
        assertThat(LoadGenerator.retryAfterMillis(null)).isEqualTo(1000);
        assertThat(LoadGenerator.retryAfterMillis("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(1000);
    }

    @Test
    void aZeroRetryAfterStillWaitsALittle() {
        assertThat(LoadGenerator.retryAfterMillis("0")).isEqualTo(100);
    }

    @Test
    void theIdIsReadFromThe202Body() {
        assertThat(LoadGenerator.id("{\"id\":\"5c0b0b5c3c9a4f3e9d1f2e8a7b6c5d4e\"}"))
                .isEqualTo("5c0b0b5c3c9a4f3e9d1f2e8a7b6c5d4e");
        assertThatThrownBy(() -> LoadGenerator.id("{}")).isInstanceOf(IllegalStateException.class);
    }
}
