package io.newswire.index.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where a page of results ended: the sort values of its last hit, which Elasticsearch's {@code search_after} starts
 * the next page from. Clients get it as an opaque token (base64url of {@code {"sort":…,"after":[…]}}) and hand it
 * back unchanged; a token that does not decode to values of the kinds its sort order has is refused, as is one made
 * for another sort order. A well-formed token with other values is only another position in the same results.
 */
public record Cursor(SortBy sort, List<Object> values) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MALFORMED = "is not a cursor this service issued";

    public Cursor {
        values = List.copyOf(values);
    }

    public String encode() {
        ObjectNode token = JSON.createObjectNode().put("sort", sort.parameterValue());
        ArrayNode after = token.putArray("after");
        for (Object value : values) {
            switch (value) {
                case Double d -> after.add(d);
                case Long l -> after.add(l);
                case String s -> after.add(s);
                default -> throw new IllegalStateException("unexpected sort value " + value);
            }
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(token));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a token for a search sorted by {@code expected}. */
    public static Cursor decode(String token, SortBy expected) {
        JsonNode tree;
        try {
            tree = JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IOException e) {
            throw new IllegalArgumentException(MALFORMED);
        }
        if (tree == null || !tree.isObject() || tree.size() != 2 || !tree.path("sort").isTextual()
                || !tree.path("after").isArray()) {
            throw new IllegalArgumentException(MALFORMED);
        }
        if (!expected.parameterValue().equals(tree.get("sort").textValue())) {
            throw new IllegalArgumentException("was issued for sort=" + tree.get("sort").textValue()
                    + ", not sort=" + expected.parameterValue());
        }
        JsonNode after = tree.get("after");
        List<SortBy.SortValue> kinds = expected.cursorValues();
        if (after.size() != kinds.size()) {
            throw new IllegalArgumentException(MALFORMED);
        }
        List<Object> values = new ArrayList<>(kinds.size());
        for (int i = 0; i < kinds.size(); i++) {
            values.add(value(after.get(i), kinds.get(i)));
        }
        return new Cursor(expected, values);
    }

    private static Object value(JsonNode node, SortBy.SortValue kind) {
        return switch (kind) {
            case DECIMAL -> {
                if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
                    throw new IllegalArgumentException(MALFORMED);
                }
                yield node.doubleValue();
            }
            case INTEGER -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                    throw new IllegalArgumentException(MALFORMED);
                }
                yield node.longValue();
            }
            case TEXT -> {
                if (!node.isTextual()) {
                    throw new IllegalArgumentException(MALFORMED);
                }
                yield node.textValue();
            }
        };
    }
}
