package io.newswire.ingest.kafka;

/** A submission refused without a send, because Kafka was found unreachable and is not known to be back. */
public class KafkaUnavailableException extends RuntimeException {

    KafkaUnavailableException() {
        super("Kafka is unreachable; not trying until the next probe succeeds", null, false, false);
    }
}
