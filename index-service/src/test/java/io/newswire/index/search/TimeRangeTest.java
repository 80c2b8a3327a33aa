package io.newswire.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    @Test
    void aDayMonthOrYearStartsAtItsFirstInstantAndEndsBeforeTheNextPeriod() {
        assertThat(TimeRange.start("2016-12-08")).isEqualTo(Instant.parse("2016-12-08T00:00:00Z"));
        assertThat(TimeRange.end("2016-12-08")).isEqualTo(Instant.parse("2016-12-09T00:00:00Z"));
        assertThat(TimeRange.start("2016-12")).isEqualTo(Instant.parse("2016-12-01T00:00:00Z"));
        assertThat(TimeRange.end("2016-12")).isEqualTo(Instant.parse("2017-01-01T00:00:00Z"));
        assertThat(TimeRange.start("2016")).isEqualTo(Instant.parse("2016-01-01T00:00:00Z"));
        assertThat(TimeRange.end("2016")).isEqualTo(Instant.parse("2017-01-01T00:00:00Z"));
    }

    @Test
    void aDateTimeIsItsInstantIncludedToTheMillisecond() {
        assertThat(TimeRange.start("2016-12-08T12:00:00+02:00")).isEqualTo(Instant.parse("2016-12-08T10:00:00Z"));
        assertThat(TimeRange.end("2016-12-08T10:00:00Z")).isEqualTo(Instant.parse("2016-12-08T10:00:00.001Z"));
        assertThat(TimeRange.start("2016-12-08T10:00:00")).isEqualTo(Instant.parse("2016-12-08T10:00:00Z"));
    }

    @Test
    void anythingElseIsRefusedWithTheFormsItMayTake() {
        for (String bad : new String[] {"2016-13-01", "12/08/2016", "yesterday", "2016-12-8", "16"}) {
            assertThatThrownBy(() -> TimeRange.start(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("must be a date (2016-12-08, 2016-12 or 2016)");
        }
    }
}
