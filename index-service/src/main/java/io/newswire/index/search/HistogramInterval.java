package io.newswire.index.search;

import java.util.Locale;

/** The calendar intervals of the publication-date histogram (UTC). */
public enum HistogramInterval {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    public static HistogramInterval parse(String value) {
        for (HistogramInterval interval : values()) {
            if (interval.name().toLowerCase(Locale.ROOT).equals(value)) {
                return interval;
            }
        }
        throw new IllegalArgumentException("must be one of day, week, month, quarter, year");
    }
}
