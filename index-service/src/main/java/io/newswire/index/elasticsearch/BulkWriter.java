package io.newswire.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.newswire.index.IndexConfig;
import io.newswire.index.IndexMetrics;
import io.newswire.index.IndexMetrics.RetryCause;
import io.newswire.index.document.ArticleDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Writes documents to the articles alias in bulk, and does not return until each is indexed or refused for good.
 * Whatever can succeed later (a 429, a 5xx, Elasticsearch unreachable) is retried with capped exponential backoff
 * and jitter, for as long as it takes: the caller holds its Kafka offsets meanwhile, so consumption pauses instead
 * of buffering. A 409 means a newer version of the article is already indexed: done. Anything else is a rejection.
 */
@ApplicationScoped
public class BulkWriter {

    private static final Logger LOG = Logger.getLogger(BulkWriter.class);

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final IndexingReadiness readiness;
    private final IndexConfig config;
    private final IndexMetrics metrics;

    public BulkWriter(ElasticsearchClient client, ArticleIndex index, @Readiness IndexingReadiness readiness,
            IndexConfig config, IndexMetrics metrics) {
        this.client = client;
        this.index = index;
        this.readiness = readiness;
        this.config = config;
        this.metrics = metrics;
    }

    /** Returns the documents Elasticsearch refused for good; every other one is indexed when this returns. */
    public List<Rejection> write(List<ArticleDocument> documents) throws InterruptedException {
        List<Rejection> rejected = new ArrayList<>();
        List<ArticleDocument> pending = documents;
        int failures = 0;
        while (!pending.isEmpty()) {
            List<ArticleDocument> retry = new ArrayList<>();
            RetryCause cause = RetryCause.ITEMS;
            try {
                index.ensureExists();
                BulkResponse response = send(pending);
                for (int i = 0; i < pending.size(); i++) {
                    BulkResponseItem item = response.items().get(i);
                    if (item.error() == null || item.status() == 409) {
                        continue;
                    }
                    if (item.status() == 429 || item.status() >= 500) {
                        retry.add(pending.get(i));
                    } else {
                        rejected.add(new Rejection(pending.get(i), item.error().type() + ": " + item.error().reason()));
                    }
                }
            } catch (Exception e) { // unreachable, timed out, or the whole bulk refused: all of it later
                retry = pending;
                cause = RetryCause.REQUEST;
                readiness.failing(e.toString());
                LOG.warnf("bulk of %d documents failed (%s); retrying", pending.size(), e.toString());
            }
            if (!retry.isEmpty()) {
                metrics.retried(cause);
                Thread.sleep(backoff(failures++).toMillis());
            }
            pending = retry;
        }
        readiness.recovered();
        return rejected;
    }

    /** One bulk request, timed whether Elasticsearch answers it or not. */
    private BulkResponse send(List<ArticleDocument> documents) throws IOException {
        long start = System.nanoTime();
        try {
            return client.bulk(request(documents));
        } finally {
            metrics.bulk(documents.size(), System.nanoTime() - start);
        }
    }

    private BulkRequest request(List<ArticleDocument> documents) {
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index.alias());
        for (ArticleDocument document : documents) {
            BinaryData json = BinaryData.of(document.json(), ContentType.APPLICATION_JSON);
            bulk.operations(op -> op.index(i -> {
                i.id(document.id()).document(json);
                if (document.version() != null) {
                    i.version(document.version()).versionType(VersionType.External);
                }
                return i;
            }));
        }
        return bulk.build();
    }

    /** Exponential from the initial backoff, capped, with "equal jitter": half fixed, half random. */
    Duration backoff(int failures) {
        long ceiling = Math.min(config.maxBackoff().toMillis(),
                config.initialBackoff().toMillis() << Math.min(failures, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }
}
