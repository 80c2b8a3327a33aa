package io.newswire.tools.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the GeoNames extracts of {@code ../shared/data/geonames} (see its README for the columns). */
final class GeoNamesFiles {

    /** A row of {@code cities500}; {@code admin1} is the full code "US.TX" or null. */
    record City(int geonameId, String name, String asciiName, List<String> alternateNames, double lat, double lon,
                String featureCode, String country, String admin1, int population) {
    }

    record Country(String iso, String name, String capital, long population, int geonameId) {
    }

    record Admin1(String code, String name, String asciiName, int geonameId) {
    }

    private final Path dir;

    GeoNamesFiles(Path dir) {
        this.dir = dir;
    }

    List<City> cities() throws IOException {
        List<City> cities = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve("cities500.txt.gz")), 1 << 16),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                List<String> alternates = f[3].isEmpty() ? List.of() : List.of(f[3].split(","));
                String admin1 = f[10].isEmpty() ? null : f[8] + "." + f[10];
                cities.add(new City(Integer.parseInt(f[0]), f[1], f[2], alternates, Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), f[7], f[8], admin1, f[14].isEmpty() ? 0 : Integer.parseInt(f[14])));
            }
        }
        return cities;
    }

    List<Country> countries() throws IOException {
        List<Country> countries = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("countryInfo.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            countries.add(new Country(f[0], f[4], f[5], Long.parseLong(f[7]), Integer.parseInt(f[16])));
        }
        return countries;
    }

    List<Admin1> admin1() throws IOException {
        List<Admin1> regions = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("admin1CodesASCII.txt"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            regions.add(new Admin1(f[0], f[1], f[2], Integer.parseInt(f[3])));
        }
        return regions;
    }
}
