package io.newswire.tagger.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The publication date that underspecified expressions are resolved against ("Sunday", "last week",
 * "10 December"), and the calendar arithmetic on it. Without a publication date every such value keeps its
 * unknown parts as X ("XXXX-12-10").
 */
final class Anchor {

    private static final String[] SEASONS = {"WI", "SP", "SU", "FA"};

    private final LocalDate date;

    Anchor(LocalDate date) {
        this.date = date;
    }

    /** The date {@code days} after the publication date. */
    String day(int days) {
        if (date == null) {
            return "XXXX-XX-XX";
        }
        return format(date.plusDays(days));
    }

    static String format(LocalDate day) {
        return TimexValues.date(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /** The calendar unit {@code shift} units from the one holding the publication date ("last week": -1). */
    String unit(Unit unit, int shift) {
        if (date == null) {
            return switch (unit) {
                case WEEK -> "XXXX-WXX";
                case WEEKEND -> "XXXX-WXX-WE";
                case MONTH -> "XXXX-XX";
                case QUARTER -> "XXXX-QX";
                case HALF -> "XXXX-HX";
                case DECADE -> "XXX";
                case CENTURY -> "XX";
                case YEAR -> "XXXX";
                default -> "XXXX-XX-XX";
            };
        }
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> format(date.plusDays(shift));
            case WEEK -> week(date.plusWeeks(shift));
            case WEEKEND -> week(date.plusWeeks(shift)) + "-WE";
            case MONTH -> {
                LocalDate month = date.plusMonths(shift);
                yield TimexValues.month(month.getYear(), month.getMonthValue());
            }
            case QUARTER -> {
                LocalDate quarter = date.plusMonths(3L * shift);
                yield TimexValues.quarter(quarter.getYear(), quarterOf(quarter));
            }
            case HALF -> {
                LocalDate half = date.plusMonths(6L * shift);
                yield TimexValues.half(half.getYear(), half.getMonthValue() <= 6 ? 1 : 2);
            }
            case YEAR -> TimexValues.year(date.getYear() + shift);
            case DECADE -> Integer.toString(date.getYear() / 10 + shift);
            case CENTURY -> Integer.toString(date.getYear() / 100 + shift);
        };
    }

    /** The weekend a story speaks of: the next one in the future tense, else the last one. */
    String weekend(Tense tense) {
        if (date == null) {
            return "XXXX-WXX-WE";
        }
        LocalDate saturday = tense == Tense.FUTURE
                ? date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : date.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return week(saturday) + "-WE";
    }

    private static String week(LocalDate day) {
        return TimexValues.week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * The date of a weekday: {@code shift} -1 is "last Friday" (strictly before), +1 "next Friday" (strictly
     * after); with no shift the tense decides, and a weekday mentioned without a cue is taken as the most recent,
     * news reporting mostly what happened.
     */
    String weekday(int isoDay, int shift, Tense tense) {
        if (date == null) {
            return "XXXX-WXX-" + isoDay;
        }
        DayOfWeek day = DayOfWeek.of(isoDay);
        LocalDate resolved;
        if (shift < 0) {
            resolved = date.with(TemporalAdjusters.previous(day));
        } else if (shift > 0) {
            resolved = date.with(TemporalAdjusters.next(day));
        } else if (tense == Tense.FUTURE) {
            resolved = date.with(TemporalAdjusters.nextOrSame(day));
        } else {
            resolved = date.with(TemporalAdjusters.previousOrSame(day));
        }
        return format(resolved);
    }

    /**
     * The year of a month (and day, 0 if none) written without one: the nearest such date, unless the tense
     * points the other way and the date is more than a quarter of a year away in the wrong direction ("in
     * August" said in February is last August; "payable Dec. 15" said in November is this one).
     */
    int yearOf(int month, int day, Tense tense) {
        if (date == null) {
            return TimexValues.UNKNOWN;
        }
        int year = date.getYear();
        int here = date.getMonthValue() * 32 + (day == 0 ? 0 : date.getDayOfMonth());
        int ahead = month * 32 + day - here;
        return switch (tense) {
            case PAST -> ahead > 3 * 32 ? year - 1 : year;
            case FUTURE -> ahead < -3 * 32 ? year + 1 : year;
            case UNKNOWN -> ahead > 6 * 32 ? year - 1 : ahead < -6 * 32 ? year + 1 : year;
        };
    }

    /** The year the publication date is in, or {@link TimexValues#UNKNOWN}. */
    int year() {
        return date == null ? TimexValues.UNKNOWN : date.getYear();
    }

    /** The month of the publication date, 1 to 12 (0 when unknown). */
    int month() {
        return date == null ? 0 : date.getMonthValue();
    }

    /** The publication date compared to {@code day}: negative when before it. */
    int compareTo(LocalDate day) {
        return date.compareTo(day);
    }

    /** The quarter of the publication date, 1 to 4 (0 when unknown). */
    int quarter() {
        return date == null ? 0 : quarterOf(date);
    }

    /** The year of an ordinal quarter written without one: a later quarter in the past tense is last year's. */
    int yearOfQuarter(int quarter, Tense tense) {
        if (date == null) {
            return TimexValues.UNKNOWN;
        }
        return tense == Tense.PAST && quarter > quarter() ? date.getYear() - 1 : date.getYear();
    }

    /** The quarter last reported on: the one before the publication date's. */
    String completedQuarter(int yearShift) {
        if (date == null) {
            return "XXXX-QX";
        }
        LocalDate previous = date.minusMonths(3);
        return TimexValues.quarter(previous.getYear() + yearShift, quarterOf(previous));
    }

    /**
     * A season ("SU"): {@code shift} -1 is the last one before the current season, +1 the next one after it,
     * 0 the one of the publication year; without a shift the tense decides like for months.
     */
    String season(String season, int shift, boolean shifted, Tense tense) {
        if (date == null) {
            return TimexValues.season(TimexValues.UNKNOWN, season);
        }
        int target = seasonIndex(season);
        int month = date.getMonthValue();
        int current = month / 3 % 4;
        int year = date.getYear();
        int direction = shifted ? Integer.signum(shift) : tense == Tense.PAST ? -1 : tense == Tense.FUTURE ? 1 : 0;
        if (direction < 0) {
            return TimexValues.season(target < current || (!shifted && target == current) ? year : year - 1, season);
        }
        if (direction > 0) {
            return TimexValues.season(target > current || (!shifted && target == current) ? year : year + 1, season);
        }
        return TimexValues.season(year, season);
    }

    private static int seasonIndex(String season) {
        for (int i = 0; i < SEASONS.length; i++) {
            if (SEASONS[i].equals(season)) {
                return i;
            }
        }
        throw new IllegalArgumentException(season);
    }

    /** A decade written with two digits ("the '80s"): the latest one not after the publication year. */
    String decadeOfTwoDigits(int twoDigits) {
        int year = date == null ? 2000 : date.getYear();
        int century = year / 100;
        if (century * 100 + twoDigits > year) {
            century--;
        }
        return Integer.toString(century * 10 + twoDigits / 10);
    }
}
