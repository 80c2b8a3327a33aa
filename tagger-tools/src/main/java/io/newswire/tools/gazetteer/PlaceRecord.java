package io.newswire.tools.gazetteer;

import io.newswire.tagger.places.PlaceKind;

/** One place of the gazetteer being built; {@code country} and {@code admin1} are codes ("US", "US.TX") or null. */
record PlaceRecord(int geonameId, String name, double lat, double lon, long population, PlaceKind kind,
                   String featureCode, String country, String admin1) {
}
