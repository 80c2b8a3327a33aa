package io.newswire.ingest.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.problem.Problem;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts submitted articles by what ingest answered: {@code newswire.ingest.articles} with {@code outcome=accepted},
 * or {@code outcome=rejected} and the problem type as {@code reason}. Counted from the answer itself, so the figures
 * are what clients were told: each item of a batch counts once, and a request refused before its articles could be
 * told apart (too large, not JSON, no key) counts as one rejected article.
 */
@Singleton
public class ArticleOutcomes {

    static final String METRIC = "newswire.ingest.articles";
    /** The problem types a submission can be refused with; any other (a 404, a 405, a 500) counts as "other". */
    static final List<String> REASONS = List.of("invalid-field", "malformed-json", "too-large", "too-many-items",
            "unsupported-media-type", "unauthorized", "unavailable", "backlog", "other");

    private final Counter accepted;
    /** Keyed by the problem's full type ("/problems/too-large"): a lookup without building a string. */
    private final Map<String, Counter> rejected = new HashMap<>();
    private final Counter rejectedOther;

    public ArticleOutcomes(MeterRegistry registry) {
        accepted = counter(registry, "accepted", "none");
        for (String reason : REASONS) {
            rejected.put("/problems/" + reason, counter(registry, "rejected", reason));
        }
        rejectedOther = rejected.get("/problems/other");
    }

    private static Counter counter(MeterRegistry registry, String outcome, String reason) {
        return Counter.builder(METRIC).tag("outcome", outcome).tag("reason", reason)
                .description("Articles submitted to ingest, by outcome and reason of refusal")
                .register(registry);
    }

    /** Whether a request submits articles: only those count, not a probe of some other path. */
    public static boolean isSubmission(String method, String path) {
        return "POST".equals(method) && path.startsWith("/articles");
    }

    /** A submission refused before any resource saw it (by a Vert.x route). */
    public void rejected(Problem problem) {
        rejected.getOrDefault(problem.type(), rejectedOther).increment();
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isSubmission(request.getMethod(), request.getUriInfo().getPath())) {
            return;
        }
        switch (response.getEntity()) {
            case ArticleResource.Accepted ignored -> accepted.increment();
            case ArticleResource.BatchResult batch -> count(batch.results());
            case ArticleResource.RejectedBatch batch -> count(batch.results());
            case Problem problem -> rejected(problem);
            case null, default -> {
                if (response.getStatus() >= 400) {
                    rejectedOther.increment();
                }
            }
        }
    }

    private void count(List<ArticleResource.ItemResult> items) {
        for (ArticleResource.ItemResult item : items) {
            if (item.problem() == null) {
                accepted.increment();
            } else {
                rejected(item.problem());
            }
        }
    }
}
