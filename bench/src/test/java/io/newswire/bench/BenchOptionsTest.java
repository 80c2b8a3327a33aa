package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "NEWSWIRE_REPO", "/repo", "NEWSWIRE_PIPELINE", "/repo/pipeline", "NEWSWIRE_STATE_DIR", "/repo/.state",
            "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092", "ELASTICSEARCH_HOSTS", "127.0.0.1:9200",
            "INGEST_URL", "http://127.0.0.1:8081");

    @Test
    void defaultsAreTheIssuesRun() {
        BenchOptions options = BenchOptions.parse(List.of(), ENVIRONMENT);

        assertThat(options.articles()).isEqualTo(50_000);
        assertThat(options.passes()).isEqualTo(3);
        assertThat(options.connections()).isEqualTo(64);
        assertThat(options.unboundedArticles()).isEqualTo(20_000);
        assertThat(options.loadFractions()).containsExactly(0.25, 0.5);
        assertThat(options.data()).isEqualTo(Path.of("/shared/data"));
        assertThat(options.results()).isEqualTo(Path.of("/repo/bench/results"));
        assertThat(options.elasticsearchUrl()).isEqualTo("http://127.0.0.1:9200");
        assertThat(options.settings()).isEmpty();
    }

    @Test
    void optionsAndSettingsAreRead() {
        BenchOptions options = BenchOptions.parse(List.of("--articles", "20000", "--load", "0.5", "--set",
                "kafka-streams.num.stream.threads=2", "--keep"), ENVIRONMENT);

        assertThat(options.articles()).isEqualTo(20_000);
        assertThat(options.unboundedArticles()).isEqualTo(20_000);
        assertThat(options.loadFractions()).containsExactly(0.5);
        assertThat(options.settings()).containsEntry(Knob.ENRICH_THREADS, "2");
        assertThat(options.keepDocuments()).isTrue();
    }

    @Test
    void aFewerArticlesRunCapsTheUnboundedRun() {
        assertThat(BenchOptions.parse(List.of("--articles", "2000"), ENVIRONMENT).unboundedArticles())
                .isEqualTo(2000);
    }

    @Test
    void unknownOptionsAndBadFractionsAreRefused() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--artcles", "5"), ENVIRONMENT))
                .hasMessageContaining("artcles");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--load", "1.5"), ENVIRONMENT))
                .hasMessageContaining("(0, 1]");
    }

    @Test
    void outsideThePipelineScriptTheMissingEnvironmentIsNamed() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of(), Map.of()))
                .hasMessageContaining("NEWSWIRE_REPO").hasMessageContaining("./pipeline bench");
    }
}
