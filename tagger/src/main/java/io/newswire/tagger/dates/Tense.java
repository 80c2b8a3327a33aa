package io.newswire.tagger.dates;

/** Whether the clause around an underspecified expression speaks of the past or the future. */
enum Tense {
    PAST, FUTURE, UNKNOWN
}
