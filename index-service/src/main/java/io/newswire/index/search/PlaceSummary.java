package io.newswire.index.search;

/** A GeoNames place as the index knows it: from one article that names it, and how many articles do. */
public record PlaceSummary(long geonameId, String name, String countryCode, String featureCode, double lat,
        double lon, long articleCount) {
}
