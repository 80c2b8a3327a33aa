package io.newswire.tools.names;

import io.newswire.tagger.names.NameLexicon;
import io.newswire.tagger.names.WordClass;
import io.newswire.tagger.names.WordHash;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the name finder's lexicon resource from the committed word lists ({@code tagger-tools/lexicon/<class>.txt},
 * one word or phrase a line, file named after the {@link WordClass}) and from GeoNames (countries, first-order
 * regions, and places of at least {@link #MIN_POPULATION} people). Deterministic: same inputs, same bytes.
 * Usage: {@code NameLexiconBuilder [dataDir] [listDir] [lexicon.bin.gz]}.
 */
public final class NameLexiconBuilder {

    static final long MIN_POPULATION = 5_000;

    private final Tokenizer tokenizer = new Tokenizer();
    private final NameLexicon.Builder builder = new NameLexicon.Builder();

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path listDir = Path.of(args.length > 1 ? args[1] : "tagger-tools/lexicon");
        Path out = Path.of(args.length > 2 ? args[2] : "tagger/src/main/resources/io/newswire/tagger/names/lexicon.bin.gz");
        NameLexiconBuilder lexicon = new NameLexiconBuilder();
        for (WordClass wordClass : WordClass.values()) {
            Path list = listDir.resolve(wordClass.name().toLowerCase(Locale.ROOT) + ".txt");
            if (Files.exists(list)) {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    lexicon.add(line, wordClass);
                }
            }
        }
        lexicon.addGeoNames(dataDir.resolve("geonames"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out);
             GZIPOutputStream gzip = new GZIPOutputStream(file, 1 << 16)) {
            lexicon.builder.build().write(gzip);
        }
        System.out.printf("wrote %s (%,d bytes)%n", out, Files.size(out));
    }

    /** Adds one list line; blank lines and lines starting with # are skipped. */
    void add(String line, WordClass wordClass) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
            return;
        }
        Tokens tokens = tokenizer.tokenize(entry);
        long[] hashes = new long[tokens.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = WordHash.lower(entry, tokens.start(i), tokens.end(i));
        }
        builder.add(hashes, wordClass);
    }

    private void addGeoNames(Path geonames) throws IOException {
        for (String line : Files.readAllLines(geonames.resolve("countryInfo.txt"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                add(line.split("\t")[4], WordClass.COUNTRY_OR_REGION);
            }
        }
        for (String line : Files.readAllLines(geonames.resolve("admin1CodesASCII.txt"), StandardCharsets.UTF_8)) {
            add(line.split("\t")[1], WordClass.COUNTRY_OR_REGION);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(geonames.resolve("cities500.txt.gz"))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                List<String> fields = List.of(line.split("\t", -1));
                if (Long.parseLong(fields.get(14)) >= MIN_POPULATION) {
                    add(fields.get(1), WordClass.PLACE);
                    add(fields.get(2), WordClass.PLACE);
                }
            }
        }
    }
}
