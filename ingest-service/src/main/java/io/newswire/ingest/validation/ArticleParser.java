package io.newswire.ingest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.ingest.IngestConfig;
import io.newswire.model.Article;
import io.newswire.model.ArticleText;
import io.newswire.model.PublicationTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns one submitted JSON object into an {@link Article}, or says which field is wrong and why. */
@ApplicationScoped
public class ArticleParser {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final IngestConfig config;

    public ArticleParser(IngestConfig config) {
        this.config = config;
    }

    public Article parse(JsonNode node, OffsetDateTime receivedAt) throws InvalidArticleException {
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException("", "an article must be a JSON object");
        }
        URI url = url(requiredString(node, "url"));
        String title = requiredString(node, "title");
        checkLength("title", title, config.maxFieldLength());
        String text = requiredString(node, "text");
        if (utf8Length(text) > config.maxTextBytes()) {
            throw new InvalidArticleException("text", "must be at most " + config.maxTextBytes() + " bytes in UTF-8");
        }
        String source = optionalString(node, "source");
        checkLength("source", source, config.maxFieldLength());
        String language = optionalString(node, "language");
        // The length first: the pattern recurses once per subtag, and a long enough tag overflows the stack.
        checkLength("language", language, config.maxFieldLength());
        if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
            throw new InvalidArticleException("language", "must be a language tag such as \"en\" or \"pt-BR\"");
        }
        String published = optionalString(node, "publishedAt");
        OffsetDateTime publishedAt = published == null ? receivedAt : publishedAt(published);
        return new Article(Article.SCHEMA_VERSION, ArticleId.of(url), url.toString(), title, text, source,
                language, publishedAt, receivedAt);
    }

    private URI url(String value) throws InvalidArticleException {
        if (value.length() > config.maxUrlLength()) {
            throw new InvalidArticleException("url", "must be at most " + config.maxUrlLength() + " characters");
        }
        URI url;
        try {
            url = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new InvalidArticleException("url", "is not a valid URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidArticleException("url", "must be an absolute http or https URL");
        }
        if (url.getHost() == null) {
            throw new InvalidArticleException("url", "must name a host");
        }
        return url;
    }

    private static OffsetDateTime publishedAt(String value) throws InvalidArticleException {
        try {
            return PublicationTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("publishedAt",
                    "must be an ISO-8601 date (2016-12-13) or date-time (2016-12-13T09:30:00Z)");
        }
    }

    private static String requiredString(JsonNode node, String field) throws InvalidArticleException {
        String value = optionalString(node, field);
        if (value == null || value.isBlank()) {
            throw new InvalidArticleException(field, "is required and must not be blank");
        }
        return value;
    }

    private static String optionalString(JsonNode node, String field) throws InvalidArticleException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidArticleException(field, "must be a string");
        }
        String text = value.textValue();
        checkCharacters(field, text);
        return text;
    }

    private static void checkCharacters(String field, String text) throws InvalidArticleException {
        String forbidden = ArticleText.forbiddenCharacter(text);
        if (forbidden != null) {
            throw new InvalidArticleException(field, "must not contain " + forbidden);
        }
    }

    private static void checkLength(String field, String value, int max) throws InvalidArticleException {
        if (value != null && value.length() > max) {
            throw new InvalidArticleException(field, "must be at most " + max + " characters");
        }
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
