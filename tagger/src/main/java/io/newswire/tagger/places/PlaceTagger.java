package io.newswire.tagger.places;

import io.newswire.model.Mention;
import io.newswire.model.Place;
import io.newswire.model.TemporalExpression;
import io.newswire.tagger.names.Name;
import io.newswire.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds place names through the GeoNames gazetteer and resolves each to one GeoNames feature: names are matched
 * ({@link NameMatcher}), kept when they are place mentions where they stand ({@link ToponymFilter}) and resolved
 * ({@link PlaceResolver}). One {@link Place} per distinct feature, with every mention, in order of first mention.
 * Thread-safe: the gazetteer is read-only and each call keeps its state on its own stack.
 *
 * <p>What counts as a place mention: names of populated places, divisions, countries, continents and well-known
 * regions, also in datelines ("EDMONTON, Ky.") and before a public body of their jurisdiction ("Queensland
 * Police"); not demonyms ("Syrian", used only as hints), nor places inside organization or person names ("The
 * Washington Post", "George Washington"), nor diseases named after places ("West Nile virus").
 */
public final class PlaceTagger {

    private final Gazetteer gazetteer;
    private final NameMatcher matcher;
    private final ToponymFilter filter;
    private final PlaceResolver resolver;

    public PlaceTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.matcher = new NameMatcher(gazetteer);
        this.filter = new ToponymFilter(gazetteer);
        this.resolver = new PlaceResolver(gazetteer);
    }

    /** A tagger over the gazetteer shipped in this library's resources. */
    public static PlaceTagger load() {
        return new PlaceTagger(Gazetteer.load());
    }

    /**
     * @param names person, organization and location names of the name finder (may be empty): a place they
     *              read as a person or organization is kept only where the place reading outweighs theirs
     *              ({@link ToponymFilter})
     * @param dates temporal expressions: a name inside one ("May") is no place
     */
    public List<Place> tag(Tokens tokens, List<Name> names, List<TemporalExpression> dates) {
        List<Toponym> toponyms = matcher.match(tokens);
        if (toponyms.isEmpty()) {
            return List.of();
        }
        filter.decide(tokens, toponyms, names, dates);
        resolver.resolve(tokens, toponyms);
        Map<Integer, List<Mention>> mentions = new LinkedHashMap<>();
        String text = tokens.text();
        for (Toponym t : toponyms) {
            if (t.accepted && t.place >= 0) {
                mentions.computeIfAbsent(t.place, p -> new ArrayList<>())
                        .add(new Mention(t.start, t.end, text.substring(t.start, t.end)));
            }
        }
        List<Place> places = new ArrayList<>(mentions.size());
        mentions.forEach((place, list) -> places.add(new Place(gazetteer.name(place), gazetteer.geonameId(place),
                gazetteer.countryCode(place), gazetteer.featureCode(place), gazetteer.lat(place),
                gazetteer.lon(place), list)));
        return places;
    }
}
