package io.newswire.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Accumulates the area-weighted centroid of GeoJSON polygons on the sphere, computed in the cylindrical
 * equal-area projection (x = longitude, y = sin latitude) so that high-latitude parts weigh by their true area.
 * Longitudes are unwrapped around the first polygon added, so shapes across the antimeridian (Fiji, Russia's
 * east) stay whole.
 */
final class AreaCentroid {

    private double area;
    private double sumX;
    private double sumY;
    private double referenceLon = Double.NaN;

    /** Adds a GeoJSON Polygon or MultiPolygon geometry. */
    void addGeometry(JsonNode geometry) {
        switch (geometry.path("type").asText()) {
            case "Polygon" -> addPolygon(geometry.get("coordinates"));
            case "MultiPolygon" -> geometry.get("coordinates").forEach(this::addPolygon);
            default -> { }
        }
    }

    /** Adds one polygon (outer ring, then holes, which subtract). */
    void addPolygon(JsonNode rings) {
        for (int r = 0; r < rings.size(); r++) {
            addRing(rings.get(r), r == 0 ? 1 : -1);
        }
    }

    /** Adds a part already reduced to its centroid and area (same units as this accumulator's). */
    void addPoint(double lat, double lon, double partArea) {
        if (partArea <= 0) {
            return;
        }
        double shift = Double.isNaN(referenceLon) ? 0 : Math.round((referenceLon - lon) / 360) * 360.0;
        if (Double.isNaN(referenceLon)) {
            referenceLon = lon;
        }
        area += partArea;
        sumX += partArea * (lon + shift);
        sumY += partArea * Math.sin(Math.toRadians(lat));
    }

    boolean isEmpty() {
        return area == 0;
    }

    double area() {
        return area;
    }

    double lat() {
        return Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, sumY / area))));
    }

    double lon() {
        double lon = sumX / area;
        return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }

    private void addRing(JsonNode ring, int sign) {
        double[] lonLat = new double[ring.size() * 2];
        for (int i = 0; i < ring.size(); i++) {
            lonLat[2 * i] = ring.get(i).get(0).asDouble();
            lonLat[2 * i + 1] = ring.get(i).get(1).asDouble();
        }
        addRing(lonLat, sign);
    }

    /** Adds a ring of points {@code lon0, lat0, lon1, lat1...}; sign 1 for an outer ring, -1 for a hole. */
    void addRing(double[] lonLat, int sign) {
        int n = lonLat.length / 2;
        if (n < 3) {
            return;
        }
        double shift = unwrapShift(lonLat);
        double a = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double x0 = lonLat[2 * i] + shift;
            double y0 = Math.sin(Math.toRadians(lonLat[2 * i + 1]));
            double x1 = lonLat[2 * j] + shift;
            double y1 = Math.sin(Math.toRadians(lonLat[2 * j + 1]));
            double cross = x0 * y1 - x1 * y0;
            a += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        a /= 2;
        if (a == 0) {
            return;
        }
        double weight = sign * Math.abs(a);
        area += weight;
        sumX += weight * cx / (6 * a);
        sumY += weight * cy / (6 * a);
    }

    /** The multiple of 360 that brings this ring's longitudes next to the reference longitude. */
    private double unwrapShift(double[] lonLat) {
        double mean = 0;
        for (int i = 0; i < lonLat.length; i += 2) {
            mean += lonLat[i];
        }
        mean /= lonLat.length / 2.0;
        if (Double.isNaN(referenceLon)) {
            referenceLon = mean;
            return 0;
        }
        return Math.round((referenceLon - mean) / 360) * 360.0;
    }
}
