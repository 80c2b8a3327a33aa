package io.newswire.model;

import java.util.List;

/** Everything the tagger found in one article. */
public record Tags(List<Place> locations, List<Entity> entities, List<TemporalExpression> dates) {

    public static final Tags NONE = new Tags(List.of(), List.of(), List.of());

    public Tags {
        locations = List.copyOf(locations);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
    }
}
