package io.newswire.index.kafka;

import io.newswire.index.IndexMetrics.DeadLetterReason;
import io.newswire.index.document.ArticleDocument;
import io.newswire.index.document.DocumentBuilder;
import io.newswire.index.document.UnreadableDocumentException;
import io.newswire.index.elasticsearch.BulkWriter;
import io.newswire.index.elasticsearch.Rejection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Indexes each poll's batch of enriched articles in one bulk request. The batch is acknowledged, and its offsets
 * committed, only when this method returns, that is after every document is indexed or dead-lettered: a crash
 * before that replays the batch, and the document ids (article ids) make the replay rewrite the same documents
 * rather than add new ones.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private final DocumentBuilder documents = new DocumentBuilder();
    private final BulkWriter writer;
    private final IndexDeadLetters deadLetters;

    public EnrichedArticleConsumer(BulkWriter writer, IndexDeadLetters deadLetters) {
        this.writer = writer;
        this.deadLetters = deadLetters;
    }

    @Incoming("articles-enriched")
    @Blocking
    public void index(ConsumerRecords<String, byte[]> batch) throws InterruptedException {
        List<ArticleDocument> toIndex = new ArrayList<>(batch.count());
        Map<ArticleDocument, ConsumerRecord<String, byte[]>> origins = new IdentityHashMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                ArticleDocument document = documents.build(record.value());
                toIndex.add(document);
                origins.put(document, record);
            } catch (UnreadableDocumentException e) {
                deadLetter(record, DeadLetterReason.UNREADABLE, e.getMessage());
            }
        }
        for (Rejection rejection : writer.write(toIndex)) {
            deadLetter(origins.get(rejection.document()), DeadLetterReason.REFUSED, rejection.reason());
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, DeadLetterReason reasonClass, String reason) {
        deadLetters.send(record.key(), record.value(), reasonClass, reason, record.topic(), record.partition(),
                record.offset());
    }
}
