package io.newswire.ingest.http;

import io.newswire.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length is over {@code quarkus.http.limits.max-body-size} with a 413 problem, before
 * any of it is read. It runs just ahead of Quarkus' own check of that limit, whose 413 has no body at all. A body
 * sent without a length is held to the per-endpoint limits by {@code SubmissionReader} as it is read.
 */
@Singleton
public class BodySizeLimit implements Handler<RoutingContext> {

    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    private final long maxBodySize;
    private final RouteProblems problems;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            RouteProblems problems) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this);
    }

    @Override
    public void handle(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            context.next();
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            problems.reply(context, Problem.ofStatus(400, "Content-Length is not a number"));
            return;
        }
        if (length > maxBodySize) {
            problems.reply(context, Problem.of(413, "too-large", "Content Too Large",
                    "the body is " + length + " bytes; no request body over " + maxBodySize + " bytes is read"));
        } else {
            context.next();
        }
    }
}
