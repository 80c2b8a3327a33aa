package io.newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path results;

    @Test
    void latestJsonHoldsTheFiguresUnderTheirSnakeCaseNames() throws IOException {
        ReportFiles.write(ReportFixture.report(), List.of(), results);

        JsonNode latest = Elasticsearch.JSON.readTree(results.resolve("latest.json").toFile());
        assertThat(latest.at("/ceilings/kafka_produce_records_per_s").asDouble()).isEqualTo(20000);
        assertThat(latest.at("/ceilings/es_bulk_docs_per_s").asDouble()).isEqualTo(4000);
        assertThat(latest.at("/ceilings/tagger_articles_per_s").asDouble()).isEqualTo(3000);
        assertThat(latest.at("/ceilings/tagger_words_per_s").asDouble()).isEqualTo(400000);
        assertThat(latest.at("/ceilings/cpu_limit_articles_per_s").asDouble()).isEqualTo(1333);
        for (String stage : List.of("ingest", "kafka", "enrich", "index", "elasticsearch")) {
            assertThat(latest.at("/cpu_ms_per_article/" + stage).isNumber()).as(stage).isTrue();
        }
        for (String field : List.of("accepted", "indexed", "missing", "duplicates", "ingest_per_s", "indexed_per_s",
                "ratio_to_es_ceiling", "ratio_to_cpu_limit", "sustained_indexed_per_s",
                "sustained_ratio_to_cpu_limit")) {
            assertThat(latest.at("/e2e/" + field).isNumber()).as(field).isTrue();
        }
        JsonNode fifty = latest.at("/freshness/1");
        assertThat(fifty.path("load_fraction").asDouble()).isEqualTo(0.5);
        assertThat(fifty.path("rate_per_s").asDouble()).isEqualTo(500);
        assertThat(fifty.path("p50_ms").asLong()).isEqualTo(900);
        assertThat(fifty.path("p95_ms").asLong()).isEqualTo(1400);
        assertThat(fifty.path("p99_ms").asLong()).isEqualTo(1800);
        assertThat(fifty.path("max_ms").asLong()).isEqualTo(2100);
        assertThat(latest.at("/e2e/jit_ms_per_article/ingest-service").asDouble()).isEqualTo(0.01);
        assertThat(latest.at("/rss_mb/ingest-service").asDouble()).isEqualTo(250);
        assertThat(latest.at("/run/machine/load_average/0").asDouble()).isEqualTo(0.5);
    }

    @Test
    void theRunIsKeptUnderItsIdBesideTheLatestCopies() throws IOException {
        ReportFiles.write(ReportFixture.report(), List.of(), results);

        String id = ReportFixture.report().run().id();
        assertThat(results.resolve(id + ".json")).hasSameTextualContentAs(results.resolve("latest.json"));
        assertThat(results.resolve(id + ".md")).exists();
        assertThat(results.resolve(id + "-freshness.svg")).exists();
        assertThat(Files.readString(results.resolve("latest.md"))).contains("latest-freshness.svg");
        assertThat(Files.readString(results.resolve(id + ".md"))).contains(id + "-freshness.svg");
    }
}
