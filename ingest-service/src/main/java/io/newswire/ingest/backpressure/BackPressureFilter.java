package io.newswire.ingest.backpressure;

import io.newswire.ingest.IngestConfig;
import io.newswire.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * While the pipeline's backlog is over its bound, a submission waits, before its body is read, for the backlog to
 * drain below it; if it does not within {@code max-wait}, the answer is 503 with a short Retry-After. Without this, a
 * client faster than the slowest stage grows the backlog without end, and the time from 202 to searchable grows
 * with it. Runs after authentication, so an unauthenticated client still gets 401.
 */
public class BackPressureFilter {

    private final PipelineBacklog backlog;
    private final long retryAfterSeconds;
    private final Duration maxWait;

    public BackPressureFilter(PipelineBacklog backlog, IngestConfig config) {
        this.backlog = backlog;
        // Retry-After counts whole seconds; never 0, which would invite an immediate retry.
        this.retryAfterSeconds = Math.max(1, config.backlog().retryAfter().toSeconds());
        this.maxWait = config.backlog().maxWait();
    }

    /** Null, to go on with the request, once there is room; the 503 if there was none within max-wait. */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Uni<Response> holdBack() {
        return Uni.createFrom().completionStage(backlog.room(maxWait))
                .map(admitted -> admitted ? null : busy());
    }

    private Response busy() {
        Problem busy = Problem.of(503, "backlog", "Pipeline Backlog Full", "more than the allowed number of "
                + "articles wait to be enriched and indexed (" + backlog.articles() + "); retry after "
                + retryAfterSeconds + " s");
        return Response.fromResponse(busy.toResponse()).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
