package io.newswire.tagger.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Splits news text into word, number and punctuation tokens and marks sentence starts. Rules, not a model:
 * hyphenated words ("al-Asaad", "2,000-year-old"), numbers ("2,000", "3.5", "12/10/2016"), initials and known
 * abbreviations ("U.S.", "Dr.") stay whole; a possessive "'s" is its own token. A sentence starts after
 * ". ! ?" followed by an upper-case letter, digit or quote, and after every line break.
 */
public final class Tokenizer {

    /** Abbreviations whose period belongs to the token and does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "capt", "cmdr",
            "sgt", "maj", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det",
            "inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn", "no", "nos", "vs", "etc", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "ave", "blvd", "rd", "hwy", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u");

    /** Abbreviations after which a period still ends the sentence when an upper-case word follows. */
    private static final Set<String> MAY_END_SENTENCE = Set.of("inc", "corp", "co", "ltd", "etc", "a.m", "p.m",
            "u.s", "u.k", "u.n", "e.u", "jr", "sr", "bros");

    public Tokens tokenize(String text) {
        int capacity = Math.max(16, text.length() / 4);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        boolean[] sentenceStarts = new boolean[capacity];
        int size = 0;
        boolean newSentence = true;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c == '\n' || c == '\r') {
                    newSentence = true;
                }
                i++;
                continue;
            }
            int end = Character.isLetterOrDigit(c) ? wordEnd(text, i) : punctuationEnd(text, i);
            if (size == starts.length) {
                int grown = size * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                sentenceStarts = Arrays.copyOf(sentenceStarts, grown);
            }
            starts[size] = i;
            ends[size] = end;
            sentenceStarts[size] = newSentence;
            newSentence = endsSentence(text, i, end);
            size++;
            i = end;
        }
        return new Tokens(text, starts, ends, sentenceStarts, size);
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (i + 1 < n && joins(text, c, i)) {
                i++;
            } else {
                break;
            }
        }
        // Keep the period of initials ("J."), dotted acronyms ("U.S.") and known abbreviations ("Dr.").
        if (i < n && text.charAt(i) == '.') {
            String word = text.substring(start, i);
            if (isInitialOrAcronym(word) || ABBREVIATIONS.contains(word.toLowerCase())) {
                i++;
            }
        }
        return i;
    }

    /** Whether {@code c} at {@code i} joins the characters around it into one word. */
    private static boolean joins(String text, char c, int i) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        return switch (c) {
            case '-', '\u2011' -> Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
            case '\'', '\u2019' -> Character.isLetter(before) && Character.isLetter(after) && !isPossessive(text, i);
            case '.' -> Character.isLetterOrDigit(after)
                    && (Character.isDigit(before) && Character.isDigit(after) || isDottedAcronym(text, i));
            case ',' -> Character.isDigit(before) && threeDigitsFollow(text, i);
            case '/', ':' -> Character.isDigit(before) && Character.isDigit(after);
            case '&' -> Character.isUpperCase(before) && Character.isUpperCase(after);
            default -> false;
        };
    }

    /** "'s" or "'S" closing a word: the possessive is a token of its own. */
    private static boolean isPossessive(String text, int apostrophe) {
        int s = apostrophe + 1;
        return (text.charAt(s) == 's' || text.charAt(s) == 'S')
                && (s + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(s + 1)));
    }

    /** A period inside "U.S" or "e.g": single letters separated by periods. */
    private static boolean isDottedAcronym(String text, int period) {
        boolean singleBefore = period >= 1 && Character.isLetter(text.charAt(period - 1))
                && (period == 1 || !Character.isLetterOrDigit(text.charAt(period - 2)) || text.charAt(period - 2) == '.');
        boolean singleAfter = Character.isLetter(text.charAt(period + 1))
                && (period + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(period + 2)));
        return singleBefore && singleAfter;
    }

    private static boolean threeDigitsFollow(String text, int comma) {
        int n = text.length();
        for (int k = 1; k <= 3; k++) {
            if (comma + k >= n || !Character.isDigit(text.charAt(comma + k))) {
                return false;
            }
        }
        return comma + 4 >= n || !Character.isDigit(text.charAt(comma + 4));
    }

    private static boolean isInitialOrAcronym(String word) {
        if (word.length() == 1) {
            return Character.isUpperCase(word.charAt(0));
        }
        return word.indexOf('.') > 0; // "U.S" before its final period
    }

    private static int punctuationEnd(String text, int start) {
        char c = text.charAt(start);
        int i = start + 1;
        if (c == '.' || c == '-' || c == '!' || c == '?' || c == '\u2014') {
            while (i < text.length() && text.charAt(i) == c) {
                i++;
            }
        } else if ((c == '\'' || c == '\u2019') && i < text.length() && start > 0
                && Character.isLetterOrDigit(text.charAt(start - 1)) && isPossessive(text, start)) {
            i++; // "'s"
        }
        return i;
    }

    /** Whether the token just read closes its sentence, judged by the token and what follows it. */
    private static boolean endsSentence(String text, int start, int end) {
        char last = text.charAt(end - 1);
        boolean closing = last == '.' || last == '!' || last == '?';
        if (!closing) {
            return false;
        }
        if (end - start > 1 && last == '.' && Character.isLetter(text.charAt(start))) {
            String word = text.substring(start, end - 1).toLowerCase();
            if (!MAY_END_SENTENCE.contains(word) && (ABBREVIATIONS.contains(word) || word.length() == 1)) {
                return false; // "Dr. Smith", "J. Smith"
            }
        }
        int next = end;
        while (next < text.length() && (text.charAt(next) == ' ' || isClosingQuote(text.charAt(next)))) {
            next++;
        }
        if (next == text.length()) {
            return true;
        }
        char c = text.charAt(next);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '\n' || c == '\r' || isOpeningQuote(c);
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == ')';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '(';
    }
}
