package io.newswire.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.newswire.model.Article;
import io.newswire.tools.bench.BenchCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The load: the benchmark corpora (Reuters-21578 and news-long) cycled, each pass under new URLs, so that every
 * article posted is new to the index. A title is the opening words of the text (news-long has none of its own).
 */
final class ArticleFeed {

    private static final int TITLE_WORDS = 12;
    private static final JsonFactory JSON = new JsonFactory();

    private final BenchCorpus corpus;
    private final String[] titles;
    private final String urlPrefix;

    ArticleFeed(BenchCorpus corpus, String urlPrefix) {
        this.corpus = corpus;
        this.urlPrefix = urlPrefix;
        this.titles = corpus.documents().stream().map(document -> title(document.text())).toArray(String[]::new);
    }

    /** Both standard corpora, in one list. */
    static BenchCorpus readCorpora(Path dataDir) throws IOException {
        List<BenchCorpus.Document> documents = new ArrayList<>();
        long words = 0;
        List<String> names = new ArrayList<>();
        for (String file : BenchCorpus.STANDARD) {
            BenchCorpus corpus = BenchCorpus.read(dataDir.resolve(file));
            documents.addAll(corpus.documents());
            words += corpus.words();
            names.add(corpus.name());
        }
        return new BenchCorpus(String.join(" + ", names), List.copyOf(documents), words);
    }

    BenchCorpus corpus() {
        return corpus;
    }

    /** The URL of article {@code n} of a phase: unique per run, phase and number. */
    String url(String phase, int n) {
        return urlPrefix(phase) + n;
    }

    /** What the URLs of a phase's articles start with. */
    String urlPrefix(String phase) {
        return urlPrefix + phase + "/";
    }

    /** What the URLs of every article of the run start with. */
    String urlPrefix() {
        return urlPrefix;
    }

    /** The body of {@code POST /articles} for article {@code n} of a phase. */
    byte[] body(String phase, int n) {
        BenchCorpus.Document document = document(n);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(document.text().length() + 256);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("url", url(phase, n));
            json.writeStringField("title", titles[n % titles.length]);
            json.writeStringField("text", document.text());
            json.writeStringField("source", "Newswire bench");
            json.writeStringField("language", "en");
            if (document.publishedAt() != null) {
                json.writeStringField("publishedAt", document.publishedAt().toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Article {@code n} as ingest-service publishes it, for the ceilings that bypass ingest. */
    Article article(String id, int n, OffsetDateTime receivedAt) {
        BenchCorpus.Document document = document(n);
        OffsetDateTime published = document.publishedAt() == null ? receivedAt
                : document.publishedAt().atStartOfDay().atOffset(ZoneOffset.UTC);
        return new Article(Article.SCHEMA_VERSION, id, url("ceiling", n), titles[n % titles.length], document.text(),
                "Newswire bench", "en", published, receivedAt);
    }

    BenchCorpus.Document document(int n) {
        return corpus.documents().get(n % corpus.documents().size());
    }

    int size() {
        return corpus.documents().size();
    }

    static String title(String text) {
        StringBuilder title = new StringBuilder();
        int words = 0;
        for (String word : text.strip().split("\\s+")) {
            if (words++ == TITLE_WORDS) {
                break;
            }
            title.append(title.isEmpty() ? "" : " ").append(word);
        }
        return title.isEmpty() ? "untitled" : title.toString();
    }
}
