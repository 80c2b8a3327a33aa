package io.newswire.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ArticleIdTest {

    @Test
    void sameArticleUnderCosmeticUrlVariantsGetsOneId() {
        String id = ArticleId.of(URI.create("https://news.example.org/world/palmyra?b=2&a=1"));

        assertThat(ArticleId.of(URI.create("HTTPS://News.Example.ORG:443/world/palmyra?a=1&b=2#comments")))
                .isEqualTo(id);
        assertThat(ArticleId.of(URI.create("https://news.example.org/world/palmyra?a=1&utm_source=x&b=2")))
                .isEqualTo(id);
    }

    @Test
    void differentArticlesGetDifferentIds() {
        assertThat(ArticleId.of(URI.create("https://news.example.org/world/palmyra")))
                .isNotEqualTo(ArticleId.of(URI.create("https://news.example.org/world/mosul")))
                .isNotEqualTo(ArticleId.of(URI.create("http://news.example.org/world/palmyra?page=2")));
    }

    @Test
    void idIs32HexCharacters() {
        assertThat(ArticleId.of(URI.create("http://example.com"))).matches("[0-9a-f]{32}");
    }

    @Test
    void canonicalFormDropsDefaultPortFragmentAndTrackingParameters() {
        assertThat(ArticleId.canonical(URI.create("HTTP://Example.com:80?utm_medium=x#top")))
                .isEqualTo("http://example.com/");
        assertThat(ArticleId.canonical(URI.create("https://example.com:8443/a/b/")))
                .isEqualTo("https://example.com:8443/a/b/");
    }
}
