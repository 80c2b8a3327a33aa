package io.newswire.tools.gazetteer;

import io.newswire.tagger.places.Gazetteer;
import io.newswire.tagger.places.NameKeys;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/** Writes places, names and common words in the format {@link Gazetteer} reads; the same input gives the same bytes. */
final class GazetteerWriter {

    void write(List<PlaceRecord> places, List<NameTable.Entry> names, Collection<String> commonWords, Path file) throws IOException {
        Map<String, Integer> featureCodes = codes(places.stream().map(PlaceRecord::featureCode).toList());
        Map<String, Integer> countries = codes(places.stream().map(PlaceRecord::country).toList());
        Map<String, Integer> admin1 = codes(places.stream().map(PlaceRecord::admin1).toList());
        if (featureCodes.size() > 255 || countries.size() > Short.MAX_VALUE) {
            throw new IllegalStateException("too many feature or country codes for the format");
        }
        Files.createDirectories(file.getParent());
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
            out.writeInt(Gazetteer.MAGIC);
            writeStrings(out, featureCodes);
            writeStrings(out, countries);
            writeStrings(out, admin1);
            out.writeInt(places.size());
            for (PlaceRecord p : places) {
                out.writeInt(p.geonameId());
                out.writeUTF(p.name());
                out.writeInt((int) Math.round(p.lat() * 1e5));
                out.writeInt((int) Math.round(p.lon() * 1e5));
                out.writeInt((int) Math.min(Integer.MAX_VALUE, p.population()));
                out.writeByte(p.kind().ordinal());
                out.writeByte(featureCodes.get(p.featureCode()));
                out.writeShort(p.country() == null ? -1 : countries.get(p.country()));
                out.writeInt(p.admin1() == null ? -1 : admin1.get(p.admin1()));
            }
            out.writeInt(names.size());
            for (NameTable.Entry name : names) {
                out.writeUTF(name.name);
                out.writeByte(name.flags);
                writeVarint(out, name.places.size());
                for (var ref : name.places.entrySet()) {
                    writeVarint(out, ref.getKey() << 1 | (ref.getValue() ? 1 : 0));
                }
            }
            long[] words = commonWords.stream().mapToLong(w -> NameKeys.hash(w, 0, w.length())).sorted().distinct()
                    .toArray();
            out.writeInt(words.length);
            for (long word : words) {
                out.writeLong(word);
            }
        }
    }

    /** Sorted distinct non-null codes, numbered in order. */
    private static Map<String, Integer> codes(List<String> values) {
        Map<String, Integer> codes = new TreeMap<>();
        values.stream().filter(v -> v != null).forEach(v -> codes.put(v, 0));
        List<String> keys = new ArrayList<>(codes.keySet());
        for (int i = 0; i < keys.size(); i++) {
            codes.put(keys.get(i), i);
        }
        return codes;
    }

    private static void writeStrings(DataOutputStream out, Map<String, Integer> codes) throws IOException {
        out.writeInt(codes.size());
        for (String code : codes.keySet()) {
            out.writeUTF(code);
        }
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }
}
