package io.newswire.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** How a publication time is read wherever one is given: an ISO-8601 date or date-time. */
public final class PublicationTime {

    private PublicationTime() {
    }

    /**
     * "2016-12-13" is midnight UTC of that day; "2016-12-13T09:30:00+02:00" keeps its offset (so its local date is
     * the date the article was written on); a date-time without offset is taken as UTC.
     *
     * @throws DateTimeParseException when the value is none of these
     */
    public static OffsetDateTime parse(String value) {
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
        }
    }
}
