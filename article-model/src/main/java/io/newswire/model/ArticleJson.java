package io.newswire.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON mapping of the event contract, shared by every writer and reader of the topics. */
public final class ArticleJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // Readers ignore fields added by newer writers, so the contract can grow without breaking them.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Keep the offset the article was published with; "today" in its text means its local date.
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ArticleJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
