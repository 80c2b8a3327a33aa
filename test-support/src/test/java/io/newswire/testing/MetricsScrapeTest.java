package io.newswire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MetricsScrapeTest {

    private static final MetricsScrape SCRAPE = MetricsScrape.parse("""
            # HELP newswire_ingest_articles_total Articles
            # TYPE newswire_ingest_articles_total counter
            newswire_ingest_articles_total{outcome="accepted",reason="none"} 3.0
            newswire_ingest_articles_total{outcome="rejected",reason="too-large"} 2.0
            newswire_ingest_articles_total{outcome="rejected",reason="invalid-field"} 1.0
            process_uptime_seconds 12.5
            odd_label{detail="say \\"hi\\", then go"} NaN
            """);

    @Test
    void sumsTheSamplesWhoseLabelsInclude() {
        assertEquals(3.0, SCRAPE.value("newswire_ingest_articles_total", "outcome", "rejected"));
        assertEquals(2.0, SCRAPE.value("newswire_ingest_articles_total", "reason", "too-large"));
        assertEquals(6.0, SCRAPE.value("newswire_ingest_articles_total"));
        assertEquals(12.5, SCRAPE.value("process_uptime_seconds"));
    }

    @Test
    void readsEscapedLabelValues() {
        assertEquals(1, SCRAPE.matching("odd_label", "detail", "say \"hi\", then go").size());
    }

    @Test
    void aMissingMetricFailsInsteadOfReadingAsZero() {
        assertFalse(SCRAPE.has("newswire_ingest_articles_total", "reason", "unauthorized"));
        assertThrows(AssertionError.class, () -> SCRAPE.value("newswire_ingest_articles_total", "reason", "unauthorized"));
    }
}
