package io.newswire.enrich.enrichment;

import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.enrichment.UnreadableArticleException.Reason;
import io.newswire.model.Article;
import io.newswire.model.ArticleText;
import io.newswire.model.EnrichedArticle;
import io.newswire.model.JsonSerde;
import io.newswire.model.Tags;
import io.newswire.tagger.Tagger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Turns the bytes of a raw article into the bytes of its enriched form: reads and checks the contract, tags the
 * text relative to the publication date, writes JSON. Anything that keeps a record from being enriched is an
 * {@link UnreadableArticleException} whose message says why.
 */
public class ArticleEnricher {

    private final Tagger tagger;
    private final EnrichConfig config;
    private final Clock clock;
    private final EnrichMetrics metrics;

    public ArticleEnricher(Tagger tagger, EnrichConfig config, Clock clock, EnrichMetrics metrics) {
        this.tagger = tagger;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    public byte[] enrich(String key, byte[] raw) throws UnreadableArticleException {
        long start = System.nanoTime();
        Article article = read(key, raw);
        Tags tags;
        try {
            LocalDate published = article.publishedAt() == null ? null : article.publishedAt().toLocalDate();
            tags = tagger.tag(article.text(), published);
        } catch (RuntimeException e) {
            throw new UnreadableArticleException(Reason.TAGGER_FAILED, "the tagger failed: " + e, e);
        }
        byte[] enriched = JsonSerde.ENRICHED_ARTICLE.write(EnrichedArticle.of(article, tags, OffsetDateTime.now(clock)));
        if (enriched.length > config.maxEnrichedBytes()) {
            throw new UnreadableArticleException(Reason.TOO_LARGE, "the enriched article is " + enriched.length
                    + " bytes, above the limit of " + config.maxEnrichedBytes());
        }
        metrics.enriched(System.nanoTime() - start, tags);
        return enriched;
    }

    private Article read(String key, byte[] raw) throws UnreadableArticleException {
        if (raw == null || raw.length == 0) {
            throw new UnreadableArticleException(Reason.MALFORMED, "empty record");
        }
        Article article;
        try {
            article = JsonSerde.ARTICLE.read(raw);
        } catch (SerializationException e) {
            throw new UnreadableArticleException(Reason.MALFORMED, e.getMessage(), e);
        }
        if (article == null) {
            throw new UnreadableArticleException(Reason.MALFORMED, "the record is JSON null");
        }
        require(article.id(), "id");
        require(article.url(), "url");
        require(article.title(), "title");
        require(article.text(), "text");
        if (key != null && !key.equals(article.id())) {
            throw new UnreadableArticleException(Reason.INVALID, "the key " + key + " is not the article's id " + article.id());
        }
        if (article.text().length() > config.maxTextChars()) {
            throw new UnreadableArticleException(Reason.TOO_LARGE, "text is " + article.text().length()
                    + " characters, above the limit of " + config.maxTextChars());
        }
        checkCharacters("title", article.title());
        checkCharacters("text", article.text());
        return article;
    }

    private static void require(String value, String field) throws UnreadableArticleException {
        if (value == null || value.isBlank()) {
            throw new UnreadableArticleException(Reason.INVALID, "missing field: " + field);
        }
    }

    private static void checkCharacters(String field, String text) throws UnreadableArticleException {
        String forbidden = ArticleText.forbiddenCharacter(text);
        if (forbidden != null) {
            throw new UnreadableArticleException(Reason.INVALID, field + " holds " + forbidden);
        }
    }
}
