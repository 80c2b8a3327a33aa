package io.newswire.ingest.rest;

import io.newswire.ingest.IngestConfig;
import io.newswire.problem.Problem;
import io.newswire.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads an {@link ArticleBody}: at most {@code max-article-bytes}, stopping one byte past the limit (413). A body
 * within the input buffer is already in memory, so this runs on the event loop without blocking; a larger one is
 * read on a worker.
 */
@Provider
public class ArticleBodyReader implements MessageBodyReader<ArticleBody> {

    private final int maxBytes;

    public ArticleBodyReader(IngestConfig config) {
        this.maxBytes = config.maxArticleBytes();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ArticleBody.class;
    }

    @Override
    public ArticleBody readFrom(Class<ArticleBody> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream entity) {
        return new ArticleBody(SubmissionReader.read(entity, maxBytes));
    }
}
