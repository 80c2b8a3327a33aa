package io.newswire.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A seeded generator of requests ingest-service must refuse. Most start from a valid article (a fresh URL each) and
 * break exactly one thing, so a request the service wrongly accepted would be published and show in the topic's
 * end offsets. The same seed gives the same requests in the same order.
 */
final class MalformedRequests {

    /** What is wrong with a request, and how many of the run are of that kind. */
    enum Category {
        INVALID_JSON(900, MalformedRequests::invalidJson),
        TRUNCATED_BODY(600, MalformedRequests::truncatedBody),
        WRONG_TYPES(900, MalformedRequests::wrongTypes),
        HUGE_NUMBERS(400, MalformedRequests::hugeNumbers),
        DEEP_NESTING(500, MalformedRequests::deepNesting),
        HUGE_FIELDS(300, MalformedRequests::hugeFields),
        HUGE_BODIES(8, MalformedRequests::hugeBodies),
        INVALID_UTF8(900, MalformedRequests::invalidUtf8),
        NUL_AND_CONTROL_CHARACTERS(700, MalformedRequests::controlCharacters),
        LONE_SURROGATES(500, MalformedRequests::loneSurrogates),
        BOM_AND_OTHER_ENCODINGS(300, MalformedRequests::otherEncodings),
        WRONG_CONTENT_TYPE(700, MalformedRequests::wrongContentType),
        CHARSET_PARAMETERS(400, MalformedRequests::charsetParameters),
        WRONG_METHOD(500, MalformedRequests::wrongMethod),
        OVERLONG_URLS(700, MalformedRequests::overlongUrls),
        NON_HTTP_URLS(700, MalformedRequests::nonHttpUrls),
        BATCH_OVER_ITEM_LIMIT(300, MalformedRequests::batchOverLimit),
        MALFORMED_BATCHES(700, MalformedRequests::malformedBatches),
        EMPTY_BODIES(200, MalformedRequests::emptyBodies),
        UNACCEPTABLE_ACCEPT(200, MalformedRequests::unacceptableAccept),
        ODD_HOST_HEADER(100, MalformedRequests::oddHost);

        final int count;
        private final Function<MalformedRequests, MalformedRequest> generator;

        Category(int count, Function<MalformedRequests, MalformedRequest> generator) {
            this.count = count;
            this.generator = generator;
        }
    }

    /**
     * One request. {@code contentType} and {@code accept} are null when the header is left out; {@code host} is
     * null for the normal Host header (anything else must be sent over a raw socket); {@code chunked} sends the body
     * without a Content-Length.
     */
    record MalformedRequest(Category category, String method, String target, String contentType, String accept,
            String host, byte[] body, boolean chunked) {

        String describe() {
            String start = new String(body, 0, Math.min(body.length, 160), StandardCharsets.ISO_8859_1)
                    .replaceAll("[^\\x20-\\x7e]", "?");
            return category + " " + method + " " + abbreviate(target) + " [Content-Type: " + contentType
                    + (accept == null ? "" : ", Accept: " + accept) + (host == null ? "" : ", Host: " + host)
                    + (chunked ? ", chunked" : "") + "] " + body.length + " bytes: " + start;
        }

        private static String abbreviate(String target) {
            return target.length() <= 80 ? target : target.substring(0, 80) + "...(" + target.length() + ")";
        }
    }

