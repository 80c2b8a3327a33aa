package io.newswire.ingest.http;

import io.newswire.problem.Problem;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * A request that fails in a Vert.x route rather than in a resource (an unparsable Host header, an error thrown past
 * the exception mappers) is answered with a problem too, instead of Quarkus' plain-text error page.
 */
@Singleton
public class RouteFailures implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private final RouteProblems problems;

    public RouteFailures(RouteProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(BodySizeLimit.ORDER).failureHandler(this);
    }

    @Override
    public void handle(RoutingContext context) {
        if (context.response().headWritten()) {
            // Too late for a problem: the answer is under way. Cut it off rather than let it end as if whole.
            LOG.debugf(context.failure(), "failure after the response to %s started", context.normalizedPath());
            context.request().connection().close();
            return;
        }
        int status = status(context);
        if (status >= 500) {
            LOG.errorf(context.failure(), "request to %s failed", context.normalizedPath());
            problems.reply(context, Problem.ofStatus(status, "the request could not be processed"));
        } else {
            Throwable failure = context.failure();
            String detail = failure == null || failure.getMessage() == null ? "the request was refused"
                    : failure.getMessage();
            problems.reply(context, Problem.ofStatus(status, detail));
        }
    }

    private static int status(RoutingContext context) {
        if (context.statusCode() > 0) {
            return context.statusCode();
        }
        return context.failure() instanceof HttpException http ? http.getStatusCode() : 500;
    }
}
