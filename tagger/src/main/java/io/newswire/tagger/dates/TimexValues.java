package io.newswire.tagger.dates;

/** Writes TIMEX3 values; an unknown year (negative) is written XXXX. */
final class TimexValues {

    static final int UNKNOWN = -1;

    private TimexValues() {
    }

    static String year(int year) {
        return appendYear(new StringBuilder(4), year).toString();
    }

    static String month(int year, int month) {
        return pad2(appendYear(new StringBuilder(7), year).append('-'), month).toString();
    }

    static String date(int year, int month, int day) {
        return pad2(pad2(appendYear(new StringBuilder(10), year).append('-'), month).append('-'), day).toString();
    }

    static String week(int year, int week) {
        return pad2(appendYear(new StringBuilder(8), year).append("-W"), week).toString();
    }

    static String quarter(int year, int quarter) {
        return appendYear(new StringBuilder(7), year).append("-Q").append(quarter).toString();
    }

    static String half(int year, int half) {
        return appendYear(new StringBuilder(7), year).append("-H").append(half).toString();
    }

    static String season(int year, String season) {
        return appendYear(new StringBuilder(7), year).append('-').append(season).toString();
    }

    /** A clock time on a date value: "2016-12-13T14:00". */
    static String time(String date, int hour, int minute) {
        return pad2(pad2(new StringBuilder(16).append(date).append('T'), hour).append(':'), minute).toString();
    }

    private static StringBuilder appendYear(StringBuilder value, int year) {
        if (year < 0) {
            return value.append("XXXX");
        }
        if (year < 1000) {
            value.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        return value.append(year);
    }

    private static StringBuilder pad2(StringBuilder value, int n) {
        return (n < 10 ? value.append('0') : value).append(n);
    }
}
