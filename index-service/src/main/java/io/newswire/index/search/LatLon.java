package io.newswire.index.search;

/** A point on Earth in decimal degrees (WGS84, as GeoNames gives them). */
public record LatLon(double lat, double lon) {

    /** Reads {@code lat,lon}, e.g. {@code 34.73,36.71}. */
    public static LatLon parse(String value) {
        int comma = value.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException("must be lat,lon in decimal degrees, e.g. 34.73,36.71");
        }
        double lat = degrees(value.substring(0, comma));
        double lon = degrees(value.substring(comma + 1));
        if (lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude must be between -90 and 90");
        }
        if (lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude must be between -180 and 180");
        }
        return new LatLon(lat, lon);
    }

    private static double degrees(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the expected form
        }
        throw new IllegalArgumentException("must be lat,lon in decimal degrees, e.g. 34.73,36.71");
    }
}
