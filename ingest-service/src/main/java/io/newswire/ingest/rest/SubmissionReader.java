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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads request bodies into JSON trees under hard limits (size, nesting depth, duplicate keys, trailing garbage),
 * so hostile input ends as a 400/413 problem before any article is looked at.
 */
@ApplicationScoped
public class SubmissionReader {

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
                .build();
        this.reader = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build()
                .reader();
    }

    /** The body of {@code POST /articles}: one JSON value. */
    public JsonNode article(byte[] body) {
        checkSize(body, config.maxArticleBytes());
        return tree(body, 0, body.length, "the body");
    }

    /** The body of {@code POST /articles/batch} as a JSON array: one value per article. */
    public List<JsonNode> jsonArray(byte[] body) {
        checkSize(body, config.maxBatchBytes());
        JsonNode tree = tree(body, 0, body.length, "the body");
        if (!tree.isArray()) {
            throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON",
                    "a JSON batch must be an array of articles"));
        }
        List<JsonNode> items = new ArrayList<>(tree.size());
        tree.forEach(items::add);
        checkItems(items.size());
        return items;
    }

    /**
     * The body of {@code POST /articles/batch} as NDJSON: one article per non-blank line. A line that is not JSON
     * becomes a {@link Line} with its problem, so the other lines still count.
     */
    public List<Line> ndjson(byte[] body) {
        checkSize(body, config.maxBatchBytes());
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            if (!isBlank(body, start, end)) {
                checkItems(lines.size() + 1);
                try {
                    lines.add(new Line(tree(body, start, end, "line " + (lines.size() + 1)), null));
                } catch (ProblemException e) {
                    lines.add(new Line(null, e.problem()));
                }
            }
            start = end + 1;
        }
        checkItems(lines.size());
        return lines;
    }

    /** One NDJSON line: its tree, or the problem that kept it from being read. */
    public record Line(JsonNode tree, Problem problem) {
    }

    private JsonNode tree(byte[] body, int offset, int end, String what) {
        try {
            JsonNode tree = reader.readTree(body, offset, end - offset);
            if (tree == null || tree.isMissingNode()) {
                throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON", what + " is empty"));
            }
            return tree;
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON",
                    what + " is not valid JSON: " + reason));
        }
    }

    private void checkSize(byte[] body, int max) {
        if (body.length > max) {
            throw new ProblemException(Problem.of(413, "too-large", "Content Too Large",
                    "the body is " + body.length + " bytes; at most " + max + " are accepted"));
        }
    }

    private void checkItems(int count) {
        if (count > config.maxBatchItems()) {
            throw new ProblemException(Problem.of(413, "too-many-items", "Content Too Large",
                    "a batch holds at most " + config.maxBatchItems() + " articles"));
        }
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
