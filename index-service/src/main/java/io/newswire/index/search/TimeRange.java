package io.newswire.index.search;

import io.newswire.model.PublicationTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A span of time from {@code from} (inclusive) until {@code until} (exclusive); a null end is open. Bounds are read
 * from what a user writes: a year, a month or a day stands for the whole period (UTC), so {@code to=2016-12-11}
 * includes all of 11 December; a date-time stands for that instant, included.
 */
public record TimeRange(Instant from, Instant until) {

    public static final TimeRange ALWAYS = new TimeRange(null, null);

    private static final String FORMS = "must be a date (2016-12-08, 2016-12 or 2016) or a date-time "
            + "(2016-12-08T10:00:00Z)";

    public boolean isOpen() {
        return from == null && until == null;
    }

    /** The first instant of the period the value names. */
    public static Instant start(String value) {
        try {
            return switch (value.length()) {
                case 4 -> Year.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 7 -> YearMonth.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 10 -> LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                default -> PublicationTime.parse(value).toInstant();
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(FORMS);
        }
    }

    /** The first instant after the period the value names; after the instant itself for a date-time. */
    public static Instant end(String value) {
        try {
            return switch (value.length()) {
                case 4 -> Year.parse(value).plusYears(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 7 -> YearMonth.parse(value).plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 10 -> LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                // Elasticsearch keeps dates to the millisecond.
                default -> PublicationTime.parse(value).toInstant().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(FORMS);
        }
    }
}
