package io.newswire.ingest.validation;

/** An article field that breaks the contract: answered with 422 naming the field, never published. */
public final class InvalidArticleException extends Exception {

    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
