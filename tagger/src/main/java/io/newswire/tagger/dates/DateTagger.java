package io.newswire.tagger.dates;

import io.newswire.model.TemporalExpression;
import io.newswire.tagger.text.Tokens;
import java.time.LocalDate;
import java.util.List;

/** Finds temporal expressions and normalizes them to TIMEX3 values against the publication date. */
public final class DateTagger {

    public static DateTagger load() {
        return new DateTagger();
    }

    public List<TemporalExpression> tag(Tokens tokens, LocalDate publicationDate) {
        return List.of(); // SKELETON: replaced by the TIMEX3 rules
    }
}
