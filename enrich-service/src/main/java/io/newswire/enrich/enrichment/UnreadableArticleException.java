package io.newswire.enrich.enrichment;

/** A raw record that cannot become an enriched article; the message is the dead letter's reason. */
public final class UnreadableArticleException extends Exception {

    public UnreadableArticleException(String reason) {
        super(reason, null, false, false);
    }

    public UnreadableArticleException(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
