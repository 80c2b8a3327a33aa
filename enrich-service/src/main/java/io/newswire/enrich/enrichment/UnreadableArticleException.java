package io.newswire.enrich.enrichment;

import java.util.Locale;

/** A raw record that cannot become an enriched article; the message is the dead letter's reason. */
public final class UnreadableArticleException extends Exception {

    /** Why, as a class operators can count: the message says exactly what. */
    public enum Reason {
        /** Empty, not JSON, or JSON null. */
        MALFORMED,
        /** JSON that breaks the article contract: a field missing, a key that is not the id, forbidden characters. */
        INVALID,
        /** The text, or the enriched article, over its limit. */
        TOO_LARGE,
        /** The tagger threw. */
        TAGGER_FAILED;

        /** As a metric tag: "too-large". */
        public String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public UnreadableArticleException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public UnreadableArticleException(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
