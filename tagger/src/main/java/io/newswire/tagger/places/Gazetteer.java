package io.newswire.tagger.places;

import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The places the tagger knows (GeoNames populated places, countries, first-level divisions, plus continents and
 * well-known regions) and the names they go by, loaded once from the resource {@value #RESOURCE} that
 * {@code tagger-tools/bin/build-gazetteer} builds. Places are dense indices {@code 0..placeCount()-1} over
 * parallel arrays; names are entries of a token-keyed {@link NameIndex}, each with flags ({@link NameFlags}) and
 * the places it may denote.
 *
 * <p>File format (gzip of a {@link java.io.DataOutput} stream, big-endian): {@code int MAGIC}; feature codes, country codes and
 * admin1 codes ("US.TX") as {@code int count, UTF...}; places as {@code int count} then per place {@code int
 * geonameId, UTF name, int lat*1e5, int lon*1e5, int population, byte kind, byte featureCode, short country,
 * int admin1} (-1 for none); names as {@code int count} then per name {@code UTF name, byte flags, varint n,
 * n varint (place << 1 | primary)}, where primary marks the place's own GeoNames name rather than an alternate;
 * then common English words as {@code int count, long...} hashes ({@link NameKeys}), sorted.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/io/newswire/tagger/places/gazetteer.bin";
    public static final int MAGIC = 0x4E574731; // "NWG1"
    private static final PlaceKind[] KINDS = PlaceKind.values();

    private final String[] featureCodes;
    private final String[] countryCodes;
    private final String[] admin1Codes;

    private final int[] geonameIds;
    private final String[] names;
    private final int[] lats;
    private final int[] lons;
    private final int[] populations;
    private final byte[] kinds;
    private final byte[] featureCodeOf;
    private final short[] countryOf;
    private final int[] admin1Of;
    private final int[] countryPlace;
    private final int[] admin1Place;

    private final NameIndex index;
    private final byte[] nameFlags;
    private final int[] refStarts;
    private final int[] refs;
    private final int maxNameTokens;
    private final WordSet commonWords;

    private Gazetteer(ByteBuffer in) throws IOException {
        if (in.getInt() != MAGIC) {
            throw new IOException("not a gazetteer file of this version");
        }
        featureCodes = readStrings(in);
        countryCodes = readStrings(in);
        admin1Codes = readStrings(in);

        int placeCount = in.getInt();
        geonameIds = new int[placeCount];
        names = new String[placeCount];
        lats = new int[placeCount];
        lons = new int[placeCount];
        populations = new int[placeCount];
        kinds = new byte[placeCount];
        featureCodeOf = new byte[placeCount];
        countryOf = new short[placeCount];
        admin1Of = new int[placeCount];
        countryPlace = new int[countryCodes.length];
        admin1Place = new int[admin1Codes.length];
        readPlaces(in);

        int nameCount = in.getInt();
        nameFlags = new byte[nameCount];
        refStarts = new int[nameCount + 1];
        index = new NameIndex(nameCount * 2);
        String[] nameStrings = new String[nameCount];
        refs = readNames(in, nameStrings);
        maxNameTokens = indexNames(nameStrings);
        long[] words = new long[in.getInt()];
        for (int i = 0; i < words.length; i++) {
            words[i] = in.getLong();
        }
        commonWords = WordSet.ofHashes(words);
    }

    private void readPlaces(ByteBuffer in) {
        Arrays.fill(countryPlace, -1);
        Arrays.fill(admin1Place, -1);
        for (int p = 0; p < geonameIds.length; p++) {
            geonameIds[p] = in.getInt();
            names[p] = readUtf(in);
            lats[p] = in.getInt();
            lons[p] = in.getInt();
            populations[p] = in.getInt();
            kinds[p] = in.get();
            featureCodeOf[p] = in.get();
            countryOf[p] = in.getShort();
            admin1Of[p] = in.getInt();
            if (kinds[p] == PlaceKind.COUNTRY.ordinal() && countryOf[p] >= 0) {
                countryPlace[countryOf[p]] = p;
            } else if (kinds[p] == PlaceKind.ADMIN1.ordinal() && admin1Of[p] >= 0) {
                admin1Place[admin1Of[p]] = p;
            }
        }
    }

    /** Reads names, their flags and places; returns the pool of place references. */
    private int[] readNames(ByteBuffer in, String[] nameStrings) {
        int[] pool = new int[nameStrings.length * 2];
        int used = 0;
        for (int e = 0; e < nameStrings.length; e++) {
            nameStrings[e] = readUtf(in);
            nameFlags[e] = in.get();
            int n = readVarint(in);
            refStarts[e] = used;
            if (used + n > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, used + n));
            }
            for (int k = 0; k < n; k++) {
                pool[used++] = readVarint(in);
            }
        }
        refStarts[nameStrings.length] = used;
        return Arrays.copyOf(pool, used);
    }

    /** Indexes every name under its token key; returns the largest number of tokens of a name. */
    private int indexNames(String[] nameStrings) {
        Tokenizer tokenizer = new Tokenizer();
        int longest = 0;
        for (int e = 0; e < nameStrings.length; e++) {
            longest = Math.max(longest, insert(tokenizer.tokenize(nameStrings[e]), e));
        }
        return longest;
    }

    /** Loads the gazetteer shipped in this library's resources. */
    public static Gazetteer load() {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
            }
            return read(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
        }
    }

    /** Reads a gazetteer file in the format above (gzip-compressed), inflated whole and parsed from memory. */
    public static Gazetteer read(InputStream gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
            return new Gazetteer(ByteBuffer.wrap(in.readAllBytes()));
        }
    }

    /**
     * The key under which a name is indexed: the chain of its tokens' hashes, tokens that fold to nothing (a final
     * period, as in "Ky.") left out. Article text is matched with the same tokenizer, so the two agree.
     */
    public static long nameKey(Tokens tokens) {
        long key = NameKeys.EMPTY;
        for (int t = 0; t < tokens.size(); t++) {
            long h = NameKeys.hash(tokens.text(), tokens.start(t), tokens.end(t));
            if (h != NameKeys.NOTHING) {
                key = NameKeys.extend(key, h);
            }
        }
        return key;
    }

    /** Indexes every prefix of the name; returns its number of keyed tokens. */
    private int insert(Tokens tokens, int entry) {
        long key = NameKeys.EMPTY;
        int keyed = 0;
        for (int t = 0; t < tokens.size(); t++) {
            long h = NameKeys.hash(tokens.text(), tokens.start(t), tokens.end(t));
            if (h == NameKeys.NOTHING) {
                continue;
            }
            if (keyed > 0) {
                index.addPrefix(key);
            }
            key = NameKeys.extend(key, h);
            keyed++;
        }
        if (keyed > 0) {
            index.putEntry(key, entry);
        }
        return keyed;
    }

    /** The slot value of a name key: read it with {@link NameIndex#entry} and {@link NameIndex#continues}. */
    int lookup(long key) {
        return index.get(key);
    }

    /** Whether a token (folded) is a common English word: "Reading", "Police" are places that are also words. */
    boolean isCommonWord(long tokenHash) {
        return commonWords.contains(tokenHash);
    }

    int maxNameTokens() {
        return maxNameTokens;
    }

    int nameFlags(int entry) {
        return nameFlags[entry];
    }

    int refCount(int entry) {
        return refStarts[entry + 1] - refStarts[entry];
    }

    /** The k-th place a name may denote. */
    int refPlace(int entry, int k) {
        return refs[refStarts[entry] + k] >>> 1;
    }

    /** Whether the name is the k-th place's own GeoNames name (not one of its alternate names). */
    boolean refPrimary(int entry, int k) {
        return (refs[refStarts[entry] + k] & 1) != 0;
    }

    public int placeCount() {
        return geonameIds.length;
    }

    public int nameCount() {
        return nameFlags.length;
    }

    public long geonameId(int place) {
        return geonameIds[place];
    }

    public String name(int place) {
        return names[place];
    }

    public double lat(int place) {
        return lats[place] / 1e5;
    }

    public double lon(int place) {
        return lons[place] / 1e5;
    }

    public int population(int place) {
        return populations[place];
    }

    public PlaceKind kind(int place) {
        return KINDS[kinds[place]];
    }

    public String featureCode(int place) {
        return featureCodes[featureCodeOf[place] & 0xFF];
    }

    /** The number of countries; country indices are {@code 0..countryCount()-1}. */
    public int countryCount() {
        return countryCodes.length;
    }

    /** The country's index, shared by the places in it, or -1 (continents, oceans). */
    public int country(int place) {
        return countryOf[place];
    }

    public String countryCode(int place) {
        return countryOf[place] < 0 ? null : countryCodes[countryOf[place]];
    }

    /** The first-level division's index, shared by the places in it, or -1. */
    public int admin1(int place) {
        return admin1Of[place];
    }

    /** The place of the country of index {@code country}, or -1. */
    public int countryPlace(int country) {
        return country < 0 ? -1 : countryPlace[country];
    }

    /** The place of the first-level division of index {@code admin1}, or -1. */
    public int admin1Place(int admin1) {
        return admin1 < 0 ? -1 : admin1Place[admin1];
    }

    private static String[] readStrings(ByteBuffer in) {
        String[] strings = new String[in.getInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = readUtf(in);
        }
        return strings;
    }

    /** A string as {@link java.io.DataOutput#writeUTF} wrote it (no NUL or supplementary characters, so UTF-8). */
    private static String readUtf(ByteBuffer in) {
        int length = in.getShort() & 0xFFFF;
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    private static int readVarint(ByteBuffer in) {
        int value = 0;
        int shift = 0;
        while (true) {
            int b = in.get() & 0xFF;
            value |= (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
            shift += 7;
        }
    }
}
