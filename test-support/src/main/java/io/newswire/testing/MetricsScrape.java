package io.newswire.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One scrape of a service's {@code /q/metrics}: its samples, read from the Prometheus text format. */
public final class MetricsScrape {

    /** One line of the exposition: {@code name{label="value",...} value}. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private MetricsScrape(List<Sample> samples) {
        this.samples = samples;
    }

    /** GETs the metrics endpoint (a {@code @TestHTTPResource("/q/metrics")}) and parses the answer. */
    public static MetricsScrape of(URL endpoint) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(endpoint.toString()))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(endpoint + " answered " + response.statusCode() + ": " + response.body());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static MetricsScrape parse(String exposition) {
        List<Sample> samples = new ArrayList<>();
        for (String line : exposition.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(sample(line.strip()));
            }
        }
        return new MetricsScrape(samples);
    }

    /**
     * The sum of the samples named so whose labels include the given ones ({@code "outcome", "accepted", ...});
     * fails when there is none, so a renamed or missing metric is never read as zero.
     */
    public double value(String name, String... labels) {
        List<Sample> matching = matching(name, labels);
        if (matching.isEmpty()) {
            throw new AssertionError("no sample " + name + " with labels " + List.of(labels) + " in the scrape");
        }
        return matching.stream().mapToDouble(Sample::value).sum();
    }

    public boolean has(String name, String... labels) {
        return !matching(name, labels).isEmpty();
    }

    public List<Sample> matching(String name, String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name, value pairs");
        }
        return samples.stream().filter(sample -> sample.name().equals(name) && hasLabels(sample, labels)).toList();
    }

    private static boolean hasLabels(Sample sample, String[] labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }

    private static Sample sample(String line) {
        int braces = line.indexOf('{');
        if (braces < 0) {
            int space = line.indexOf(' ');
            return new Sample(line.substring(0, space), Map.of(), number(line.substring(space + 1).split(" ")[0]));
        }
        Map<String, String> labels = new HashMap<>();
        int at = braces + 1;
        while (line.charAt(at) != '}') {
            int equals = line.indexOf('=', at);
            String label = line.substring(at, equals);
            StringBuilder value = new StringBuilder();
            at = equals + 2; // past ="
            while (line.charAt(at) != '"') {
                char c = line.charAt(at++);
                if (c == '\\') {
                    char escaped = line.charAt(at++);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            labels.put(label, value.toString());
            at++; // past the closing quote
            if (line.charAt(at) == ',') {
                at++;
            }
        }
        return new Sample(line.substring(0, braces), labels, number(line.substring(at + 1).strip().split(" ")[0]));
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
