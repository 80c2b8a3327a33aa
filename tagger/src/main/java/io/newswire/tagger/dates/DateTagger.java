package io.newswire.tagger.dates;

import io.newswire.model.TemporalExpression;
import io.newswire.tagger.text.Tokens;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds temporal expressions (TIMEX3 DATE, TIME, DURATION and SET) and normalizes them against the publication
 * date: "10 December" in an article of 2016-12-13 is 2016-12-10. The lexicon is read once by {@link #load()};
 * {@link #tag} is thread-safe.
 */
public final class DateTagger {

    private final Lexicon lexicon;
    private final NumberReader numbers;

    private DateTagger(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.numbers = new NumberReader(lexicon);
    }

    public static DateTagger load() {
        return new DateTagger(Lexicon.load());
    }

    /**
     * @param tokens          the article's tokens
     * @param publicationDate the date underspecified expressions are resolved against, or {@code null} to leave
     *                        what it would fill in unknown ({@code XXXX-12-10})
     * @return every expression found, in text order
     */
    public List<TemporalExpression> tag(Tokens tokens, LocalDate publicationDate) {
        return new TimexScanner(lexicon, numbers, tokens, publicationDate).scan();
    }
}
