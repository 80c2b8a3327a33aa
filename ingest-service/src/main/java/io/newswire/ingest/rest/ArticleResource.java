package io.newswire.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.kafka.ArticlePublisher;
import io.newswire.ingest.kafka.KafkaUnavailableException;
import io.newswire.ingest.validation.ArticleParser;
import io.newswire.ingest.validation.InvalidArticleException;
import io.newswire.model.Article;
import io.newswire.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * {@code POST /articles} and {@code POST /articles/batch}. An article is answered 202 with its id only once Kafka
 * acknowledged it; one that breaks the contract gets a problem naming the field and is never published; one Kafka
 * could not take gets 503 with Retry-After.
 */
@Path("/articles")
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";
    private static final Logger LOG = Logger.getLogger(ArticleResource.class);

    private final SubmissionReader submissions;
    private final ArticleParser parser;
    private final ArticlePublisher publisher;
    private final IngestConfig config;
    private final Clock clock = Clock.systemUTC();

    public ArticleResource(SubmissionReader submissions, ArticleParser parser, ArticlePublisher publisher,
            IngestConfig config) {
        this.submissions = submissions;
        this.parser = parser;
        this.publisher = publisher;
        this.config = config;
    }

    /**
     * Runs on the event loop: a body within the input buffer is read there, and the answer is written there when the
     * ack comes, with no worker thread in between (one costs several thread switches per article). The publisher
     * never blocks the event loop; a larger body is read on a worker ({@link ArticleBodyReader}), and this runs there.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public CompletionStage<Response> submit(ArticleBody body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        Article article;
        try {
            article = parser.parse(submissions.article(type, body), OffsetDateTime.now(clock));
        } catch (InvalidArticleException e) {
            return CompletableFuture.completedFuture(Problem.invalidField(e.field(), e.getMessage()).toResponse());
        }
        return publish(article).thenApply(outcome -> outcome.problem() == null
                ? Response.accepted(new Accepted(outcome.id())).build()
                : withRetryAfter(outcome.problem()));
    }

    @POST
    @Blocking // up to 1000 sends, and a body of up to max-batch-bytes read as a stream: a worker's job
    @Path("/batch")
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public CompletionStage<Response> submitBatch(InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        OffsetDateTime receivedAt = OffsetDateTime.now(clock);
        List<CompletionStage<ItemResult>> results = new ArrayList<>();
        for (SubmissionReader.Item item : submissions.batch(type, body)) {
            results.add(item.problem() == null
                    ? item(results.size(), item.tree(), receivedAt)
                    : CompletableFuture.completedFuture(ItemResult.rejected(results.size(), item.problem())));
        }
        if (results.isEmpty()) {
            return CompletableFuture.completedFuture(
                    Problem.invalidField("", "a batch must hold at least one article").toResponse());
        }
        return CompletableFuture.allOf(results.stream().map(CompletionStage::toCompletableFuture)
                        .toArray(CompletableFuture[]::new))
                .thenApply(done -> batchResponse(results.stream().map(r -> r.toCompletableFuture().join()).toList()));
    }

    private CompletionStage<ItemResult> item(int index, JsonNode tree, OffsetDateTime receivedAt) {
        try {
            Article article = parser.parse(tree, receivedAt);
            return publish(article).thenApply(outcome -> outcome.problem() == null
                    ? ItemResult.accepted(index, outcome.id())
                    : ItemResult.rejected(index, outcome.problem()));
        } catch (InvalidArticleException e) {
            return CompletableFuture.completedFuture(
                    ItemResult.rejected(index, Problem.invalidField(e.field(), e.getMessage())));
        }
    }

    private CompletionStage<Outcome> publish(Article article) {
        return publisher.publish(article).handle((ok, error) -> {
            if (error == null) {
                return new Outcome(article.id(), null);
            }
            if (!(unwrap(error) instanceof KafkaUnavailableException)) { // logged once, by the circuit
                LOG.warnf("article %s not acknowledged by Kafka: %s", article.id(), error.toString());
            }
            return new Outcome(article.id(), Problem.of(503, "unavailable", "Service Unavailable",
                    "the article could not be written to Kafka; retry later"));
        });
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private Response batchResponse(List<ItemResult> items) {
        long accepted = items.stream().filter(i -> i.status() == 202).count();
        boolean retryable = items.stream().anyMatch(i -> i.status() == 503);
        Response.ResponseBuilder response = accepted == 0
                ? rejectedBatch(items, retryable)
                : Response.status(accepted == items.size() ? 202 : 207)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(new BatchResult(accepted, items.size() - accepted, items));
        if (retryable) {
            response.header(HttpHeaders.RETRY_AFTER, config.retryAfter().toSeconds());
        }
        return response.build();
    }

    /**
     * Nothing accepted is an error, not a partial success: a problem whose status is the one every item shares (503
     * when Kafka refused any of them, else 422 when they differ), with the per-item results as an extension.
     */
    private static Response.ResponseBuilder rejectedBatch(List<ItemResult> items, boolean retryable) {
        int first = items.get(0).status();
        int status = retryable ? 503 : items.stream().allMatch(i -> i.status() == first) ? first : 422;
        return Response.status(status)
                .type(Problem.PROBLEM_JSON)
                .entity(new RejectedBatch("/problems/batch-rejected", "No article accepted", status,
                        "none of the " + items.size() + " articles in the batch was accepted; see results",
                        items.size(), items));
    }

    private Response withRetryAfter(Problem problem) {
        return Response.fromResponse(problem.toResponse())
                .header(HttpHeaders.RETRY_AFTER, config.retryAfter().toSeconds())
                .build();
    }

    private record Outcome(String id, Problem problem) {
    }

    /** The answer to an accepted article. */
    public record Accepted(String id) {
    }

    /** The answer to a batch: counts, then one result per item in the order sent. */
    public record BatchResult(long accepted, long rejected, List<ItemResult> results) {
    }

    /** The answer to a batch of which nothing was accepted: an RFC 9457 problem with the per-item results. */
    public record RejectedBatch(String type, String title, int status, String detail, long rejected,
            List<ItemResult> results) {
    }

    /** One batch item: 202 with its id, or its status with the problem. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record ItemResult(int index, int status, String id, Problem problem) {

        static ItemResult accepted(int index, String id) {
            return new ItemResult(index, 202, id, null);
        }

        static ItemResult rejected(int index, Problem problem) {
            return new ItemResult(index, problem.status(), null, problem);
        }
    }
}
