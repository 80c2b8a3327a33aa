package io.newswire.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.ingest.rest.MalformedRequests.Category;
import io.newswire.ingest.rest.MalformedRequests.MalformedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sends more than 10,000 generated malformed requests (see {@link MalformedRequests}) and holds the service to its
 * contract for each: a 4xx answer that is an RFC 9457 problem, nothing published, and still ready afterwards.
 */
@QuarkusTest
@QuarkusTestResource(value = RawTopicResource.class, restrictToAnnotatedClass = true)
class HostileRequestsTest {

    /** Fixed, so every run sends the same requests; -Dnewswire.fuzz.seed=N explores others. */
    private static final long SEED = Long.getLong("newswire.fuzz.seed", 20161213L);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    @Test
    void everyMalformedRequestIsRefusedWithAProblemAndNothingIsPublished() {
        long before = RawTopicResource.endOffsets();
        MalformedRequests requests = new MalformedRequests(SEED);
        Map<Category, Map<Integer, Integer>> statuses = new EnumMap<>(Category.class);
        Map<Category, Long> nanos = new EnumMap<>(Category.class);
        List<String> violations = new ArrayList<>();
        long start = System.nanoTime();
        int sent = 0;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT).build()) {
            for (Category category : requests.schedule()) {
                MalformedRequest request = requests.next(category);
                long sending = System.nanoTime();
                Answer answer = request.host() == null ? send(client, request) : sendRaw(request);
                nanos.merge(category, System.nanoTime() - sending, Long::sum);
                sent++;
                statuses.computeIfAbsent(category, c -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
                String violation = violation(answer);
                if (violation != null) {
                    violations.add(request.describe() + "\n    -> " + violation);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "Hostile requests: seed %d, %d requests in %.1f s, %d violations%n", SEED, sent,
                seconds, violations.size());
        statuses.forEach((category, byStatus) -> System.out.printf(Locale.ROOT, "  %-27s %5d  %5.1f s  statuses %s%n",
                category, byStatus.values().stream().mapToInt(Integer::intValue).sum(), nanos.get(category) / 1e9,
                byStatus));
        violations.stream().limit(40).forEach(violation -> System.out.println("  VIOLATION " + violation));
        writeAll(violations);

        assertThat(sent).isGreaterThanOrEqualTo(10_000);
        assertThat(statuses).containsOnlyKeys(Category.values());
        assertThat(violations).as("requests answered other than with a 4xx problem").isEmpty();
        assertThat(RawTopicResource.endOffsets()).as("records published to the raw topic").isEqualTo(before);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        // And it still takes a valid article: the refusals above are not those of a service refusing everything.
        given().contentType(ContentType.JSON)
                .body("{\"url\": \"https://fuzz.example.org/" + UUID.randomUUID()
                        + "\", \"title\": \"t\", \"text\": \"x\"}")
                .post("/articles").then().statusCode(202);
        assertThat(RawTopicResource.endOffsets()).isEqualTo(before + 1);
    }

    /** Every violation, for when there are more than the console shows. */
    private static void writeAll(List<String> violations) {
        try {
            Files.write(Path.of("target", "hostile-requests-violations.txt"), violations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What came back: a status, its Content-Type and body, or (status 0) the error that kept any from coming. */
    private record Answer(int status, String contentType, byte[] body, String error) {
    }

    private static String violation(Answer answer) {
        if (answer.error() != null) {
            return "no answer: " + answer.error();
        }
        String summary = answer.status() + " " + answer.contentType() + " "
                + new String(answer.body(), 0, Math.min(answer.body().length, 200), StandardCharsets.UTF_8);
        if (answer.status() < 400 || answer.status() > 499) {
            return "not a 4xx: " + summary;
        }
        String mediaType = answer.contentType() == null ? "" : answer.contentType().split(";")[0].strip();
        if (!mediaType.equalsIgnoreCase("application/problem+json")) {
            return "not application/problem+json: " + summary;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            boolean valid = problem != null && problem.isObject() && problem.path("status").isInt()
                    && problem.get("status").intValue() == answer.status()
                    && problem.path("type").isTextual() && problem.path("title").isTextual();
            return valid ? null : "not an RFC 9457 problem of that status: " + summary;
        } catch (IOException e) {
            return "body is not JSON: " + summary;
        }
    }

    private Answer send(HttpClient client, MalformedRequest request) {
        HttpRequest.BodyPublisher body = request.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()))
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(base() + request.target()))
                .timeout(TIMEOUT)
                .method(request.method(), body);
        if (request.contentType() != null) {
            http.header("Content-Type", request.contentType());
        }
        if (request.accept() != null) {
            http.header("Accept", request.accept());
        }
        try {
            HttpResponse<byte[]> response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), null);
        } catch (IOException e) {
            return new Answer(0, null, new byte[0], e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What HttpClient will not send (an odd Host header, or none) goes over a socket of its own. */
    private Answer sendRaw(MalformedRequest request) {
        List<String> headers = new ArrayList<>(List.of("Content-Type: " + request.contentType()));
        if (!MalformedRequests.NO_HOST.equals(request.host())) {
            headers.add("Host: " + request.host());
        }
        try {
            RawHttp.Response response = RawHttp.exchange(root, request.method() + " " + request.target() + " HTTP/1.1",
                    headers, request.body());
            return new Answer(response.status(), response.contentType(), response.body(), null);
        } catch (IOException e) {
            return new Answer(0, null, new byte[0], e.toString());
        }
    }

    private String base() {
        return root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
    }
}
