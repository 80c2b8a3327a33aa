package io.newswire.model;

import java.util.List;

/** A location named in an article, resolved to a GeoNames feature, with every mention of it. */
public record Place(
        String name,
        long geonameId,
        String countryCode,
        String featureCode,
        double lat,
        double lon,
        List<Mention> mentions) {

    public Place {
        mentions = List.copyOf(mentions);
    }
}
