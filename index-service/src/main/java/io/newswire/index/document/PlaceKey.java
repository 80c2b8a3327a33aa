package io.newswire.index.document;

/**
 * A place as one keyword, {@code geonameId|countryCode|name}: what the place facet aggregates on. The id comes first
 * and the country code holds no separator, so a name containing one still reads back whole.
 */
public record PlaceKey(long geonameId, String countryCode, String name) {

    private static final char SEPARATOR = '|';

    public static String of(long geonameId, String countryCode, String name) {
        return geonameId + "" + SEPARATOR + countryCode + SEPARATOR + name;
    }

    /** Reads a key written by {@link #of}; anything else is a bug or a foreign document, hence unchecked. */
    public static PlaceKey parse(String key) {
        int first = key.indexOf(SEPARATOR);
        int second = first < 0 ? -1 : key.indexOf(SEPARATOR, first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("not a place key: " + key);
        }
        return new PlaceKey(Long.parseLong(key.substring(0, first)), key.substring(first + 1, second),
                key.substring(second + 1));
    }
}