    /** A {@code host} that sends no Host header at all. */
    static final String NO_HOST = "(none)";
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    static final int BATCH_ITEM_LIMIT = 5; // RawTopicResource's newswire.ingest.max-batch-items
    private static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_FIELD_LENGTH = 1000;
    private static final int MAX_TEXT_BYTES = 1_048_576;
    private static final int MAX_ARTICLE_BYTES = 2_097_152;
    private static final int MAX_BATCH_BYTES = 33_554_432;
    /** Above quarkus.http.limits.max-body-size (40M), where Vert.x itself would answer. */
    private static final int HUGE_BODY_BYTES = 50 * 1024 * 1024;
    private static final String MARK = "FUZZMARK";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> STRING_FIELDS = List.of("url", "title", "text", "source", "language",
            "publishedAt");
    private static final List<String> REQUIRED_FIELDS = List.of("url", "title", "text");
    private static final List<String> WORDS = List.of("Palmyra", "militants", "seized", "arms", "on", "10",
            "December", "Reuters", "said", "the", "Moskva", "São", "Paulo", "Zürich", "café", "北京", "東京",
            "Москва", "🙂", "naïve", "Ελλάδα", "Tuesday", "2016", "ministry");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Random random;
    private Category current;
    private int hugeBodiesMade;
    private byte[] hugeBody;

    MalformedRequests(long seed) {
        this.random = new Random(seed);
    }

    /** Every category's count of requests, in an order shuffled by the seed. */
    List<Category> schedule() {
        List<Category> schedule = new ArrayList<>();
        for (Category category : Category.values()) {
            schedule.addAll(Collections.nCopies(category.count, category));
        }
        Collections.shuffle(schedule, random);
        return schedule;
    }

    MalformedRequest next(Category category) {
        current = category;
        return category.generator.apply(this);
    }

    // ---- categories ----

    private MalformedRequest invalidJson() {
        String article = json(article());
        String broken = switch (random.nextInt(12)) {
            case 0 -> article + pick(" x", "}", "]", ",", " {}", " null", "{}", " \"tail\"");
            case 1 -> article.substring(0, article.length() - 1) + "]";
            case 2 -> article.replace('"', '\'');
            case 3 -> first(article, "\"url\":", "url:");
            case 4 -> article.substring(0, article.length() - 1) + ",}";
            case 5 -> "{\"extra\": " + pick("NaN", "Infinity", "-Infinity", "undefined", "0x1F", "007", "+1",
                    ".5", "1.", "1e", "tru", "nul", "'single'", "\"open", "/* c */ 1", "// c\n1", "--1", "1 2")
                    + ", " + article.substring(1);
            case 6 -> first(article, "\":", "\" ");
            case 7 -> first(article, ",\"", " \"");
            case 8 -> article.substring(0, article.length() - 1) + ",\"url\":\"https://fuzz.example.org/dup\"}";
            case 9 -> first(article, "\"title\":\"", "\"title\":\"line\nbreak ");
            case 10 -> first(article, "\"title\":\"", "\"title\":\"" // never followed by what would complete it
                    + pick("\\x41", "\\u12z", "\\u12G4", "\\q", "\\z", "\\U0041", "\\'"));
            default -> article + article;
        };
        return post(pickTarget(), JSON, utf8(broken));
    }

    private MalformedRequest truncatedBody() {
        boolean batch = random.nextBoolean();
        String body = batch ? "[" + json(article()) + "," + json(article()) + "]" : json(article());
        String truncated = body.substring(0, random.nextInt(body.length()));
        return post(batch ? "/articles/batch" : "/articles", JSON, utf8(truncated));
    }

    private MalformedRequest wrongTypes() {
        if (random.nextInt(5) == 0) { // a valid JSON value that is no article
            return post("/articles", JSON, utf8(pick("[" + json(article()) + "]", "\"an article\"", "42", "true",
                    "null", "[[[\"x\"]]]", "[]", "-0", "1.5e3")));
        }
        Map<String, Object> article = article();
        String field = pick(STRING_FIELDS);
        article.put(field, wrongValue(REQUIRED_FIELDS.contains(field)));
        return postArticleOrBatchOfOne(article);
    }

