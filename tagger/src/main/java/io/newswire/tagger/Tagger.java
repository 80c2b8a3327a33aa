package io.newswire.tagger;

import io.newswire.model.Entity;
import io.newswire.model.Place;
import io.newswire.model.Tags;
import io.newswire.model.TemporalExpression;
import io.newswire.tagger.dates.DateTagger;
import io.newswire.tagger.names.Name;
import io.newswire.tagger.names.NameFinder;
import io.newswire.tagger.places.PlaceTagger;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Tags one article's text with places, persons, organizations and dates. Loads its gazetteer and models once
 * ({@link #load()}); {@link #tag} is thread-safe and allocates only what the result needs.
 */
public final class Tagger {

    private final Tokenizer tokenizer;
    private final DateTagger dateTagger;
    private final NameFinder nameFinder;
    private final PlaceTagger placeTagger;

    /** Assembles a tagger from its stages, e.g. to evaluate a retrained name model in the full pipeline. */
    public Tagger(Tokenizer tokenizer, DateTagger dateTagger, NameFinder nameFinder, PlaceTagger placeTagger) {
        this.tokenizer = tokenizer;
        this.dateTagger = dateTagger;
        this.nameFinder = nameFinder;
        this.placeTagger = placeTagger;
    }

    /**
     * Builds a tagger from the gazetteer and models shipped in this library's resources. The gazetteer, the
     * largest of them, loads on a thread of its own while the rest load on the caller's.
     */
    public static Tagger load() {
        CompletableFuture<PlaceTagger> places = CompletableFuture.supplyAsync(PlaceTagger::load);
        DateTagger dates = DateTagger.load();
        NameFinder names = NameFinder.load();
        try {
            return new Tagger(new Tokenizer(), dates, names, places.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * @param text            the article's text
     * @param publicationDate the date relative expressions ("Sunday", "10 December") are resolved against;
     *                        {@code null} leaves their year unresolved ({@code XXXX-12-10})
     */
    public Tags tag(String text, LocalDate publicationDate) {
        Tokens tokens = tokenizer.tokenize(text);
        List<TemporalExpression> dates = dateTagger.tag(tokens, publicationDate);
        List<Name> names = nameFinder.find(tokens, dates);
        List<Place> places = placeTagger.tag(tokens, names, dates);
        List<Entity> entities = nameFinder.entities(tokens, names, places);
        return new Tags(places, entities, dates);
    }
}
