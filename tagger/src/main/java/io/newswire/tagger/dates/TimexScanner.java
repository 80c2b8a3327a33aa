package io.newswire.tagger.dates;

import io.newswire.model.TemporalExpression;
import io.newswire.model.TimexType;
import io.newswire.tagger.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the temporal expressions of one text. Each token is looked up once in the {@link Lexicon}; a token that
 * can head an expression (a month, a weekday, a number, a unit...) is matched forward over what may follow it and
 * backward over the modifiers that belong to the span ("the", "last", "early", "about"), never before the end of
 * the previous expression. One instance per text; not thread-safe.
 */
final class TimexScanner {

    private static final int NONE = -1;
    /** A vague count: "several", "a few". */
    private static final int SOME = -2;

    private final Lexicon lexicon;
    private final NumberReader numbers;
    private final Tokens tokens;
    private final String text;
    private final Anchor anchor;
    private final int size;
    private final int[] entries;
    private final TenseCues tenses;
    private final List<TemporalExpression> found = new ArrayList<>();

    /** The first token a new expression may include: the ones before it belong to an expression found. */
    private int floor;
    /** Set by {@link #withShift}: the shift read ("last": -1) and whether one was. */
    private int shift;
    private boolean shifted;
    /** Set by the readers of multi-token parts ({@link #yearAt}, {@link #dateAfter}): the token after the part. */
    private int partEnd;
    /** Set by {@link #yearAt}: the year read. */
    private int partYear;
    /**
     * The last quarter named with its year ("the third quarter": 1989, 3), or quarter 0: financial news
     * compares with "a year earlier" meaning that quarter of the previous year.
     */
    private int focusYear;
    private int focusQuarter;
    /** The last year written in the text, which "the previous year" and "that year" count from; 0 if none. */
    private int narrativeYear;

