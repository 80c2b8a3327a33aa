package io.newswire.index.document;

/** An enriched record that cannot become a document; the message is the dead letter's reason. */
public final class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String reason) {
        super(reason, null, false, false);
    }
}
