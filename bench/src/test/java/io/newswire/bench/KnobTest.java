package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnobTest {

    @TempDir
    Path repository;

    @Test
    void theEnvironmentVariableIsTheKeyAsQuarkusMapsIt() {
        assertThat(Knob.INDEX_CONCURRENCY.environmentVariable())
                .isEqualTo("MP_MESSAGING_INCOMING_ARTICLES_ENRICHED_PARTITIONS");
        assertThat(Knob.ENRICH_THREADS.environmentVariable()).isEqualTo("KAFKA_STREAMS_NUM_STREAM_THREADS");
        assertThat(Knob.INGEST_BACKLOG.environmentVariable()).isEqualTo("NEWSWIRE_INGEST_BACKLOG_MAX_ARTICLES");
    }

    @Test
    void aKnobIsNamedByItsKeyWithOrWithoutItsService() {
        assertThat(Knob.named("kafka.linger.ms")).isEqualTo(Knob.INGEST_LINGER);
        assertThat(Knob.named("ingest-service:kafka.linger.ms")).isEqualTo(Knob.INGEST_LINGER);
        assertThatThrownBy(() -> Knob.named("kafka.nonsense")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultIsTheServicesApplicationProperties() throws IOException {
        Path properties = repository.resolve("ingest-service/src/main/resources/application.properties");
        Files.createDirectories(properties.getParent());
        Files.writeString(properties, "# a comment\nkafka.linger.ms=7\n");

        assertThat(Knob.INGEST_LINGER.defaultValue(repository)).isEqualTo("7");
        assertThat(Knob.INGEST_BATCH.defaultValue(repository)).isEqualTo("(client default)");
    }

    @Test
    void everyKnobIsInItsServicesApplicationProperties() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (Knob knob : Knob.values()) {
            assertThat(knob.defaultValue(root)).as(knob.key).doesNotStartWith("(");
        }
    }
}
