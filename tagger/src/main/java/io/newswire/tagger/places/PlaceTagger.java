package io.newswire.tagger.places;

import io.newswire.model.Place;
import io.newswire.model.TemporalExpression;
import io.newswire.tagger.names.Name;
import io.newswire.tagger.text.Tokens;
import java.util.List;

/** Finds place names through the GeoNames gazetteer and resolves each to one GeoNames feature. */
public final class PlaceTagger {

    public static PlaceTagger load() {
        return new PlaceTagger();
    }

    public List<Place> tag(Tokens tokens, List<Name> names, List<TemporalExpression> dates) {
        return List.of(); // SKELETON: replaced by gazetteer matching and disambiguation
    }
}
