package io.newswire.tagger.names;

import io.newswire.model.Entity;
import io.newswire.model.Place;
import io.newswire.model.TemporalExpression;
import io.newswire.tagger.text.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Finds person, organization and location names with a trained sequence model ({@link NameModel} over
 * {@link NameFeatures}), and groups person and organization mentions into entities ({@link EntityGrouping}).
 * Thread-safe: the model and lexicon are read-only after {@link #load()}.
 */
public final class NameFinder {

    static final String MODEL = "/io/newswire/tagger/names/name-model.bin.gz";
    static final String LEXICON = "/io/newswire/tagger/names/lexicon.bin.gz";

    private final NameModel model;
    private final NameLexicon lexicon;

    public NameFinder(NameModel model, NameLexicon lexicon) {
        this.model = model;
        this.lexicon = lexicon;
    }

    /** The name finder with the model and lexicon shipped in this library's resources. */
    public static NameFinder load() {
        return new NameFinder(read(MODEL, NameModel::read), lexicon());
    }

    /** The lexicon shipped in this library's resources. */
    public static NameLexicon lexicon() {
        return read(LEXICON, NameLexicon::read);
    }

    /** Names in the text; spans already tagged as dates are not names. */
    public List<Name> find(Tokens tokens, List<TemporalExpression> dates) {
        int n = tokens.size();
        int[] labels = new int[n];
        boolean[] inDates = dateTokens(tokens, dates);
        NameFeatures features = NameFeatures.of(tokens, lexicon, model.bits());
        model.decode(features, inDates, labels);
        NameRules.apply(tokens, features, labels);
        NameConsistency.unifyTypes(tokens, labels);
        NameConsistency.retypeSurnames(tokens, labels);
        NameConsistency.retypeAppositives(tokens, features, labels);
        NameConsistency.propagate(tokens, labels, inDates);
        return names(labels);
    }

    /** Persons and organizations, each with all its mentions; names resolved as places are left to them. */
    public List<Entity> entities(Tokens tokens, List<Name> names, List<Place> places) {
        return EntityGrouping.group(tokens, names, places);
    }

    /** The names a BIO label sequence spells. */
    static List<Name> names(int[] labels) {
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            if (labels[i] == NameLabel.OUTSIDE) {
                i++;
                continue;
            }
            NameType type = NameLabel.type(labels[i]);
            int end = i + 1;
            while (end < labels.length && labels[end] == NameLabel.inside(type)) {
                end++;
            }
            names.add(new Name(i, end, type));
            i = end;
        }
        return names;
    }

    /** Marks the tokens covered by a date, or null when there are no dates. */
    private static boolean[] dateTokens(Tokens tokens, List<TemporalExpression> dates) {
        if (dates.isEmpty()) {
            return null;
        }
        boolean[] inDate = new boolean[tokens.size()];
        for (TemporalExpression date : dates) {
            // The first token ending after the date starts, by binary search over token ends.
            int low = 0;
            int high = tokens.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (tokens.end(middle) <= date.start()) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            for (int t = low; t < tokens.size() && tokens.start(t) < date.end(); t++) {
                inDate[t] = true;
            }
        }
        return inDate;
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String resource, Reader<T> reader) {
        try (InputStream in = NameFinder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return reader.read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
