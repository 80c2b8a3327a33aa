package io.newswire.tagger.dates;

/** Calendar units, with the letters TIMEX3 durations write them with. */
enum Unit {
    SECOND("S", true, 1),
    MINUTE("M", true, 1),
    HOUR("H", true, 1),
    DAY("D", false, 1),
    WEEK("W", false, 1),
    WEEKEND("WE", false, 1),
    MONTH("M", false, 1),
    QUARTER("Q", false, 1),
    HALF("H", false, 1),
    YEAR("Y", false, 1),
    DECADE("Y", false, 10),
    CENTURY("Y", false, 100);

    /** The designator after the count in a duration ("D" in P3D). */
    final String designator;
    /** Whether durations of this unit take ISO 8601's time part ("PT5H"). */
    final boolean timePart;
    /** How many designator units one unit makes: a decade is P10Y. */
    final int multiplier;

    Unit(String designator, boolean timePart, int multiplier) {
        this.designator = designator;
        this.timePart = timePart;
        this.multiplier = multiplier;
    }

    /** The TIMEX3 duration of {@code count} units, or of an unknown number of them when count is negative. */
    String duration(int count) {
        StringBuilder value = new StringBuilder(8).append(timePart ? "PT" : "P");
        if (count < 0) {
            value.append('X').append(this == DECADE ? "DE" : this == CENTURY ? "CE" : designator);
        } else {
            value.append((long) count * multiplier).append(designator);
        }
        return value.toString();
    }
}
