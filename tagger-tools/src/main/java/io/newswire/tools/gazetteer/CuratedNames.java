package io.newswire.tools.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated lists written for Newswire that complete GeoNames (resources of this package): other names
 * of countries and divisions, continents and regions, demonyms. Lines starting with "#" are comments; the last
 * column holds names separated by "|".
 */
final class CuratedNames {

    /** A row: its leading columns and its names. */
    record Row(List<String> columns, List<String> names) {
    }

    static List<Row> read(String resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = CuratedNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Row(List.of(f).subList(0, f.length - 1), List.of(f[f.length - 1].split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private CuratedNames() {
    }
}
