package io.newswire.model;

/**
 * A date, time, duration or set named in an article, with its TIMEX3 value normalized against the publication
 * date: "10 December" in an article of 2016-12-13 has the value {@code 2016-12-10}; {@code XXXX-12-10} when the
 * year cannot be resolved; {@code P3D} for "three days"; {@code PRESENT_REF} for "now".
 */
public record TemporalExpression(int start, int end, String text, TimexType type, String value) {
}
