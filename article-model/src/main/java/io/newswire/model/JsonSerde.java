package io.newswire.model;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * JSON serde for Kafka clients and Kafka Streams, built on {@link ArticleJson}. A record that cannot be read
 * raises {@link SerializationException}, which callers turn into a dead letter.
 */
public final class JsonSerde<T> implements Serde<T> {

    public static final JsonSerde<Article> ARTICLE = new JsonSerde<>(Article.class);
    public static final JsonSerde<EnrichedArticle> ENRICHED_ARTICLE = new JsonSerde<>(EnrichedArticle.class);

    private final ObjectReader reader;
    private final ObjectWriter writer;

    public JsonSerde(Class<T> type) {
        this.reader = ArticleJson.mapper().readerFor(type);
        this.writer = ArticleJson.mapper().writerFor(type);
    }

    public byte[] write(T value) {
        if (value == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public T read(byte[] json) {
        if (json == null) {
            return null;
        }
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            throw new SerializationException("unreadable JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> write(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, json) -> read(json);
    }
}
