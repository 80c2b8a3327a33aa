package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class PublicationTimeTest {

    @Test
    void dateAloneIsMidnightUtc() {
        assertThat(PublicationTime.parse("2016-12-13")).isEqualTo(OffsetDateTime.parse("2016-12-13T00:00:00Z"));
    }

    @Test
    void dateTimeKeepsItsOffsetAndItsLocalDate() {
        OffsetDateTime time = PublicationTime.parse("2016-12-13T23:30:00-05:00");

        assertThat(time.getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
        assertThat(time.toLocalDate()).hasToString("2016-12-13");
    }

    @Test
    void dateTimeWithoutOffsetIsUtc() {
        assertThat(PublicationTime.parse("2016-12-13T09:30")).isEqualTo(OffsetDateTime.parse("2016-12-13T09:30:00Z"));
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> PublicationTime.parse("13/12/2016")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> PublicationTime.parse("yesterday")).isInstanceOf(DateTimeParseException.class);
    }
}
