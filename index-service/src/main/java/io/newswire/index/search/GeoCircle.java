package io.newswire.index.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The area a {@code near} search covers: every point within {@code radiusMeters} of {@code center}. */
public record GeoCircle(LatLon center, double radiusMeters) {

    public static final String DEFAULT_RADIUS = "50km";
    /** Half the Earth's circumference: every point is within it. */
    private static final double MAX_RADIUS_METERS = 20_037_509;
    private static final Pattern DISTANCE = Pattern.compile("(\\d+(?:\\.\\d+)?)(km|m|mi)");

    /** Reads a distance such as {@code 50km}, {@code 800m} or {@code 30mi}, in meters. */
    public static double parseRadius(String value) {
        Matcher matcher = DISTANCE.matcher(value.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("must be a number with a unit km, m or mi, e.g. 50km");
        }
        double meters = Double.parseDouble(matcher.group(1)) * switch (matcher.group(2)) {
            case "km" -> 1000;
            case "mi" -> 1609.344;
            default -> 1;
        };
        if (meters <= 0 || meters > MAX_RADIUS_METERS) {
            throw new IllegalArgumentException("must be more than 0 and at most 20000km");
        }
        return meters;
    }
}
