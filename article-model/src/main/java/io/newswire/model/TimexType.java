package io.newswire.model;

/** The TIMEX3 (TimeML) types of a temporal expression. */
public enum TimexType {
    DATE,
    TIME,
    DURATION,
    SET
}
