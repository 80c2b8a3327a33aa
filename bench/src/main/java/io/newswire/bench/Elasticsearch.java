package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few Elasticsearch REST calls the bench makes, as JSON trees over the JDK's HTTP client. */
final class Elasticsearch implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Elasticsearch(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    JsonNode get(String path) throws IOException {
        return send("GET", path, null, "application/json", true);
    }

    JsonNode post(String path, JsonNode body) throws IOException {
        return send("POST", path, JSON.writeValueAsBytes(body), "application/json", true);
    }

    JsonNode put(String path, JsonNode body) throws IOException {
        return send("PUT", path, JSON.writeValueAsBytes(body), "application/json", true);
    }

    /** DELETE; a missing resource is not an error. */
    void delete(String path) throws IOException {
        send("DELETE", path, null, "application/json", false);
    }

    /** A bulk request; fails unless every item succeeded. */
    JsonNode bulk(byte[] ndjson) throws IOException {
        JsonNode response = send("POST", "/_bulk", ndjson, "application/x-ndjson", true);
        if (response.path("errors").asBoolean()) {
            for (JsonNode item : response.path("items")) {
                JsonNode result = item.elements().next();
                if (result.has("error")) {
                    throw new IOException("bulk item failed: " + result.get("error"));
                }
            }
        }
        return response;
    }

    /**
     * Merges away the deleted documents of the index, so that the next run's indexing does not pay for merging them.
     */
    void expungeDeletes(String index) throws IOException {
        send("POST", "/" + index + "/_refresh", null, "application/json", true);
        send("POST", "/" + index + "/_forcemerge?only_expunge_deletes=true", null, "application/json", true);
    }

    /** Documents a query matches among those searchable now (refreshed). */
    long count(String index, JsonNode query) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", query);
        return post("/" + index + "/_count", body).path("count").asLong();
    }

    private JsonNode send(String method, String path, byte[] body, String type, boolean strict) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", type)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + method + " " + path, e);
        }
        if (strict && response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    @Override
    public void close() {
        http.close();
    }
}
