package io.newswire.index.elasticsearch;

import io.newswire.index.IndexConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The index template of the articles index, from {@code elasticsearch/articles-template.json} with its settings
 * (shards, replicas, refresh interval, merge policy, analyzer) filled in from configuration.
 */
public final class IndexTemplate {

    static final String RESOURCE = "/elasticsearch/articles-template.json";

    private IndexTemplate() {
    }

    public static String json(IndexConfig config) {
        return read()
                .replace("${index.prefix}", config.alias())
                .replace("${index.shards}", Integer.toString(config.shards()))
                .replace("${index.replicas}", Integer.toString(config.replicas()))
                .replace("${index.refresh-interval}", config.refreshInterval())
                .replace("${index.segments-per-tier}", Integer.toString(config.segmentsPerTier()))
                .replace("${index.text-analyzer}", config.textAnalyzer());
    }

    private static String read() {
        try (InputStream in = IndexTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
