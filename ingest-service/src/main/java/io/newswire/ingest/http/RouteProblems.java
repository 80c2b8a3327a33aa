package io.newswire.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.ingest.rest.ArticleOutcomes;
import io.newswire.problem.Problem;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Answers with a problem from a Vert.x route, where RESTEasy's exception mappers do not reach. Such an answer comes
 * before the body is read, so over HTTP/1.1 it ends the connection: the unread bytes must never be taken for a next
 * request. Not at once, though: closing a socket with input still pending makes the kernel reset the connection, and
 * a client still sending would lose the answer. The rest of the body is read and dropped until it ends or
 * {@link #LINGER} passes, then the connection closes.
 */
@Singleton
public class RouteProblems {

    /** Long enough for a client to see the answer and stop sending; short enough to cut off a trickling one. */
    static final Duration LINGER = Duration.ofSeconds(10);

    private final ObjectMapper json;
    private final ArticleOutcomes outcomes;

    public RouteProblems(ObjectMapper json, ArticleOutcomes outcomes) {
        this.json = json;
        this.outcomes = outcomes;
    }

    public void reply(RoutingContext context, Problem problem) {
        HttpServerRequest request = context.request();
        if (ArticleOutcomes.isSubmission(request.method().name(), context.normalizedPath())) {
            outcomes.rejected(problem);
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        // Off the event loop (a failure in a blocking resource) RESTEasy was already reading the body.
        boolean closing = request.version() != HttpVersion.HTTP_2 && !request.isEnded()
                && Context.isOnEventLoopThread();
        if (closing) {
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(body));
        if (closing) {
            dropRestThenClose(context.vertx(), request);
        }
    }

    /** On the request's event loop, so the request cannot end beside it. */
    private static void dropRestThenClose(Vertx vertx, HttpServerRequest request) {
        HttpConnection connection = request.connection();
        long deadline = vertx.setTimer(LINGER.toMillis(), expired -> connection.close());
        request.handler(dropped -> {
        }).endHandler(ended -> {
            vertx.cancelTimer(deadline);
            connection.close();
        }).resume();
    }
}
