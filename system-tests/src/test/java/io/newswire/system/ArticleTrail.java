package io.newswire.system;

import io.newswire.model.DeadLetterHeaders;
import io.newswire.testing.KafkaTopics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.header.Header;

/**
 * Where articles are in the pipeline's topics, as read_committed readers see them, and how far each stage's consumer
 * group has committed: for an article missing from the index, the stage it got to, and whether that stage moved past
 * it (lost) or has not reached it yet (stalled, or held behind a transaction still open). A failed audit prints this,
 * so a loss seen once on CI says where to look.
 */
final class ArticleTrail {

    private static final List<String> TOPICS = List.of("articles.raw", "articles.enriched", "articles.dlq",
            "articles.enriched.dlq");

    private ArticleTrail() {
    }

    /**
     * One line per id: each topic's records of it (partition@offset, timestamp, dead-letter reason); then, per
     * partition, the offsets committed by the groups reading the raw and enriched topics and those topics' ends.
     */
    static String of(Collection<String> ids) {
        StringBuilder trail = new StringBuilder();
        List<List<ConsumerRecord<String, byte[]>>> topics = TOPICS.stream().map(TopicRecords::readAll).toList();
        for (String id : ids) {
            trail.append("\n    ").append(id).append(':');
            for (int t = 0; t < TOPICS.size(); t++) {
                String found = topics.get(t).stream()
                        .filter(record -> id.equals(record.key()))
                        .map(ArticleTrail::describe)
                        .collect(Collectors.joining(", "));
                trail.append(' ').append(TOPICS.get(t)).append(" [").append(found).append(']');
            }
        }
        try (KafkaTopics kafka = new KafkaTopics()) {
            trail.append("\n    articles.raw: newswire-enrich committed ")
                    .append(kafka.committedOffsets("newswire-enrich", "articles.raw"))
                    .append(", end ").append(kafka.endOffsets("articles.raw", IsolationLevel.READ_UNCOMMITTED));
            trail.append("\n    articles.enriched: newswire-index committed ")
                    .append(kafka.committedOffsets("newswire-index", "articles.enriched"))
                    .append(", last stable ")
                    .append(kafka.endOffsets("articles.enriched", IsolationLevel.READ_COMMITTED))
                    .append(", end ").append(kafka.endOffsets("articles.enriched", IsolationLevel.READ_UNCOMMITTED));
        }
        return trail.toString();
    }

    private static String describe(ConsumerRecord<String, byte[]> record) {
        Header reason = record.headers().lastHeader(DeadLetterHeaders.REASON);
        return record.partition() + "@" + record.offset() + " " + Instant.ofEpochMilli(record.timestamp())
                + (reason == null ? "" : " \"" + new String(reason.value(), StandardCharsets.UTF_8) + "\"");
    }
}
