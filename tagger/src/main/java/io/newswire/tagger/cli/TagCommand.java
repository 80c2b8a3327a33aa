package io.newswire.tagger.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newswire.model.ArticleJson;
import io.newswire.model.Entity;
import io.newswire.model.Place;
import io.newswire.model.PublicationTime;
import io.newswire.model.Tags;
import io.newswire.model.TemporalExpression;
import io.newswire.tagger.Tagger;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./pipeline tag}: JSON Lines in ({@code {"id", "text", "publishedAt"?}}), one JSON line out per line in, in
 * the same order, with the same engine and output as enrich-service. A line that cannot be tagged is answered with
 * {@code {"id": ..., "error": "..."}} and the stream goes on. Lines are tagged on as many threads as there are
 * processors and written back in input order, with a bounded number of lines in flight.
 */
public final class TagCommand {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"\\\\]*)\"");
    /** Lines read ahead of the one being written, per thread: enough to keep every thread busy. */
    private static final int IN_FLIGHT_PER_THREAD = 32;

    private final Tagger tagger;
    private final int threads;
    private final ObjectReader reader = ArticleJson.mapper().reader();
    private final ObjectWriter tagsWriter = ArticleJson.mapper().writerFor(TaggedLine.class);
    private final ObjectWriter errorWriter = ArticleJson.mapper().writerFor(ErrorLine.class);

    /** A command tagging on one thread. */
    public TagCommand(Tagger tagger) {
        this(tagger, 1);
    }

    public TagCommand(Tagger tagger, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.tagger = tagger;
        this.threads = threads;
    }

    public static void main(String[] args) throws IOException {
        TagCommand command = new TagCommand(Tagger.load(), Runtime.getRuntime().availableProcessors());
        try (Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            command.run(in, out);
        }
    }

    public void run(Reader input, Writer output) throws IOException {
        BufferedReader lines = new BufferedReader(input, 1 << 16);
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "tagger");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<String>> pending = new ArrayDeque<>();
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank()) {
                    String article = line;
                    pending.add(pool.submit(() -> tag(article)));
                    if (pending.size() >= threads * IN_FLIGHT_PER_THREAD) {
                        write(next(pending), output);
                    }
                }
            }
            while (!pending.isEmpty()) {
                write(next(pending), output);
            }
            output.flush();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void write(String line, Writer output) throws IOException {
        output.write(line);
        output.write('\n');
    }

    /** The output line of the oldest line in flight, once tagged. */
    private static String next(Deque<Future<String>> pending) throws IOException {
        try {
            return pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while tagging");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** The output line for one input line. */
    String tag(String line) throws IOException {
        String id = null;
        try {
            JsonNode article = reader.readTree(line);
            if (article == null || !article.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            id = article.path("id").isTextual() ? article.get("id").textValue() : null;
            JsonNode text = article.get("text");
            if (text == null || !text.isTextual()) {
                throw new IllegalArgumentException("text must be a string");
            }
            Tags tags = tagger.tag(text.textValue(), publicationDate(article.get("publishedAt")));
            return tagsWriter.writeValueAsString(new TaggedLine(id, tags.locations(), tags.entities(), tags.dates()));
        } catch (JsonProcessingException e) {
            String reason = "invalid JSON: " + e.getOriginalMessage();
            return errorWriter.writeValueAsString(new ErrorLine(idOfBrokenLine(line), reason));
        } catch (IOException | RuntimeException e) {
            return errorWriter.writeValueAsString(new ErrorLine(id, e.getMessage()));
        }
    }

    /** The id of a line that is not JSON, when it still reads {@code "id": "..."}: the answer names it. */
    private static String idOfBrokenLine(String line) {
        Matcher id = ID.matcher(line);
        return id.find() ? id.group(1) : null;
    }

    private static LocalDate publicationDate(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("publishedAt must be an ISO-8601 date or date-time string");
        }
        try {
            return PublicationTime.parse(value.textValue()).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("publishedAt is not an ISO-8601 date or date-time: " + value.textValue());
        }
    }

    record TaggedLine(String id, List<Place> locations, List<Entity> entities, List<TemporalExpression> dates) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ErrorLine(String id, String error) {
    }
}
