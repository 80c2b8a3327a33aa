package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.testing.TestStack;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On a real Elasticsearch node: a scratch index that refreshes only when the test says so. */
class FreshnessProbeTest {

    private final String index = "freshness-probe-test-" + UUID.randomUUID();
    private final Elasticsearch elasticsearch = new Elasticsearch("http://" + TestStack.elasticsearchHosts());

    @BeforeEach
    void createIndex() throws Exception {
        ObjectNode body = Elasticsearch.JSON.createObjectNode();
        body.putObject("settings").putObject("index").put("refresh_interval", "-1");
        elasticsearch.put("/" + index, body);
    }

    @AfterEach
    void deleteIndex() throws Exception {
        elasticsearch.delete("/" + index);
        elasticsearch.close();
    }

    @Test
    void searchesOnlyOnceTheCountGrewAndTimesTheSampleFromIts202() throws Exception {
        try (FreshnessProbe probe = new FreshnessProbe(elasticsearch, index, 1000)) {
            long accepted = System.nanoTime();
            probe.offer(new Acceptance("article-1", "https://example.org/1", accepted));
            ObjectNode document = Elasticsearch.JSON.createObjectNode()
                    .put("enrichedAt", OffsetDateTime.now().toString());
            elasticsearch.put("/" + index + "/_doc/article-1?refresh=true", document);

            Thread.sleep(300);
            assertThat(probe.samples()).as("searchable, but no count has grown yet").isEmpty();

            probe.searchableGrew();
            assertThat(probe.awaitAll(10_000)).as("samples not found").isZero();
            long waited = (System.nanoTime() - accepted) / 1_000_000;
            assertThat(probe.samples()).singleElement().satisfies(sample -> {
                assertThat(sample.millis()).isBetween(300L, waited);
                assertThat(sample.enrichedMillis()).isLessThan(300L);
            });
        }
    }
}
