package io.newswire.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * US counties (and Louisiana parishes, Alaska boroughs) from the npm package {@code us-atlas}: the Census
 * Bureau's 2017 cartographic boundaries (public domain) as TopoJSON ({@code counties-10m.json}), read here with
 * their state's name and the centroid of their shape.
 */
final class UsCounties {

    /** A county: its FIPS code, name with its kind ("Metcalfe County"), state name and centroid. */
    record County(int fips, String name, String state, double lat, double lon) {
    }

    private UsCounties() {
    }

    static List<County> read(Path packageDir) throws IOException {
        JsonNode topology = new ObjectMapper().readTree(packageDir.resolve("counties-10m.json").toFile());
        List<double[]> arcs = decodeArcs(topology);
        Map<String, String> states = new HashMap<>();
        for (JsonNode state : topology.get("objects").get("states").get("geometries")) {
            states.put(state.get("id").asText(), state.get("properties").get("name").asText());
        }
        List<County> counties = new ArrayList<>();
        for (JsonNode county : topology.get("objects").get("counties").get("geometries")) {
            String id = county.get("id").asText();
            String state = states.get(id.substring(0, 2));
            String name = county.get("properties").get("name").asText();
            String kind = kind(id);
            if (state == null || kind == null) {
                continue;
            }
            AreaCentroid centroid = new AreaCentroid();
            JsonNode polygons = county.get("arcs");
            if ("Polygon".equals(county.get("type").asText())) {
                addPolygon(centroid, polygons, arcs);
            } else {
                polygons.forEach(polygon -> addPolygon(centroid, polygon, arcs));
            }
            if (!centroid.isEmpty()) {
                counties.add(new County(Integer.parseInt(id), name + " " + kind, state, centroid.lat(), centroid.lon()));
            }
        }
        return counties;
    }

    /**
     * "County", or "Parish" in Louisiana; null for what is no county: independent cities (county codes from 500:
     * "Richmond", "Baltimore"), the District of Columbia and Alaska's boroughs and census areas.
     */
    private static String kind(String fips) {
        String state = fips.substring(0, 2);
        if (Integer.parseInt(fips.substring(2)) >= 500 || state.equals("11") || state.equals("02")) {
            return null;
        }
        return state.equals("22") ? "Parish" : "County";
    }

    private static void addPolygon(AreaCentroid centroid, JsonNode rings, List<double[]> arcs) {
        for (int r = 0; r < rings.size(); r++) {
            List<Double> points = new ArrayList<>();
            for (JsonNode arcIndex : rings.get(r)) {
                int index = arcIndex.asInt();
                double[] arc = arcs.get(index >= 0 ? index : ~index);
                int n = arc.length / 2;
                for (int k = points.isEmpty() ? 0 : 1; k < n; k++) {
                    int at = index >= 0 ? k : n - 1 - k;
                    points.add(arc[2 * at]);
                    points.add(arc[2 * at + 1]);
                }
            }
            double[] lonLat = points.stream().mapToDouble(Double::doubleValue).toArray();
            centroid.addRing(lonLat, r == 0 ? 1 : -1);
        }
    }

    /** The topology's arcs as absolute longitude, latitude pairs (quantized deltas undone). */
    private static List<double[]> decodeArcs(JsonNode topology) {
        JsonNode transform = topology.get("transform");
        double sx = transform.get("scale").get(0).asDouble();
        double sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble();
        double ty = transform.get("translate").get(1).asDouble();
        List<double[]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            double[] lonLat = new double[arc.size() * 2];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                lonLat[2 * i] = x * sx + tx;
                lonLat[2 * i + 1] = y * sy + ty;
            }
            arcs.add(lonLat);
        }
        return arcs;
    }
}
