package io.newswire.tagger.dates;

/** What a word of {@code lexicon.tsv} contributes to a temporal expression. */
enum Kind {
    MONTH, WEEKDAY, WEEKDAYS, UNIT, UNITS, NUMBER, ARTICLE, FEW, ORDINAL, DECADE_WORD, SEASON, PART_OF_DAY, DAY,
    CLOCK, MERIDIEM, ZONE, REF, SHIFT, EDGE, EDGE_NOUN, AGO, FREQUENCY, EVERY, APPROX, HOLIDAY, FUTURE_CUE,
    PAST_CUE, FISCAL, THE
}
