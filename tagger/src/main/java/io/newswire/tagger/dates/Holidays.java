package io.newswire.tagger.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/** The dates of the holidays named in {@code lexicon.tsv}: fixed ones, US Thanksgiving and Western Easter. */
final class Holidays {

    private Holidays() {
    }

    /** The holiday's date in {@code year}; {@code eve} the day before it. */
    static LocalDate date(String holiday, int year, boolean eve) {
        LocalDate day = switch (holiday) {
            case "CHRISTMAS" -> LocalDate.of(year, Month.DECEMBER, 25);
            case "HALLOWEEN" -> LocalDate.of(year, Month.OCTOBER, 31);
            case "THANKSGIVING" -> LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "EASTER" -> easter(year);
            default -> throw new IllegalArgumentException("unknown holiday " + holiday);
        };
        return eve ? day.minusDays(1) : day;
    }

    /** The value of a holiday in a text without a publication date: its day when fixed, else only XXXX. */
    static String withoutYear(String holiday, boolean eve) {
        if (holiday.equals("CHRISTMAS") || holiday.equals("HALLOWEEN")) {
            LocalDate day = date(holiday, 2001, eve);
            return TimexValues.date(TimexValues.UNKNOWN, day.getMonthValue(), day.getDayOfMonth());
        }
        return TimexValues.year(TimexValues.UNKNOWN);
    }

    /** Western Easter Sunday: the anonymous Gregorian computus. */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
