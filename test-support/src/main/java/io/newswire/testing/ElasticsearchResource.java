package io.newswire.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a Quarkus test at the real Elasticsearch of {@link TestStack}. */
public class ElasticsearchResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.elasticsearch.hosts", TestStack.elasticsearchHosts());
    }

    @Override
    public void stop() {
        // The stack outlives the test: ./pipeline test (or the JVM, for containers) stops it.
    }
}
