package io.newswire.ingest.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newswire.ingest.IngestConfig;
import io.newswire.problem.Problem;
import io.newswire.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies into JSON trees under hard limits (media type, size, strict UTF-8, nesting depth, duplicate
 * keys, trailing garbage), so hostile input ends as a 400/413/415 problem before any article is looked at.
 */
@ApplicationScoped
public class SubmissionReader {

    private static final String NDJSON_SUBTYPE = "x-ndjson";

    private final ObjectReader reader;
    private final IngestConfig config;

    public SubmissionReader(IngestConfig config) {
        this.config = config;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(config.maxJsonDepth())
                        .maxStringLength(config.maxBatchBytes())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // JSON on the wire is UTF-8 (RFC 8259): a UTF-16 or UTF-32 body is malformed, not guessed at.
                .disable(JsonFactory.Feature.CHARSET_DETECTION)
                .build();
        this.reader = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build()
                .reader();
    }

    /** The body of {@code POST /articles}: one JSON value, sent as {@code application/json}. */
    public JsonNode article(String contentType, ArticleBody body) {
        MediaType type = mediaType(contentType);
        if (!isJson(type)) {
            throw unsupported(type, "application/json");
        }
        return document(body.bytes(), 0, body.bytes().length, "the body");
    }

    /**
     * The body of {@code POST /articles/batch}: a JSON array ({@code application/json}) or one article per non-blank
     * line ({@code application/x-ndjson}). An NDJSON line that is not JSON becomes an {@link Item} with its problem,
     * so the other lines still count.
     */
    public List<Item> batch(String contentType, InputStream body) {
        MediaType type = mediaType(contentType);
        boolean ndjson = isNdjson(type);
        if (!ndjson && !isJson(type)) {
            throw unsupported(type, "application/json or application/x-ndjson");
        }
        byte[] bytes = read(body, config.maxBatchBytes());
        return ndjson ? lines(bytes) : array(bytes);
    }

    /** One batch item: its tree, or the problem that kept it from being read. */
    public record Item(JsonNode tree, Problem problem) {
    }

    private List<Item> array(byte[] body) {
        JsonNode tree = document(body, 0, body.length, "the body");
        if (!tree.isArray()) {
            throw malformed("a JSON batch must be an array of articles");
        }
        checkItems(tree.size());
        List<Item> items = new ArrayList<>(tree.size());
        tree.forEach(item -> items.add(new Item(item, null)));
        return items;
    }

    private List<Item> lines(byte[] body) {
        List<Item> items = new ArrayList<>();
        int start = 0;
        while (start <= body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            if (!isBlank(body, start, end)) {
                checkItems(items.size() + 1);
                try {
                    items.add(new Item(document(body, start, end, "line " + (items.size() + 1)), null));
                } catch (ProblemException e) {
                    items.add(new Item(null, e.problem()));
                }
            }
            start = end + 1;
        }
        return items;
    }

    private JsonNode document(byte[] body, int offset, int end, String what) {
        if (end - offset >= 3 && body[offset] == (byte) 0xEF && body[offset + 1] == (byte) 0xBB
                && body[offset + 2] == (byte) 0xBF) {
            throw malformed(what + " starts with a byte order mark; send UTF-8 without one");
        }
        int malformed = Utf8.firstMalformedByte(body, offset, end);
        if (malformed >= 0) {
            throw malformed(what + " is not valid UTF-8 at byte " + (malformed - offset));
        }
        try {
            JsonNode tree = reader.readTree(body, offset, end - offset);
            if (tree == null || tree.isMissingNode()) {
                throw malformed(what + " is empty");
            }
            return tree;
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw malformed(what + " is not valid JSON: " + reason);
        }
    }

    /** At most {@code max} bytes: reading stops one byte past the limit, however much the client still sends. */
    static byte[] read(InputStream body, int max) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(max + 1);
        } catch (IOException e) {
            throw new ProblemException(Problem.ofStatus(400, "the body could not be read: " + e.getMessage()));
        }
        if (bytes.length > max) {
            throw new ProblemException(Problem.of(413, "too-large", "Content Too Large",
                    "the body is over the limit of " + max + " bytes"));
        }
        return bytes;
    }

    private void checkItems(int count) {
        if (count > config.maxBatchItems()) {
            throw new ProblemException(Problem.of(413, "too-many-items", "Content Too Large",
                    "a batch holds at most " + config.maxBatchItems() + " articles"));
        }
    }

    /** The parsed Content-Type, or null when there is none or it does not parse. */
    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException unparsable) {
            return null;
        }
    }

    private static boolean isJson(MediaType type) {
        return is(type, MediaType.APPLICATION_JSON_TYPE.getSubtype());
    }

    private static boolean isNdjson(MediaType type) {
        return is(type, NDJSON_SUBTYPE);
    }

    /** Exactly application/{subtype} (no wildcard), with no charset but UTF-8. */
    private static boolean is(MediaType type, String subtype) {
        if (type == null || !"application".equalsIgnoreCase(type.getType())
                || !subtype.equalsIgnoreCase(type.getSubtype())) {
            return false;
        }
        for (Map.Entry<String, String> parameter : type.getParameters().entrySet()) {
            String value = parameter.getValue() == null ? "" : parameter.getValue().replace("\"", "").strip();
            if ("charset".equalsIgnoreCase(parameter.getKey()) && !"utf-8".equalsIgnoreCase(value)) {
                return false;
            }
        }
        return true;
    }

    private static ProblemException unsupported(MediaType type, String expected) {
        return new ProblemException(Problem.ofStatus(415, (type == null ? "a valid Content-Type is required" :
                "Content-Type " + type + " is not accepted") + "; send " + expected + " in UTF-8"));
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON", detail));
    }

    private static boolean isBlank(byte[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
