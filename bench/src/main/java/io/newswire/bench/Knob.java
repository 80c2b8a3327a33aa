package io.newswire.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * A tuning setting of a service the bench can run with: its key in the service's application.properties (where
 * its default and the measured reason for it live) and the environment variable that overrides it.
 */
enum Knob {
    INGEST_LINGER("ingest-service", "kafka.linger.ms"),
    INGEST_BATCH("ingest-service", "kafka.batch.size"),
    INGEST_BACKLOG("ingest-service", "newswire.ingest.backlog.max-articles"),
    ENRICH_THREADS("enrich-service", "kafka-streams.num.stream.threads"),
    ENRICH_LINGER("enrich-service", "kafka-streams.producer.linger.ms"),
    ENRICH_BATCH("enrich-service", "kafka-streams.producer.batch.size"),
    ENRICH_COMMIT_INTERVAL("enrich-service", "kafka-streams.commit.interval.ms"),
    ENRICH_FETCH_MIN_BYTES("enrich-service", "kafka-streams.consumer.fetch.min.bytes"),
    ENRICH_FETCH_MAX_WAIT("enrich-service", "kafka-streams.consumer.fetch.max.wait.ms"),
    INDEX_BULK_SIZE("index-service", "mp.messaging.incoming.articles-enriched.max.poll.records"),
    INDEX_CONCURRENCY("index-service", "mp.messaging.incoming.articles-enriched.partitions"),
    INDEX_FETCH_MIN_BYTES("index-service", "mp.messaging.incoming.articles-enriched.fetch.min.bytes"),
    INDEX_FETCH_MAX_WAIT("index-service", "mp.messaging.incoming.articles-enriched.fetch.max.wait.ms");

    final String service;
    final String key;

    Knob(String service, String key) {
        this.service = service;
        this.key = key;
    }

    /** The variable Quarkus maps onto the key: every character other than a letter or digit becomes '_'. */
    String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The name on the command line: {@code --set ingest-service:kafka.linger.ms=5} or just the key. */
    static Knob named(String name) {
        for (Knob knob : values()) {
            if (name.equals(knob.key) || name.equals(knob.service + ":" + knob.key)) {
                return knob;
            }
        }
        throw new IllegalArgumentException("no such setting: " + name);
    }

    /** The value the service's application.properties gives the key, or "(client default)" if none. */
    String defaultValue(Path repository) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                repository.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties.getProperty(key, "(client default)");
    }
}
