package io.newswire.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.transport.endpoints.BooleanResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.index.IndexConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The articles index: installs its template and creates {@code <alias>-v<version>} behind the alias when missing,
 * and reads documents back by id.
 */
@ApplicationScoped
public class ArticleIndex {

    private static final Logger LOG = Logger.getLogger(ArticleIndex.class);

    private final ElasticsearchClient client;
    private final IndexConfig config;
    private volatile boolean ready;

    public ArticleIndex(ElasticsearchClient client, IndexConfig config) {
        this.client = client;
        this.config = config;
    }

    /** Creates the index at start-up, so searches find an empty index rather than none; retried on first write. */
    void onStart(@Observes StartupEvent event) {
        try {
            ensureExists();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("index %s not created at start-up (%s); the first bulk write will retry", config.indexName(), e);
        }
    }

    /** Installs the template and the index once; cheap to call before every write. */
    public void ensureExists() throws IOException {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            client.indices().putIndexTemplate(t -> t
                    .name(config.alias())
                    .withJson(new StringReader(IndexTemplate.json(config))));
            BooleanResponse exists = client.indices().exists(e -> e.index(config.indexName()));
            if (!exists.value()) {
                try {
                    client.indices().create(c -> c
                            .index(config.indexName())
                            .aliases(config.alias(), a -> a.isWriteIndex(true)));
                    LOG.infof("created index %s behind alias %s", config.indexName(), config.alias());
                } catch (ElasticsearchException e) {
                    // Another replica created it first.
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            ready = true;
        }
    }

    public Optional<ObjectNode> get(String id) throws IOException {
        GetResponse<ObjectNode> response = client.get(g -> g.index(config.alias()).id(id), ObjectNode.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    public String alias() {
        return config.alias();
    }
}
