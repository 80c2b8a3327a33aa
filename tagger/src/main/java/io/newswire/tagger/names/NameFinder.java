package io.newswire.tagger.names;

import io.newswire.model.Entity;
import io.newswire.model.Place;
import io.newswire.model.TemporalExpression;
import io.newswire.tagger.text.Tokens;
import java.util.List;

/** Finds person, organization and location names, and groups person and organization mentions into entities. */
public final class NameFinder {

    public static NameFinder load() {
        return new NameFinder();
    }

    /** Names in the text; spans already tagged as dates are not names. */
    public List<Name> find(Tokens tokens, List<TemporalExpression> dates) {
        return List.of(); // SKELETON: replaced by the trained name finder
    }

    /** Persons and organizations, each with all its mentions; names resolved as places are left to them. */
    public List<Entity> entities(Tokens tokens, List<Name> names, List<Place> places) {
        return List.of(); // SKELETON
    }
}
