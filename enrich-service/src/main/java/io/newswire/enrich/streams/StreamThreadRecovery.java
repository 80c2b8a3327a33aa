package io.newswire.enrich.streams;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * A stream thread that dies (the broker gone longer than the clients' timeouts) is replaced rather than left dead: the
 * new thread starts from the last committed offsets, so the work since then is done again, never skipped.
 * Quarkus hands this bean to Kafka Streams before it starts.
 */
@ApplicationScoped
public class StreamThreadRecovery implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(StreamThreadRecovery.class);

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        LOG.error("stream thread failed; replacing it", exception);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
