package io.newswire.index.elasticsearch;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while bulk writes are failing and being retried; ready again after the first that succeeds. */
@Readiness
@ApplicationScoped
public class IndexingReadiness implements HealthCheck {

    private volatile String failure;

    void failing(String reason) {
        failure = reason;
    }

    void recovered() {
        failure = null;
    }

    @Override
    public HealthCheckResponse call() {
        String current = failure;
        return HealthCheckResponse.named("elasticsearch-writes")
                .status(current == null)
                .withData("lastFailure", current == null ? "none" : current)
                .build();
    }
}
