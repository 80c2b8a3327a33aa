package io.newswire.tagger.places;

import io.newswire.model.Place;
import io.newswire.model.TemporalExpression;
import io.newswire.tagger.names.Name;
import io.newswire.tagger.text.Tokenizer;
import java.util.List;

/** The place tagger over the shipped gazetteer, loaded once for all the tests of this package. */
final class ShippedPlaceTagger {

    static final Gazetteer GAZETTEER = Gazetteer.load();
    static final PlaceTagger TAGGER = new PlaceTagger(GAZETTEER);
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private ShippedPlaceTagger() {
    }

    static List<Place> tag(String text) {
        return TAGGER.tag(TOKENIZER.tokenize(text), List.of(), List.of());
    }

    static List<Place> tag(String text, List<Name> names, List<TemporalExpression> dates) {
        return TAGGER.tag(TOKENIZER.tokenize(text), names, dates);
    }
}