    TimexScanner(Lexicon lexicon, NumberReader numbers, Tokens tokens, LocalDate publicationDate) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.tokens = tokens;
        this.text = tokens.text();
        this.anchor = new Anchor(publicationDate);
        this.size = tokens.size();
        this.entries = new int[size];
        for (int t = 0; t < size; t++) {
            entries[t] = lexicon.lookup(text, tokens.start(t), tokens.end(t));
        }
        this.tenses = new TenseCues(lexicon, tokens, entries);
    }

    List<TemporalExpression> scan() {
        int t = 0;
        while (t < size) {
            int end = match(t);
            if (end > t) {
                floor = end;
                t = end;
            } else {
                t++;
            }
        }
        return found;
    }

    /** Matches an expression headed by token {@code t}; returns the token after it, or NONE. */
    private int match(int t) {
        int entry = entries[t];
        if (entry == Lexicon.NONE) {
            char first = tokens.firstChar(t);
            if (first >= '0' && first <= '9') {
                return number(t);
            }
            return Character.isLetter(first) && hyphen(t) > 0 ? hyphenated(t) : NONE;
        }
        int end = NONE;
        if (lexicon.is(entry, Kind.MONTH)) {
            end = month(t);
        } else if (lexicon.is(entry, Kind.WEEKDAY)) {
            end = weekday(t);
        } else if (lexicon.is(entry, Kind.WEEKDAYS)) {
            end = emit(withEvery(t), t + 1, TimexType.SET, "XXXX-WXX-" + num(t, Kind.WEEKDAYS));
        } else if (lexicon.is(entry, Kind.DAY)) {
            end = deicticDay(t);
        } else if (lexicon.is(entry, Kind.REF)) {
            end = reference(t);
        }
        if (end == NONE && lexicon.is(entry, Kind.ORDINAL)) {
            end = ordinal(t, num(t, Kind.ORDINAL), t + 1);
        }
        if (end == NONE && lexicon.is(entry, Kind.NUMBER)) {
            end = wordNumber(t);
        }
        if (end == NONE && (lexicon.is(entry, Kind.UNIT) || lexicon.is(entry, Kind.UNITS))) {
            end = unit(t);
        }
        if (end == NONE && lexicon.is(entry, Kind.SEASON)) {
            end = season(t);
        }
        if (end == NONE && lexicon.is(entry, Kind.PART_OF_DAY)) {
            end = partOfDay(t);
        }
        if (end == NONE && lexicon.is(entry, Kind.CLOCK)) {
            end = clock(t, num(t, Kind.CLOCK), 0, t + 1);
        }
        if (end == NONE && lexicon.is(entry, Kind.FREQUENCY)) {
            end = frequency(t);
        }
        if (end == NONE && lexicon.is(entry, Kind.HOLIDAY)) {
            end = holiday(t);
        }
        if (end == NONE && lexicon.is(entry, Kind.DECADE_WORD) && free(t - 1) && is(t - 1, Kind.THE)) {
            end = emit(withEdge(t - 1), t + 1, TimexType.DATE, anchor.decadeOfTwoDigits(num(t, Kind.DECADE_WORD) * 10));
        }
        if (end == NONE && lexicon.is(entry, Kind.SHIFT)) {
            end = thePast(t);
        }
        return end;
    }

    // ---- months, days of the month, years

    /** "December", "10 December 2016" is read from the number; here "December 10, 2016", "May 2015"... */
    private int month(int t) {
        if (!tokens.isCapitalized(t)) {
            return NONE; // "may", "march" are verbs
        }
        int month = num(t, Kind.MONTH);
        int next = t + 1;
        if (next < size && tokens.firstChar(next) >= '0' && tokens.firstChar(next) <= '9') {
            int hyphen = hyphen(next);
            if (hyphen > 0) {
                return dayRangeAfterMonth(t, month, next, hyphen);
            }
        }
        int day = dayOfMonth(next);
        if (day != NONE) {
            int year = yearAfter(next + 1);
            int end = partEnd;
            int first = withEdge(t);
            if (free(first - 1) && word(first - 1, "around")) {
                first--;
            }
            if (year == NONE) {
                year = anchor.yearOf(month, day, tense(first, end));
            }
            return emit(first, end, TimexType.DATE, TimexValues.date(year, month, day));
        }
        int afterComma = word(next, ",") || word(next, "of") ? next + 1 : next;
        if (yearAt(afterComma)) {
            return emit(withEdge(t), partEnd, TimexType.DATE, TimexValues.month(partYear, month));
        }
        // "January this year", "June last year"
        if (is(next, Kind.SHIFT) && is(next + 1, Kind.UNIT) && unitOf(next + 1) == Unit.YEAR) {
            int year = anchor.year() < 0 ? TimexValues.UNKNOWN : anchor.year() + num(next, Kind.SHIFT);
            return emit(withEdge(t), next + 2, TimexType.DATE, TimexValues.month(year, month));
        }
        int first = withShift(t);
        if (free(first - 1) && is(first - 1, Kind.EVERY)) {
            return emit(first - 1, t + 1, TimexType.SET, TimexValues.month(TimexValues.UNKNOWN, month));
        }
        if (!shifted && month == 5 && !introducesMonth(t - 1)) {
            return NONE; // "May" the modal verb or the name
        }
        first = withEdge(first);
        int year;
        if (shifted) {
            year = shiftedYear(month, shift);
        } else {
            year = anchor.yearOf(month, 0, tense(first, t + 1));
        }
        return emit(first, t + 1, TimexType.DATE, TimexValues.month(year, month));
    }

    /** The year of "last April" (the latest April before this month), "next April", "this April". */
    private int shiftedYear(int month, int shift) {
        int year = anchor.year();
        if (year < 0) {
            return year;
        }
        int current = anchor.month();
        if (shift < 0) {
            return month < current ? year : year - 1;
        }
        if (shift > 0) {
            return month > current ? year : year + 1;
        }
        return year;
    }

    /** Whether the token before a bare "May" makes it the month: a preposition or a modifier. */
    private boolean introducesMonth(int before) {
        if (before < 0 || tokens.isSentenceStart(before + 1)) {
            return false;
        }
        return is(before, Kind.EDGE) || word(before, "in") || word(before, "since") || word(before, "by")
                || word(before, "until") || word(before, "through") || word(before, "during") || word(before, "from")
                || word(before, "to") || word(before, "of") || word(before, "before") || word(before, "after")
                || word(before, "between") || word(before, "and") || word(before, "or") || word(before, "-");
    }

    /** "December 10-11": two dates, "December 10" and "11". */
    private int dayRangeAfterMonth(int t, int month, int range, int hyphen) {
        int from = NumberReader.digits(text, tokens.start(range), hyphen);
        int to = NumberReader.digits(text, hyphen + 1, tokens.end(range));
        return dayRange(t, month, from, to, hyphen, range + 1);
    }

    /**
     * Two days of one month, "10-11 December" or "December 10-11": the first date ends at the hyphen, the second
     * starts after it and runs on to the year if one follows ({@code after} is the token after the month and days).
     */
    private int dayRange(int t, int month, int from, int to, int hyphen, int after) {
        if (!isDay(from) || !isDay(to) || to <= from) {
            return NONE;
        }
        int year = yearAfter(after);
        int end = partEnd;
        if (year == NONE) {
            year = anchor.yearOf(month, from, tense(t, end));
        }
        emitChars(tokens.start(t), hyphen, TimexType.DATE, TimexValues.date(year, month, from));
        emitChars(hyphen + 1, tokens.end(end - 1), TimexType.DATE, TimexValues.date(year, month, to));
        return end;
    }

    /** The year after a day and month, with or without a comma: sets {@link #partEnd}; NONE if there is none. */
    private int yearAfter(int end) {
        int afterComma = word(end, ",") ? end + 1 : end;
        if (yearAt(afterComma)) {
            return partYear;
        }
        partEnd = end;
        return NONE;
    }

    /** A day of the month at {@code t}: "10", "10th", "eighth". */
    private int dayOfMonth(int t) {
        if (t >= size) {
            return NONE;
        }
        int day = numbers.ordinal(text, tokens.start(t), tokens.end(t));
        if (day == NONE) {
            day = NumberReader.digits(text, tokens.start(t), tokens.end(t));
            if (day != NONE && (tokens.length(t) > 2 || is(t + 1, Kind.MERIDIEM))) { // "Friday 5 p.m.": an hour
                return NONE;
            }
        }
        return isDay(day) ? day : NONE;
    }

    private static boolean isDay(int day) {
        return day >= 1 && day <= 31;
    }

    /** Reads a year at {@code t} ("2016", "nineteen ninety-six") into {@link #partYear}/{@link #partEnd}. */
    private boolean yearAt(int t) {
        if (t >= size) {
            return false;
        }
        char first = tokens.firstChar(t);
        if (first >= '0' && first <= '9') {
            int year = NumberReader.digits(text, tokens.start(t), tokens.end(t));
            if (tokens.length(t) == 4 && isYear(year) && !notAYear(t)) {
                partYear = year;
                partEnd = t + 1;
                narrativeYear = year;
                return true;
            }
            return false;
        }
        return spokenYear(t);
    }

    /** "nineteen ninety-six": a number of hundreds from 11 to 20 followed by a number below 100. */
    private boolean spokenYear(int t) {
        if (!is(t, Kind.NUMBER) || t + 1 >= size) {
            return false;
        }
        int hundreds = num(t, Kind.NUMBER);
        if (hundreds < 11 || hundreds > 20) {
            return false;
        }
        int rest = numbers.word(text, tokens.start(t + 1), tokens.end(t + 1));
        if (rest < 10 || rest > 99) {
            return false;
        }
        partYear = hundreds * 100 + rest;
        partEnd = t + 2;
        narrativeYear = partYear;
        return true;
    }

    private static boolean isYear(int year) {
        return year >= 1000 && year <= 2099;
    }

    /** A four-digit number that counts something rather than naming a year: "$1990", "1990 percent". */
    private boolean notAYear(int t) {
        if (t > 0) {
            char before = tokens.firstChar(t - 1);
            if (tokens.length(t - 1) == 1
                    && (before == '$' || before == '#' || before == '\u00A3' || before == '\u20AC')) {
                return true;
            }
        }
        return word(t + 1, "%") || word(t + 1, "percent") || word(t + 1, "pct");
    }

    /** Numbers: dates in digits, days before a month, years, decades, clock times and counts of units. */
    private int number(int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        int slash = NumberReader.indexOf(text, start, end, '/');
        if (slash > 0) {
            return slashDate(t, slash);
        }
        int colon = NumberReader.indexOf(text, start, end, ':');
        if (colon > 0) {
            return clockWithMinutes(t, colon);
        }
        int hyphen = hyphen(t);
        if (hyphen > 0) {
            return hyphenated(t);
        }
        int value = NumberReader.digits(text, start, end);
        if (value == NumberReader.NONE) {
            return suffixedNumber(t);
        }
        int matched = dayBeforeMonth(t, value);
        if (matched != NONE) {
            return matched;
        }
        if (tokens.length(t) == 4 && is(t + 1, Kind.ZONE) && value % 100 < 60 && value / 100 <= 24) {
            return clock(t, value / 100, value % 100, t + 1); // "1130 GMT"
        }
        if (tokens.length(t) == 4 && isYear(value) && !notAYear(t)) {
            return year(t, value);
        }
        if (is(t + 1, Kind.MERIDIEM) && value >= 1 && value <= 12) {
            return clock(t, value + num(t + 1, Kind.MERIDIEM) % 24, 0, t + 2);
        }
        if (value >= 1 && value <= 12 && word(t + 1, "o'clock")) {
            return clock(t, value, 0, t + 2);
        }
        return count(t, value);
    }

    /** "10 December", "10th of December 2016", "10 Dec.": a day before a month. */
    private int dayBeforeMonth(int t, int day) {
        if (!isDay(day) && day != NONE) {
            return NONE;
        }
        int m = word(t + 1, "of") ? t + 2 : t + 1;
        if (!is(m, Kind.MONTH) || !tokens.isCapitalized(m)) {
            return NONE;
        }
        int month = num(m, Kind.MONTH);
        int year = yearAfter(m + 1);
        int end = partEnd;
        int first = withEdge(t);
        if (year == NONE) {
            year = anchor.yearOf(month, day, tense(first, end));
        }
        return emit(first, end, TimexType.DATE, TimexValues.date(year, month, day));
    }

    /** "10th", "1990s", "80s", "20th century". */
    private int suffixedNumber(int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        int ordinal = NumberReader.ordinalDigits(text, start, end);
        if (ordinal != NumberReader.NONE) {
            int matched = dayBeforeMonth(t, ordinal);
            return matched != NONE ? matched : ordinal(t, ordinal, t + 1);
        }
        if (text.charAt(end - 1) == 's') {
            int decade = NumberReader.digits(text, start, end - 1);
            if (decade % 10 == 0 && end - 1 - start == 4 && isYear(decade)) {
                return emit(withEdge(withThe(t)), t + 1, TimexType.DATE, Integer.toString(decade / 10));
            }
            if (decade % 10 == 0 && end - 1 - start == 2 && t > 0 && isApostrophe(t - 1) && free(t - 1)) {
                return emit(withEdge(withThe(t - 1)), t + 1, TimexType.DATE, anchor.decadeOfTwoDigits(decade));
            }
        }
        return NONE;
    }

    private boolean isApostrophe(int t) {
        return tokens.length(t) == 1 && (tokens.firstChar(t) == '\'' || tokens.firstChar(t) == '\u2019');
    }

    /** A year: "2015", "fiscal 1989", "the end of 1990", "the year 2000", "1988 second quarter". */
    private int year(int t, int year) {
        narrativeYear = year;
        if (is(t + 1, Kind.ORDINAL) && quarterOrHalfAt(t + 2)) {
            String value = ordinalPeriod(unitOf(partEnd - 1), num(t + 1, Kind.ORDINAL), year);
            return emit(withThe(t), partEnd, TimexType.DATE, value);
        }
        boolean period = word(t + 1, "period") || is(t + 1, Kind.UNIT) && unitOf(t + 1) == Unit.QUARTER;
        if (period && free(t - 1) && is(t - 1, Kind.THE)) {
            int quarter = focusQuarter != 0 ? focusQuarter : Math.max(1, anchor.quarter() - 1);
            return emit(t - 1, t + 2, TimexType.DATE, TimexValues.quarter(year, quarter)); // "the 1988 period"
        }
        int first = t;
        if (free(t - 1) && is(t - 1, Kind.FISCAL)) {
            first = t - 1;
        } else if (free(t - 2) && is(t - 1, Kind.UNIT) && unitOf(t - 1) == Unit.YEAR && is(t - 2, Kind.THE)) {
            first = t - 2;
        }
        return emit(withEdge(first), t + 1, TimexType.DATE, TimexValues.year(year));
    }

    /** "12/10/2016" (month first, unless the first number cannot be a month) and "12/10/16". */
    private int slashDate(int t, int slash) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        int second = NumberReader.indexOf(text, slash + 1, end, '/');
        if (second < 0) {
            return NONE; // "1/2" is a fraction more often than a date
        }
        int a = NumberReader.digits(text, start, slash);
        int b = NumberReader.digits(text, slash + 1, second);
        int year = NumberReader.digits(text, second + 1, end);
        if (end - second - 1 == 2 && year != NumberReader.NONE) {
            year += year < 50 ? 2000 : 1900;
        } else if (end - second - 1 != 4) {
            return NONE;
        }
        int month = a;
        int day = b;
        if (a > 12) {
            month = b;
            day = a;
        }
        if (month < 1 || month > 12 || !isDay(day)) {
            return NONE;
        }
        return emit(t, t + 1, TimexType.DATE, TimexValues.date(year, month, day));
    }

    // ---- clock times

    /** "10:35", "10:35 a.m.": minutes need a meridiem, a zone or a preceding "at" to be a time. */
    private int clockWithMinutes(int t, int colon) {
        int hour = NumberReader.digits(text, tokens.start(t), colon);
        int minute = NumberReader.digits(text, colon + 1, tokens.end(t));
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || tokens.end(t) - colon != 3) {
            return NONE;
        }
        if (is(t + 1, Kind.MERIDIEM)) {
            if (hour > 12) {
                return NONE;
            }
            return clock(t, hour % 12 + num(t + 1, Kind.MERIDIEM), minute, t + 2);
        }
        if (is(t + 1, Kind.ZONE) || word(t - 1, "at")) {
            return clock(t, hour, minute, t + 1);
        }
        return NONE;
    }

    /**
     * A clock time whose words end before {@code end}, with what may follow it: a zone and a day
     * ("5 p.m. EST Nov. 9", "noon Thursday", "4 in the morning").
     */
    private int clock(int t, int hour, int minute, int end) {
        if (hour == 12 + 12) {
            hour = is(t, Kind.CLOCK) ? 24 : 12; // "12 p.m." is noon
        }
        if (is(end, Kind.ZONE)) {
            end++;
        }
        if (word(end, "in") && is(end + 1, Kind.THE) && is(end + 2, Kind.PART_OF_DAY)) {
            if (hour < 12 && lexicon.name(entries[end + 2], Kind.PART_OF_DAY).compareTo("MO") != 0) {
                hour += 12;
            }
            end += 3;
        }
        int dayStart = word(end, ",") ? end + 1 : end;
        String date = dateAfter(dayStart);
        if (date != null) {
            end = partEnd;
        } else {
            date = dayJustNamed(t);
        }
        int first = withApprox(t);
        return emit(first, end, TimexType.TIME, TimexValues.time(date, hour, minute));
    }

    /**
     * The day of a clock time written after one: "on Tuesday at 2 p.m." is on that Tuesday; otherwise the
     * publication date.
     */
    private String dayJustNamed(int t) {
        int before = word(t - 1, "at") ? t - 2 : t - 1;
        if (before >= 0 && before == floor - 1 && !found.isEmpty()) {
            String value = found.get(found.size() - 1).value();
            if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
                return value;
            }
        }
        return anchor.day(0);
    }

    /** A day named after a clock time: a weekday, "today", "Nov. 9"; sets {@link #partEnd}. */
    private String dateAfter(int t) {
        if (is(t, Kind.WEEKDAY)) {
            partEnd = t + 1;
            return anchor.weekday(num(t, Kind.WEEKDAY), 0, tense(t, t + 1));
        }
        if (is(t, Kind.DAY)) {
            partEnd = t + 1;
            return anchor.day(num(t, Kind.DAY));
        }
        if (is(t, Kind.MONTH) && tokens.isCapitalized(t)) {
            int day = dayOfMonth(t + 1);
            if (day != NONE) {
                int month = num(t, Kind.MONTH);
                partEnd = t + 2;
                return TimexValues.date(anchor.yearOf(month, day, tense(t, t + 2)), month, day);
            }
        }
        return null;
    }

    // ---- weekdays, named days and parts of the day

    /** "Friday", "last Friday", "Friday night", "Thursday, April 6", "each Thursday". */
    private int weekday(int t) {
        int weekday = num(t, Kind.WEEKDAY);
        int next = word(t + 1, ",") ? t + 2 : t + 1;
        if (is(next, Kind.MONTH) && tokens.isCapitalized(next)) {
            int day = dayOfMonth(next + 1);
            if (day != NONE) {
                int month = num(next, Kind.MONTH);
                int year = yearAfter(next + 2);
                int end = partEnd;
                int first = withShift(t);
                if (year == NONE) {
                    year = anchor.yearOf(month, day, tense(first, end));
                }
                return emit(first, end, TimexType.DATE, TimexValues.date(year, month, day));
            }
        }
        int day = dayOfMonth(next);
        if (day != NONE && is(next + 1, Kind.MONTH) && tokens.isCapitalized(next + 1)) {
            int month = num(next + 1, Kind.MONTH);
            return emit(t, next + 2, TimexType.DATE,
                    TimexValues.date(anchor.yearOf(month, day, tense(t, next + 2)), month, day));
        }
        if (free(t - 1) && is(t - 1, Kind.EVERY)) {
            return emit(t - 1, t + 1, TimexType.SET, "XXXX-WXX-" + weekday);
        }
        int first = withShift(t);
        if (shifted) {
            first = withThe(first);
        }
        if (!word(first - 1, "earlier") && !word(first - 1, "later")) {
            first = withEdge(first); // "early Tuesday", but "Earlier Friday, ..." is a clause of its own
        }
        String date = anchor.weekday(weekday, shifted ? shift : 0, tense(first, t + 1));
        if (is(t + 1, Kind.PART_OF_DAY)) {
            return emit(first, t + 2, TimexType.DATE, date + 'T' + lexicon.name(entries[t + 1], Kind.PART_OF_DAY));
        }
        return emit(first, t + 1, TimexType.DATE, date);
    }

    /** "today", "yesterday", "late yesterday", "yesterday morning", "tonight". */
    private int deicticDay(int t) {
        String date = anchor.day(num(t, Kind.DAY));
        int first = t;
        if (free(t - 1) && (is(t - 1, Kind.PART_OF_DAY) || is(t - 1, Kind.EDGE))) {
            first = t - 1;
        } else if (free(t - 1) && hyphen(t - 1) > 0 && is(t - 1, Kind.EDGE)) {
            first = t - 1;
        }
        if (is(t, Kind.PART_OF_DAY)) { // "tonight"
            return emit(first, t + 1, TimexType.TIME, date + 'T' + lexicon.name(entries[t], Kind.PART_OF_DAY));
        }
        if (is(t + 1, Kind.PART_OF_DAY)) {
            return emit(first, t + 2, TimexType.TIME, date + 'T' + lexicon.name(entries[t + 1], Kind.PART_OF_DAY));
        }
        if (first < t && is(first, Kind.PART_OF_DAY)) {
            return emit(first, t + 1, TimexType.TIME, date + 'T' + lexicon.name(entries[first], Kind.PART_OF_DAY));
        }
        return emit(first, t + 1, TimexType.DATE, date);
    }

    /** "this morning", "last night", "early this morning". */
    private int partOfDay(int t) {
        if (!free(t - 1) || !is(t - 1, Kind.SHIFT)) {
            return NONE;
        }
        int shift = num(t - 1, Kind.SHIFT);
        String part = lexicon.name(entries[t], Kind.PART_OF_DAY);
        if (shift > 0 || shift < 0 && !part.equals("NI") || !word(t - 1, "this") && shift == 0) {
            return NONE;
        }
        int first = withEdge(t - 1);
        return emit(first, t + 1, TimexType.TIME, anchor.day(shift) + 'T' + part);
    }

    /** "now", "currently", "recently", "the future": references to the present, past or future. */
    private int reference(int t) {
        String value = lexicon.name(entries[t], Kind.REF);
        int first = t;
        switch (value) {
            case "FUTURE_REF" -> {
                if (free(t - 1) && (word(t - 1, "near") || word(t - 1, "distant"))) {
                    first = t - 1;
                }
                if (free(first - 1) && is(first - 1, Kind.THE)) {
                    first--;
                } else if (!word(t - 1, "in")) {
                    return NONE; // "future" as an adjective
                }
            }
            case "PRESENT_REF" -> {
                if (is(t + 1, Kind.UNIT) || is(t + 1, Kind.UNITS) || is(t + 1, Kind.FISCAL) || is(t + 1, Kind.SEASON)
                        || is(t + 1, Kind.ORDINAL)) {
                    return NONE; // "current quarter": read from the unit
                }
                if (free(t - 1) && word(t - 1, "right")) {
                    first = t - 1;
                }
            }
            default -> {
                if (free(t - 1) && (word(t - 1, "more") || word(t - 1, "most"))) {
                    first = t - 1;
                }
            }
        }
        return emit(first, t + 1, TimexType.DATE, value);
    }

    /** "the past" on its own; "the past two years" is read from the number. */
    private int thePast(int t) {
        if (!word(t, "past") || !free(t - 1) || !is(t - 1, Kind.THE) || startsPeriod(t + 1)) {
            return NONE;
        }
        return emit(t - 1, t + 1, TimexType.DATE, "PAST_REF");
    }

    private boolean startsPeriod(int t) {
        if (t >= size) {
            return false;
        }
        char first = tokens.firstChar(t);
        return first >= '0' && first <= '9' || is(t, Kind.NUMBER) || is(t, Kind.UNIT) || is(t, Kind.UNITS)
                || is(t, Kind.FEW) || is(t, Kind.ARTICLE) || is(t, Kind.SEASON) || is(t, Kind.WEEKDAY)
                || is(t, Kind.MONTH) || is(t, Kind.FISCAL) || hyphen(t) > 0;
    }

    // ---- units and counts

    /** A count in words: "two weeks"; or a year spoken in words. */
    private int wordNumber(int t) {
        if (spokenYear(t)) {
            int end = partEnd;
            int first = t;
            if (free(t - 2) && is(t - 1, Kind.UNIT) && unitOf(t - 1) == Unit.YEAR && is(t - 2, Kind.THE)) {
                first = t - 2;
            }
            return emit(withEdge(first), end, TimexType.DATE, TimexValues.year(partYear));
        }
        return count(t, num(t, Kind.NUMBER));
    }

    /**
     * A count of units: "three days" (a duration), "two years ago" (a date), "the past two months",
     * "nearly forty years", "the first nine months".
     */
    private int count(int t, int count) {
        int u = t + 1;
        if (word(u, "more") || word(u, "additional") || word(u, "full") || word(u, "straight")
                || word(u, "consecutive") || word(u, "trading") || word(u, "business")) {
            u++;
        }
        boolean plural = is(u, Kind.UNITS);
        if (!plural && !is(u, Kind.UNIT)) {
            return NONE;
        }
        Unit unit = plural ? lexicon.unit(entries[u], Kind.UNITS) : lexicon.unit(entries[u], Kind.UNIT);
        if (!isPeriod(unit, u + 1)) {
            return NONE;
        }
        return period(t, u + 1, count, unit);
    }

    /**
     * A count of a unit, from {@code t} to {@code end}: a duration, or a date when "ago" follows; the modifiers
     * before the count belong to the span.
     */
    private int period(int t, int end, int count, Unit unit) {
        if (is(end, Kind.AGO) && !word(end + 1, "than")) {
            int direction = num(end, Kind.AGO);
            int first = withApprox(t);
            return emit(first, end + 1, TimexType.DATE, relative(unit, count, direction));
        }
        if (word(end, "or") && word(end + 1, "so")) {
            end += 2;
        }
        int first = t;
        if (free(first - 1) && is(first - 1, Kind.SHIFT)) {
            first--;
        } else if (free(first - 1) && is(first - 1, Kind.ORDINAL) && num(first - 1, Kind.ORDINAL) == 1) {
            first--;
        }
        first = withThe(first);
        first = withApprox(first);
        if (free(first - 1) && is(first - 1, Kind.EVERY)) {
            return emit(first - 1, end, TimexType.SET, unit.duration(count));
        }
        return emit(first, end, TimexType.DURATION, unit.duration(count));
    }

    /**
     * Whether a count of units ending before {@code after} is a period of time: not an age ("52 years old"),
     * not a fraction ("three quarters of", "a half").
     */
    private boolean isPeriod(Unit unit, int after) {
        if (unit == Unit.HALF || word(after, "old")) {
            return false;
        }
        return unit != Unit.QUARTER || !word(after, "of");
    }

    /** The date {@code count} units before (direction -1) or after the publication date. */
    private String relative(Unit unit, int count, int direction) {
        if (count < 0) {
            return direction < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        int shift = count * direction;
        return switch (unit) {
            case DECADE -> anchor.unit(Unit.YEAR, shift * 10);
            case CENTURY -> anchor.unit(Unit.YEAR, shift * 100);
            case SECOND, MINUTE, HOUR -> anchor.day(0);
            case WEEKEND -> anchor.unit(Unit.WEEK, shift) + "-WE";
            default -> anchor.unit(unit, shift);
        };
    }

    /**
     * A unit without a count: "last week", "the year", "a year ago", "a few days", "each year", "for years",
     * "these days", "the current fiscal year", "this year's third quarter".
     */
    private int unit(int t) {
        boolean plural = is(t, Kind.UNITS);
        Unit unit = plural ? lexicon.unit(entries[t], Kind.UNITS) : lexicon.unit(entries[t], Kind.UNIT);
        int before = t;
        boolean fiscal = false;
        if (free(before - 1) && is(before - 1, Kind.FISCAL)) {
            before--;
            fiscal = true;
        }
        if (plural) {
            return units(t, before, unit);
        }
        if (free(before - 1) && is(before - 1, Kind.ARTICLE)) {
            return isPeriod(unit, t + 1) ? aUnit(t, before - 1, unit) : NONE;
        }
        if (free(before - 1) && is(before - 1, Kind.EVERY)) {
            int first = before - 1;
            return emit(first, t + 1, TimexType.SET, unit.duration(1));
        }
        int first = withShift(before);
        if (shifted) {
            return shiftedUnit(t, withThe(first), unit, shift);
        }
        if (unit == Unit.YEAR && narrativeYear > 0 && free(before - 1) && (word(before - 1, "that")
                || word(before - 1, "same") && is(before - 2, Kind.THE) && free(before - 2))) {
            int that = word(before - 1, "that") ? before - 1 : before - 2;
            return emit(withEdge(that), t + 1, TimexType.DATE, TimexValues.year(narrativeYear)); // "later that year"
        }
        if (free(before - 1) && is(before - 1, Kind.THE)) {
            return theUnit(t, before - 1, unit, fiscal);
        }
        return NONE;
    }

    /** Plural units without a count: "several years", "recent months", "for years", "these days". */
    private int units(int t, int before, Unit unit) {
        int count = NONE;
        int first = before;
        if (free(before - 1) && is(before - 1, Kind.FEW)) {
            count = num(before - 1, Kind.FEW) == 2 ? NONE : SOME; // "a couple years"
            first = before - 1;
            if (free(first - 1) && is(first - 1, Kind.ARTICLE)) {
                first--;
            }
            if (num(before - 1, Kind.FEW) == 2) {
                count = 2;
            }
        } else if (free(before - 2) && word(before - 1, "of") && is(before - 2, Kind.FEW)) {
            count = num(before - 2, Kind.FEW) == 2 ? 2 : SOME; // "a couple of years"
            first = before - 2;
            if (free(first - 1) && is(first - 1, Kind.ARTICLE)) {
                first--;
            }
        }
        if (count != NONE) {
            return period(first, t + 1, count, unit);
        }
        if (free(before - 1) && is(before - 1, Kind.SHIFT)) {
            first = withThe(before - 1);
            return emit(first, t + 1, TimexType.DURATION, unit.duration(SOME));
        }
        if (unit == Unit.DAY && free(before - 1) && word(before - 1, "these")) {
            return emit(before - 1, t + 1, TimexType.DATE, "PRESENT_REF");
        }
        if (word(before - 1, "for") && !word(t + 1, "of")) {
            if (is(t + 1, Kind.AGO)) {
                return NONE;
            }
            return emit(before, t + 1, TimexType.DURATION, unit.duration(SOME));
        }
        if (is(t + 1, Kind.AGO) && num(t + 1, Kind.AGO) < 0 && word(t + 1, "ago")) {
            return emit(before, t + 2, TimexType.DATE, "PAST_REF");
        }
        return NONE;
    }

    /** "a year" (a duration), "a year ago" (a date), "10% a year", "twice a day" (a set). */
    private int aUnit(int t, int article, Unit unit) {
        if (unit == Unit.SECOND && t + 1 < size && Character.isLowerCase(tokens.firstChar(t + 1))) {
            return NONE; // "a second rapid test"
        }
        if (is(t + 1, Kind.AGO) && !word(t + 2, "than")) {
            int direction = num(t + 1, Kind.AGO);
            String value = unit == Unit.YEAR && direction < 0 && focusQuarter != 0
                    ? quarterInFocus(-1) : relative(unit, 1, direction);
            return emit(withApprox(article), t + 2, TimexType.DATE, value);
        }
        if (ratePrecedes(article - 1)) {
            return emit(article, t + 1, TimexType.SET, unit.duration(1));
        }
        int end = t + 1;
        if (word(end, "or") && word(end + 1, "so")) {
            end += 2;
        }
        return emit(withApprox(article), end, TimexType.DURATION, unit.duration(1));
    }

    /** Whether the token before "a year" makes it a rate: "10%", "$5 million", "twice", "three times". */
    private boolean ratePrecedes(int t) {
        if (t < 0) {
            return false;
        }
        char first = tokens.firstChar(t);
        return first >= '0' && first <= '9' || first == '%' || word(t, "percent") || word(t, "pct")
                || word(t, "times") || word(t, "twice") || word(t, "once") || word(t, "million")
                || word(t, "billion") || word(t, "dollars") || word(t, "cents");
    }

    /** "last week", "this year", "the past year", "the latest quarter", "this year's third quarter". */
    private int shiftedUnit(int t, int first, Unit unit, int shift) {
        String value;
        switch (unit) {
            case WEEKEND -> value = anchor.unit(Unit.WEEK, shift) + "-WE";
            case QUARTER -> value = word(first, "latest") || word(first + 1, "latest")
                    ? quarterInFocus(0) : anchor.unit(Unit.QUARTER, shift);
            case SECOND, MINUTE, HOUR, DAY, HALF -> {
                return NONE; // "the next day" is anchored on the story, not on the publication date
            }
            case YEAR -> value = narrativeYear > 0 && (word(first + 1, "previous") || word(first + 1, "prior")
                    || word(first + 1, "following")) && is(first, Kind.THE)
                    ? TimexValues.year(narrativeYear + shift) : anchor.unit(unit, shift);
            default -> value = anchor.unit(unit, shift);
        }
        int end = t + 1;
        if (unit == Unit.YEAR && word(end, "'s") && is(end + 1, Kind.ORDINAL) && quarterOrHalfAt(end + 2)) {
            int year = anchor.year() < 0 ? TimexValues.UNKNOWN : anchor.year() + shift;
            value = ordinalPeriod(unitOf(partEnd - 1), num(end + 1, Kind.ORDINAL), year);
            end = partEnd;
        }
        return emit(withEdge(first), end, TimexType.DATE, value);
    }

    /** "the year", "the quarter", "the weekend", "the end of the month", "the fiscal year". */
    private int theUnit(int t, int the, Unit unit, boolean fiscal) {
        if (word(t + 1, "before") || word(t + 1, "after") || word(t + 1, "earlier") || word(t + 1, "later")
                || word(t + 1, "when") || word(t + 1, "in")) {
            return NONE;
        }
        if (unit == Unit.YEAR && (word(t + 1, "ended") || word(t + 1, "ending"))) {
            return emit(the, t + 1, TimexType.DURATION, unit.duration(1)); // a fiscal year, named by its end
        }
        String value;
        switch (unit) {
            case YEAR -> {
                if (yearAt(t + 1)) {
                    return emit(withEdge(the), partEnd, TimexType.DATE, TimexValues.year(partYear));
                }
                value = anchor.unit(Unit.YEAR, 0);
            }
            case MONTH, WEEK -> value = anchor.unit(unit, 0);
            case QUARTER -> value = quarterInFocus(0);
            case WEEKEND -> value = anchor.weekend(tense(the, t + 1));
            default -> {
                return NONE;
            }
        }
        return emit(withEdge(the), t + 1, TimexType.DATE, value);
    }

    /** Whether a (possibly fiscal) quarter or half starts at {@code t}; sets {@link #partEnd} after it. */
    private boolean quarterOrHalfAt(int t) {
        if (is(t, Kind.FISCAL)) {
            t++;
        }
        if (is(t, Kind.UNIT) && (unitOf(t) == Unit.QUARTER || unitOf(t) == Unit.HALF)) {
            partEnd = t + 1;
            return true;
        }
        return false;
    }

    private String ordinalPeriod(Unit unit, int ordinal, int year) {
        return unit == Unit.HALF ? TimexValues.half(year, ordinal) : focus(year, ordinal);
    }

    /**
     * An ordinal heading an expression: "the third quarter", "the first half of 1989", "the 20th century",
     * "the first nine months".
     */
    private int ordinal(int t, int ordinal, int after) {
        if (quarterOrHalfAt(after)) {
            Unit unit = unitOf(partEnd - 1);
            int max = unit == Unit.HALF ? 2 : 4;
            if (ordinal < 1 || ordinal > max) {
                return NONE;
            }
            return ordinalPeriodOf(t, partEnd, unit, ordinal);
        }
        if (is(after, Kind.UNIT) && unitOf(after) == Unit.CENTURY && ordinal >= 1 && ordinal <= 21) {
            int century = ordinal - 1;
            String value = century < 10 ? "0" + century : Integer.toString(century);
            return emit(withEdge(withThe(t)), after + 1, TimexType.DATE, value);
        }
        return NONE;
    }

    /** An ordinal quarter or half from {@code t} to {@code end}, with its year read after or before it. */
    private int ordinalPeriodOf(int t, int end, Unit unit, int ordinal) {
        int year = NONE;
        int afterOf = word(end, "of") ? end + 1 : end;
        if (yearAt(afterOf)) {
            year = partYear;
            end = partEnd;
        } else if (word(end, ",") && yearAt(end + 1)) {
            year = partYear;
            end = partEnd;
        }
        int first = t;
        if (free(first - 1) && is(first - 1, Kind.FISCAL)) {
            first--;
        }
        if (year == NONE && free(first - 1) && tokens.length(first - 1) == 4 && yearAt(first - 1)) {
            year = partYear;
            first--;
        }
        if (free(first - 1) && is(first - 1, Kind.FISCAL)) {
            first--;
        }
        first = withThe(first);
        if (year == NONE) {
            year = anchor.yearOfQuarter(unit == Unit.HALF ? ordinal * 2 : ordinal, tense(first, end));
        }
        return emit(withEdge(first), end, TimexType.DATE, ordinalPeriod(unit, ordinal, year));
    }

    // ---- hyphenated tokens

    /** The offset of the first inner hyphen of token {@code t}, or NONE. */
    private int hyphen(int t) {
        if (t < 0 || t >= size || tokens.length(t) < 3) {
            return NONE;
        }
        int index = NumberReader.indexOf(text, tokens.start(t) + 1, tokens.end(t) - 1, '-');
        return index < 0 ? NONE : index;
    }

    /**
     * Hyphenated tokens: "2016-12-10", "10-11 December", "two-year", "third-quarter", "mid-1996",
     * "year-earlier", "year-end", "mid-November".
     */
    private int hyphenated(int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        int hyphen = hyphen(t);
        int next = NumberReader.indexOf(text, hyphen + 1, end, '-');
        int headEnd = hyphen;
        int tailEnd = next < 0 ? end : next;
        int head = lexicon.lookup(text, start, headEnd);
        int tail = lexicon.lookup(text, hyphen + 1, tailEnd);
        int headNumber = numbers.cardinal(text, start, headEnd);
        if (headNumber != NONE && next > 0 && tokens.length(t) == 10) {
            return isoDate(t, hyphen, next);
        }
        if (headNumber != NONE && next < 0) {
            int to = NumberReader.digits(text, hyphen + 1, end);
            if (to != NONE && is(t + 1, Kind.MONTH) && tokens.isCapitalized(t + 1)) {
                return dayRange(t, num(t + 1, Kind.MONTH), headNumber, to, hyphen, t + 2); // "10-11 December"
            }
        }
        if (headNumber != NONE && (lexicon.is(tail, Kind.UNIT) || lexicon.is(tail, Kind.UNITS))) {
            Unit unit = lexicon.is(tail, Kind.UNIT) ? lexicon.unit(tail, Kind.UNIT) : lexicon.unit(tail, Kind.UNITS);
            if (next > 0 && text.regionMatches(true, next + 1, "old", 0, 3) || unit == Unit.HALF
                    || unit == Unit.QUARTER && word(t + 1, "of")) {
                return NONE; // "52-year-old": an age; "three-quarters of": a fraction
            }
            int first = free(t - 1) && is(t - 1, Kind.ARTICLE) && (word(t + 1, "period") || word(t + 1, "term"))
                    ? t - 1 : t;
            int last = first < t ? t + 2 : t + 1;
            return emit(withApprox(first), last, TimexType.DURATION, unit.duration(headNumber));
        }
        if (lexicon.is(head, Kind.ORDINAL) && lexicon.is(tail, Kind.UNIT) && next < 0) {
            Unit unit = lexicon.unit(tail, Kind.UNIT);
            int ordinal = lexicon.number(head, Kind.ORDINAL);
            if ((unit == Unit.QUARTER && ordinal <= 4) || (unit == Unit.HALF && ordinal <= 2)) {
                return ordinalPeriodOf(t, t + 1, unit, ordinal);
            }
            return NONE;
        }
        if (lexicon.is(head, Kind.EDGE)) {
            return edged(t, hyphen);
        }
        if (lexicon.is(head, Kind.UNIT) && lexicon.unit(head, Kind.UNIT) == Unit.YEAR) {
            if (lexicon.is(tail, Kind.AGO) && lexicon.number(tail, Kind.AGO) < 0) {
                return yearAgo(t);
            }
            if (lexicon.is(tail, Kind.EDGE_NOUN) && next < 0) {
                return emit(withThe(t), t + 1, TimexType.DATE, anchor.unit(Unit.YEAR, 0));
            }
        }
        int compound = numbers.word(text, start, end);
        return compound != NONE ? count(t, compound) : NONE;
    }

    /** "2016-12-10". */
    private int isoDate(int t, int first, int second) {
        int start = tokens.start(t);
        int year = NumberReader.digits(text, start, first);
        int month = NumberReader.digits(text, first + 1, second);
        int day = NumberReader.digits(text, second + 1, tokens.end(t));
        if (first - start != 4 || !isYear(year) || month < 1 || month > 12 || !isDay(day)) {
            return NONE;
        }
        return emit(t, t + 1, TimexType.DATE, TimexValues.date(year, month, day));
    }

    /** "mid-1996", "mid-November", "late-November", "mid-1990s": the edge leaves the value as it is. */
    private int edged(int t, int hyphen) {
        int end = tokens.end(t);
        int rest = lexicon.lookup(text, hyphen + 1, end);
        int first = withThe(t);
        if (lexicon.is(rest, Kind.MONTH)) {
            int month = lexicon.number(rest, Kind.MONTH);
            int after = t + 1;
            if (yearAt(after)) {
                return emit(first, partEnd, TimexType.DATE, TimexValues.month(partYear, month));
            }
            return emit(first, after, TimexType.DATE,
                    TimexValues.month(anchor.yearOf(month, 0, tense(first, after)), month));
        }
        int year = NumberReader.digits(text, hyphen + 1, end);
        if (end - hyphen - 1 == 4 && isYear(year)) {
            return emit(first, t + 1, TimexType.DATE, TimexValues.year(year));
        }
        int decade = NumberReader.digits(text, hyphen + 1, end - 1);
        if (text.charAt(end - 1) == 's' && end - hyphen - 2 == 4 && decade % 10 == 0 && isYear(decade)) {
            return emit(first, t + 1, TimexType.DATE, Integer.toString(decade / 10));
        }
        return NONE;
    }

    /** "year-ago", "the year-earlier quarter", "the year-ago period": the same period a year before. */
    private int yearAgo(int t) {
        int end = t + 1;
        if (is(end, Kind.ORDINAL) && quarterOrHalfAt(end + 1)) {
            int year = anchor.year() < 0 ? TimexValues.UNKNOWN : anchor.year() - 1;
            int ordinal = num(end, Kind.ORDINAL);
            return emit(withThe(t), partEnd, TimexType.DATE, unitOf(partEnd - 1) == Unit.HALF
                    ? TimexValues.half(year, ordinal) : TimexValues.quarter(year, ordinal));
        }
        if ((is(end, Kind.UNIT) && unitOf(end) == Unit.QUARTER) || word(end, "period")) {
            return emit(withThe(t), end + 1, TimexType.DATE, quarterInFocus(-1));
        }
        return emit(withThe(t), end, TimexType.DATE,
                focusQuarter != 0 ? quarterInFocus(-1) : anchor.unit(Unit.YEAR, -1));
    }

    // ---- seasons, sets, holidays

    /** "last fall", "this summer", "the summer of 1990", "summer 2015". */
    private int season(int t) {
        String season = lexicon.name(entries[t], Kind.SEASON);
        int after = word(t + 1, "of") ? t + 2 : t + 1;
        if (yearAt(after)) {
            return emit(withEdge(withThe(t)), partEnd, TimexType.DATE, TimexValues.season(partYear, season));
        }
        int first = t;
        if (free(first - 1) && is(first - 1, Kind.EDGE)) {
            first--;
        }
        first = withShift(first);
        if (shifted) {
            String value = anchor.season(season, shift, true, Tense.UNKNOWN);
            return emit(withEdge(withThe(first)), t + 1, TimexType.DATE, value);
        }
        if (free(first - 1) && is(first - 1, Kind.THE)) {
            first--;
        } else if (season.equals("FA") || season.equals("SP")
                || !(word(first - 1, "in") || word(first - 1, "during") || word(first - 1, "by")
                || word(first - 1, "until") || word(first - 1, "since"))) {
            return NONE; // "fall" and "spring" are verbs and nouns of other senses
        }
        if (word(t + 1, "of")) {
            return NONE; // "the spring of discontent"
        }
        first = withEdge(first);
        return emit(first, t + 1, TimexType.DATE, anchor.season(season, 0, false, tense(first, t + 1)));
    }

    /** "daily", "annually": a set; "daily newspaper", "quarterly dividend" name kinds of things, not times. */
    private int frequency(int t) {
        Unit unit = lexicon.unit(entries[t], Kind.FREQUENCY);
        boolean adverbOnly = word(t, "annually") || word(t, "hourly");
        if (!adverbOnly && t + 1 < size && Character.isLowerCase(tokens.firstChar(t + 1))
                && entries[t + 1] == Lexicon.NONE) {
            return NONE; // "quarterly dividend": an adjective classifying a noun
        }
        return emit(t, t + 1, TimexType.SET, unit == Unit.QUARTER ? "P3M" : unit.duration(1));
    }

    /** "Christmas", "Thanksgiving Day", "Easter Sunday", "last Christmas". */
    private int holiday(int t) {
        if (!tokens.isCapitalized(t)) {
            return NONE;
        }
        String holiday = lexicon.name(entries[t], Kind.HOLIDAY);
        int end = t + 1;
        boolean eve = false;
        if (word(end, "Day") || word(end, "Sunday")) {
            end++;
        } else if (word(end, "Eve")) {
            eve = true;
            end++;
        }
        int first = withShift(t);
        int year = anchor.year();
        if (year < 0) {
            return emit(first, end, TimexType.DATE, Holidays.withoutYear(holiday, eve));
        }
        LocalDate thisYear = Holidays.date(holiday, year, eve);
        if (shifted && shift != 0) { // "last Christmas": the latest one strictly before the publication date
            int side = anchor.compareTo(thisYear);
            year += shift < 0 ? (side <= 0 ? -1 : 0) : (side >= 0 ? 1 : 0);
        } else {
            year = anchor.yearOf(thisYear.getMonthValue(), thisYear.getDayOfMonth(), tense(first, end));
        }
        return emit(first, end, TimexType.DATE, Anchor.format(Holidays.date(holiday, year, eve)));
    }

    // ---- modifiers read backwards

    /** "last", "this", "next", "this past", "this coming" before {@code first}: sets {@link #shift}. */
    private int withShift(int first) {
        shifted = false;
        if (free(first - 1) && is(first - 1, Kind.SHIFT)) {
            shift = num(first - 1, Kind.SHIFT);
            shifted = true;
            first--;
            if (free(first - 1) && word(first - 1, "this") && shift != 0) {
                first--; // "this past weekend", "this coming Sunday"
            }
        }
        return first;
    }

    private int withThe(int first) {
        return free(first - 1) && is(first - 1, Kind.THE) ? first - 1 : first;
    }

    /** "early", "late", "mid", "earlier", "the end of", "the beginning of" before a date. */
    private int withEdge(int first) {
        if (free(first - 1) && is(first - 1, Kind.EDGE)) {
            first--;
            return withThe(first);
        }
        if (free(first - 2) && word(first - 1, "of") && is(first - 2, Kind.EDGE_NOUN)) {
            return withThe(first - 2);
        }
        return first;
    }

    /** "about", "nearly", "more than", "at least", "up to", "no more than" before a duration. */
    private int withApprox(int first) {
        if (!free(first - 1)) {
            return first;
        }
        if (is(first - 1, Kind.APPROX)) {
            return first - 1;
        }
        if (free(first - 2) && word(first - 1, "than")
                && (word(first - 2, "more") || word(first - 2, "less") || word(first - 2, "fewer"))) {
            return free(first - 3) && word(first - 3, "no") ? first - 3 : first - 2;
        }
        if (free(first - 2) && word(first - 1, "least") && word(first - 2, "at")) {
            return first - 2;
        }
        if (free(first - 2) && word(first - 1, "to") && word(first - 2, "up")) {
            return first - 2;
        }
        return first;
    }

    private int withEvery(int first) {
        return free(first - 1) && is(first - 1, Kind.EVERY) ? first - 1 : first;
    }

    private Tense tense(int first, int end) {
        return tenses.around(first, end);
    }

    // ---- tokens

    /** Records the expression of tokens [first, end) and returns {@code end}. */
    private int emit(int first, int end, TimexType type, String value) {
        emitChars(tokens.start(first), tokens.end(end - 1), type, value);
        return end;
    }

    private void emitChars(int start, int end, TimexType type, String value) {
        found.add(new TemporalExpression(start, end, text.substring(start, end), type, value));
    }

    /** Makes a quarter named in the text the one "a year earlier" and "the quarter" refer to. */
    private String focus(int year, int quarter) {
        if (year >= 0) {
            focusYear = year;
            focusQuarter = quarter;
        }
        return TimexValues.quarter(year, quarter);
    }

    /** The quarter in focus moved by whole years, or else the last completed quarter. */
    private String quarterInFocus(int years) {
        return focusQuarter == 0
                ? anchor.completedQuarter(years) : TimexValues.quarter(focusYear + years, focusQuarter);
    }

    /** Whether token {@code t} exists and is not part of an expression already found. */
    private boolean free(int t) {
        return t >= floor && t >= 0;
    }

    private boolean is(int t, Kind kind) {
        return t >= 0 && t < size && lexicon.is(entries[t], kind);
    }

    private int num(int t, Kind kind) {
        return lexicon.number(entries[t], kind);
    }

    private Unit unitOf(int t) {
        return lexicon.unit(entries[t], Kind.UNIT);
    }

    private boolean word(int t, String word) {
        return t >= 0 && t < size && tokens.regionMatches(t, word, true);
    }
}