    private MalformedRequest hugeNumbers() {
        String number = switch (random.nextInt(6)) {
            case 0 -> "1" + "0".repeat(1000 + random.nextInt(4000)); // past Jackson's number length limit
            case 1 -> "-" + "9".repeat(1000 + random.nextInt(4000));
            case 2 -> "1e" + pick("99999", "999999999999", "-99999", "+400");
            case 3 -> "0." + "1".repeat(1000 + random.nextInt(2000));
            case 4 -> new BigInteger(200, random).toString();
            default -> "1E+" + "9".repeat(20);
        };
        String article = json(article());
        String field = pick(STRING_FIELDS.subList(0, 3));
        // A regex replacement, safe here: no number holds "$" or a backslash.
        String body = random.nextInt(8) == 0 ? number
                : article.replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":" + number);
        return post("/articles", JSON, utf8(body));
    }

    private MalformedRequest deepNesting() {
        int depth = random.nextInt(10) == 0 ? 10_000
                : 33 + (int) Math.round(Math.pow(10_000 - 33, random.nextDouble())); // log-uniform over 33..10,000
        String open;
        String close;
        switch (random.nextInt(3)) {
            case 0 -> {
                open = "[";
                close = "]";
            }
            case 1 -> {
                open = "{\"a\":";
                close = "}";
            }
            default -> {
                open = "[{\"a\":";
                close = "}]";
            }
        }
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        // As an unknown member of an otherwise valid article, the nesting is the only thing wrong with it.
        String article = json(article());
        String body = switch (random.nextInt(3)) {
            case 0 -> nested;
            case 1 -> "{\"extra\":" + nested + "," + article.substring(1);
            default -> "[" + article + "," + nested + "]";
        };
        return post(body.startsWith("[" + article) ? "/articles/batch" : pickTarget(), JSON, utf8(body));
    }

    private MalformedRequest hugeFields() {
        Map<String, Object> article = article();
        switch (random.nextInt(20)) {
            case 0 -> article.put("text", "x".repeat(MAX_TEXT_BYTES + 1 + random.nextInt(MAX_TEXT_BYTES / 2)));
            case 1, 2, 3 -> article.put("title", words(MAX_FIELD_LENGTH + 1 + random.nextInt(20_000)));
            case 4, 5, 6 -> article.put("source", words(MAX_FIELD_LENGTH + 1 + random.nextInt(20_000)));
            case 7, 8, 9, 10 -> article.put("language", "en" + "-gb".repeat(400 + random.nextInt(50_000)));
            case 11, 12 -> article.put("language", "x".repeat(9 + random.nextInt(50_000)));
            case 13, 14, 15 -> article.put("publishedAt", "2016-12-13" + "T".repeat(1 + random.nextInt(50_000)));
            case 16, 17 -> article.put("k".repeat(50_001 + random.nextInt(10_000)), "v");
            default -> article.put("text", "é".repeat(MAX_TEXT_BYTES / 2 + 1 + random.nextInt(1000)));
        }
        return postArticleOrBatchOfOne(article);
    }

    private MalformedRequest hugeBodies() {
        return switch (hugeBodiesMade++ % 8) { // each kind in turn: there are few, and each is costly
            case 0 -> post("/articles", JSON, articleOfSize(MAX_ARTICLE_BYTES + 1 + random.nextInt(1_000_000)));
            case 1 -> post("/articles/batch", JSON, batchOfSize(MAX_BATCH_BYTES + 1 + random.nextInt(1_000_000)));
            case 2 -> post("/articles", JSON, hugeBody());
            case 3 -> post("/articles/batch", pick(JSON, NDJSON), hugeBody());
            case 4 -> post("/" + token(8), JSON, hugeBody());
            case 5 -> chunked("/articles", hugeBody());
            case 6 -> chunked("/articles/batch", hugeBody());
            default -> chunked("/articles", articleOfSize(MAX_ARTICLE_BYTES + 1 + random.nextInt(1_000_000)));
        };
    }

    private MalformedRequest invalidUtf8() {
        byte[][] sequences = {
                {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0x81},
                {(byte) 0xC2}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0xA0},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
                {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xF5}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE},
                {(byte) 0xFF}, {(byte) 0xE9, 'a'}, {(byte) 0xC3, 'A'}};
        // Each sequence is malformed when an ASCII byte or a lead byte follows, as it always does here; two
        // sequences are kept apart by an ASCII letter, for "E0 A0" then "80" would together be valid U+0800.
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.writeBytes(sequences[random.nextInt(sequences.length)]);
        if (random.nextBoolean()) {
            bad.write('x');
            bad.writeBytes(sequences[random.nextInt(sequences.length)]);
        }
        Map<String, Object> article = article();
        if (random.nextInt(10) == 0) { // in a member name instead of a value
            article.put("note" + MARK, "x");
        } else {
            String field = pick("url", "title", "text", "source");
            article.put(field, random.nextBoolean() ? MARK + article.get(field) : article.get(field) + MARK);
        }
        byte[] article1 = splice(utf8(json(article)), bad.toByteArray());
        return random.nextInt(4) == 0
                ? post("/articles/batch", NDJSON, article1)
                : post("/articles", JSON, article1);
    }

    private MalformedRequest controlCharacters() {
        Map<String, Object> article = article();
        String field = pick("url", "title", "text", "source");
        article.put(field, article.get(field) + MARK);
        byte[] body = utf8(json(article));
        byte[] inserted = switch (random.nextInt(5)) {
            case 0 -> new byte[] {0}; // raw NUL inside a string
            case 1 -> new byte[] {(byte) (1 + random.nextInt(31))}; // raw control character, tab and newline too
            case 2 -> utf8("\\u0000");
            case 3 -> utf8("\\u%04x".formatted(pickControl()));
            default -> utf8(pick("\\u007f", "\\u007F", "\\b", "\\f", "\\u001b[31m"));
        };
        if (random.nextInt(8) == 0) { // raw NUL between tokens
            return post("/articles", JSON, splice(utf8(first(json(article()), ",", "," + MARK)), new byte[] {0}));
        }
        return post("/articles", JSON, splice(body, inserted));
    }

    private MalformedRequest loneSurrogates() {
        Map<String, Object> article = article();
        String field = pick("url", "title", "text", "source");
        article.put(field, article.get(field) + MARK);
        String escape = switch (random.nextInt(4)) {
            case 0 -> "\\u%04x".formatted(0xD800 + random.nextInt(0x400));
            case 1 -> "\\u%04X".formatted(0xDC00 + random.nextInt(0x400));
            case 2 -> "\\udc00\\ud800"; // a pair in the wrong order
            default -> "\\ud83d" + pick("x", "\\u0041", "\\ud83d");
        };
        return postArticleOrBatchOfOne(splice(utf8(json(article)), utf8(escape)));
    }

    private MalformedRequest otherEncodings() {
        String article = json(article());
        return switch (random.nextInt(6)) {
            case 0 -> post("/articles", JSON, concat(UTF8_BOM, utf8(article)));
            case 1 -> post("/articles", JSON, article.getBytes(StandardCharsets.UTF_16)); // with its BOM
            case 2 -> post("/articles", JSON, article.getBytes(StandardCharsets.UTF_16LE));
            case 3 -> post("/articles", JSON, article.getBytes(StandardCharsets.UTF_16BE));
            case 4 -> post("/articles", JSON, article.getBytes(Charset.forName("UTF-32")));
            default -> post("/articles/batch", NDJSON,
                    concat(UTF8_BOM, utf8(article)));
        };
    }

    private MalformedRequest wrongContentType() {
        String type = pick(null, "", "text/plain", "text/json", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", "application/octet-stream", "application/json-patch+json",
                "application/problem+json", "application/javascript", "*/*", "application/*", ";;;", "application/",
                "/json", "json", "application/json+x", "application/jsonl", token(6) + "/" + token(4),
                "application/x-ndjson");
        boolean batch = random.nextBoolean() && !NDJSON.equals(type);
        byte[] body = utf8(batch ? "[" + json(article()) + "]" : json(article()));
        return post(batch ? "/articles/batch" : "/articles", type, body);
    }

    private MalformedRequest charsetParameters() {
        String charset = pick("utf-16", "UTF-16LE", "utf-16be", "utf-32", "iso-8859-1", "latin1", "us-ascii",
                "windows-1252", "utf-7", "ebcdic", "bogus", "", "\"utf-16\"");
        Map<String, Object> article = article();
        boolean batch = random.nextBoolean();
        String parameter = random.nextInt(10) == 0 ? "; charset" : "; charset=" + charset;
        String type = (batch ? pick(JSON, NDJSON) : JSON) + parameter;
        String text = batch && type.startsWith(JSON) ? "[" + json(article) + "]" : json(article);
        Charset encoding = StandardCharsets.UTF_8;
        if (random.nextBoolean()) {
            try {
                encoding = Charset.forName(charset);
            } catch (IllegalArgumentException unknownOrIllegalName) {
                // the body stays UTF-8: only the parameter is wrong
            }
        }
        return post(batch ? "/articles/batch" : "/articles", type, text.getBytes(encoding));
    }

    private MalformedRequest wrongMethod() {
        String method = pick("GET", "PUT", "DELETE", "PATCH", "TRACE", "FOO", "PROPFIND", "M-SEARCH", "post",
                "Post");
        boolean batch = random.nextBoolean();
        byte[] body = utf8(batch ? "[" + json(article()) + "]" : json(article()));
        return new MalformedRequest(current, method, batch ? "/articles/batch" : "/articles", JSON, null,
                null, body, false);
    }

    private MalformedRequest overlongUrls() {
        if (random.nextBoolean()) { // the article's url over max-url-length
            Map<String, Object> article = article();
            article.put("url", "https://fuzz.example.org/" + token(MAX_URL_LENGTH + random.nextInt(20_000)));
            return postArticleOrBatchOfOne(article);
        }
        // A long request target that names no resource; the request line stays under Vert.x's 4096-byte limit.
        String segment = pathSegment(100 + random.nextInt(3_800));
        String target = switch (random.nextInt(5)) {
            case 0 -> "/articles/" + segment;
            case 1 -> "/articles/batch/" + segment;
            case 2 -> "/articles" + segment;
            case 3 -> "/" + segment;
            default -> "/nowhere?" + segment;
        };
        return post(target, JSON, utf8(json(article())));
    }

    private MalformedRequest nonHttpUrls() {
        Map<String, Object> article = article();
        String path = token(10);
        article.put("url", pick("ftp://fuzz.example.org/" + path, "ftps://fuzz.example.org/" + path,
                "mailto:desk@fuzz.example.org", "javascript:alert(1)", "file:///etc/passwd",
                "data:text/html,<b>" + path + "</b>", "ws://fuzz.example.org/" + path, "wss://fuzz.example.org/" + path,
                "gopher://fuzz.example.org/" + path, "ldap://fuzz.example.org/" + path,
                "jar:file:/app.jar!/" + path, "urn:isbn:0451450523", "tel:+15551234", "http:/" + path, "http:",
                "http://", "https:///" + path, "//fuzz.example.org/" + path, "/" + path, "fuzz.example.org/" + path,
                "http//fuzz.example.org/" + path, "htp://fuzz.example.org/" + path, "http://exa mple.org/" + path,
                "http://[::1/" + path, "http://fuzz.example.org:99999999999/" + path, "http://user@:80/" + path,
                "https://under_score.example.org/" + path, otherScheme() + "://fuzz.example.org/" + path,
                "http://fuzz.example.org/%zz" + path, "https://fuzz.example.org/" + path + "\u0007"));
        return postArticleOrBatchOfOne(article);
    }

    private MalformedRequest batchOverLimit() {
        List<String> items = new ArrayList<>();
        for (int i = BATCH_ITEM_LIMIT + 1 + random.nextInt(50); i > 0; i--) {
            items.add(json(article()));
        }
        return random.nextBoolean()
                ? post("/articles/batch", JSON, utf8("[" + String.join(",", items) + "]"))
                : post("/articles/batch", NDJSON, utf8(String.join("\n", items)));
    }

    private MalformedRequest malformedBatches() {
        int size = 1 + random.nextInt(BATCH_ITEM_LIMIT);
        List<byte[]> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(invalidItem());
        }
        return switch (random.nextInt(8)) {
            case 0 -> post("/articles/batch", JSON, utf8(json(article()))); // an object, not an array
            case 1 -> post("/articles/batch", JSON, utf8("[[" + json(article()) + "]]")); // an array of arrays
            case 2 -> post("/articles/batch", NDJSON, utf8("[" + json(article()) + "]")); // a line holding an array
            case 3, 4, 5 -> post("/articles/batch", NDJSON, join(items, (byte) '\n'));
            default -> post("/articles/batch", JSON, concat(utf8("["), join(items, (byte) ','), utf8("]")));
        };
    }

    private MalformedRequest emptyBodies() {
        boolean batch = random.nextBoolean();
        String body = pick("", " ", "\n\n", "\r\n", "null", "{}", "[]", " \t ");
        return post(batch ? "/articles/batch" : "/articles", batch ? pick(JSON, NDJSON) : JSON, utf8(body));
    }

    private MalformedRequest unacceptableAccept() {
        String accept = pick("text/html", "application/xml", "image/png", "text/*", "text/plain;q=1", ";;;",
                "audio/*");
        return new MalformedRequest(current, "POST", "/articles", JSON, accept, null,
                utf8(json(article())), false);
    }

    private MalformedRequest oddHost() {
        String host = pick(NO_HOST, "ZAP%n%s%n%s", "a b", "[::1", "exa mple.org", "host:notaport", "@",
                "host:99999999999", "[", "::::", "host:-1");
        return new MalformedRequest(current, "POST", "/articles", JSON, null, host,
                utf8(json(article())), false);
    }

    // ---- building blocks ----

    private Map<String, Object> article() {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("url", "https://fuzz.example.org/" + token(16));
        article.put("title", words(1 + random.nextInt(8)));
        article.put("text", words(5 + random.nextInt(60)));
        if (random.nextBoolean()) {
            article.put("source", "Fuzz Wire");
        }
        if (random.nextBoolean()) {
            article.put("language", pick("en", "pt-BR", "de"));
        }
        if (random.nextBoolean()) {
            article.put("publishedAt", pick("2016-12-13", "2016-12-13T09:30:00Z", "2016-12-13T09:30:00+02:00"));
        }
        return article;
    }

    /** An article broken in one of several ways, as one JSON text (a batch item or an NDJSON line). */
    private byte[] invalidItem() {
        Map<String, Object> article = article();
        return switch (random.nextInt(6)) {
            case 0 -> utf8("{not json " + token(5));
            case 1 -> {
                String field = pick(STRING_FIELDS);
                article.put(field, wrongValue(REQUIRED_FIELDS.contains(field)));
                yield utf8(json(article));
            }
            case 2 -> {
                article.put("url", "ftp://fuzz.example.org/" + token(8));
                yield utf8(json(article));
            }
            case 3 -> {
                article.remove(pick(REQUIRED_FIELDS));
                yield utf8(json(article));
            }
            case 4 -> {
                article.put("title", article.get("title") + MARK);
                yield splice(utf8(json(article)), pick(utf8("\\ud800"), new byte[] {(byte) 0xC0, (byte) 0xAF}));
            }
            default -> utf8(json(article).substring(0, 10));
        };
    }

    private Object wrongValue(boolean required) {
        return switch (random.nextInt(required ? 9 : 8)) {
            case 0 -> random.nextInt();
            case 1 -> random.nextDouble() * 1e6;
            case 2 -> random.nextBoolean();
            case 3 -> List.of();
            case 4 -> List.of(words(1));
            case 5 -> List.of(List.of(List.of(words(1))));
            case 6 -> Map.of();
            case 7 -> Map.of("value", words(2));
            default -> null;
        };
    }

    private MalformedRequest postArticleOrBatchOfOne(Map<String, Object> article) {
        return postArticleOrBatchOfOne(utf8(json(article)));
    }

    private MalformedRequest postArticleOrBatchOfOne(byte[] article) {
        return switch (random.nextInt(4)) {
            case 0 -> post("/articles/batch", JSON, concat(utf8("["), article, utf8("]")));
            case 1 -> post("/articles/batch", NDJSON, article);
            default -> post("/articles", JSON, article);
        };
    }

    private MalformedRequest post(String target, String contentType, byte[] body) {
        return new MalformedRequest(current, "POST", target, contentType, null, null, body, false);
    }

    private MalformedRequest chunked(String target, byte[] body) {
        return new MalformedRequest(current, "POST", target, JSON, null, null, body, true);
    }

    private String otherScheme() {
        String scheme;
        do {
            scheme = token(2 + random.nextInt(6));
        } while (scheme.equals("http") || scheme.equals("https"));
        return scheme;
    }

    private String pickTarget() {
        return random.nextInt(4) == 0 ? "/articles/batch" : "/articles";
    }

    private byte[] articleOfSize(int bytes) {
        String start = "{\"url\":\"https://fuzz.example.org/" + token(16) + "\",\"title\":\"t\",\"text\":\"";
        return utf8(start + "x".repeat(bytes - start.length() - 2) + "\"}");
    }

    private byte[] batchOfSize(int bytes) {
        String item = new String(articleOfSize(1_000_000), StandardCharsets.UTF_8);
        StringBuilder batch = new StringBuilder("[").append(item);
        while (batch.length() + 2 * item.length() + 2 < bytes) {
            batch.append(',').append(item.replace("fuzz.example.org/", "fuzz.example.org/" + token(4)));
        }
        return utf8(batch.append(',').append(new String(articleOfSize(bytes - batch.length() - 2),
                StandardCharsets.UTF_8)).append(']').toString());
    }

    /** One 50 MB article body, built once: every huge request sends the same bytes. */
    private byte[] hugeBody() {
        if (hugeBody == null) {
            hugeBody = articleOfSize(HUGE_BODY_BYTES);
        }
        return hugeBody;
    }

    private String words(int count) {
        StringBuilder words = new StringBuilder();
        while (words.length() < count) {
            words.append(words.isEmpty() ? "" : " ").append(pick(WORDS));
        }
        return words.toString();
    }

    private String token(int length) {
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        return token.toString();
    }

    /** Letters, digits and a few escapes, never a dot segment, so no target normalizes onto a resource. */
    private String pathSegment(int length) {
        StringBuilder segment = new StringBuilder(token(4));
        while (segment.length() < length) {
            segment.append(random.nextInt(50) == 0 ? pick("%00", "%ff", "%2F", "%20", ";x=1", "~", "-") : token(1));
        }
        return segment.toString();
    }

    private int pickControl() {
        int c;
        do {
            c = 1 + random.nextInt(31);
        } while (c == '\t' || c == '\n' || c == '\r');
        return c;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String json(Map<String, Object> article) {
        try {
            return MAPPER.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text with the first {@code literal} replaced (String.replaceFirst would read the replacement as regex). */
    private static String first(String text, String literal, String replacement) {
        int at = text.indexOf(literal);
        return text.substring(0, at) + replacement + text.substring(at + literal.length());
    }

    /** The bytes with the first {@link #MARK} replaced by {@code inserted}. */
    private static byte[] splice(byte[] bytes, byte[] inserted) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(MARK);
        return concat(Arrays.copyOfRange(bytes, 0, at), inserted,
                Arrays.copyOfRange(bytes, at + MARK.length(), bytes.length));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] join(List<byte[]> parts, byte separator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.writeBytes(parts.get(i));
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
