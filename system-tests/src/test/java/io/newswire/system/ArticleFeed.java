package io.newswire.system;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.model.ArticleJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Articles for load: the seed articles' texts cycled under distinct URLs of one run, so every article is new to
 * the index and every one names places the tagger resolves.
 */
final class ArticleFeed {

    private final List<ObjectNode> seeds = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    ArticleFeed(Path seedFolder) {
        try (Stream<Path> files = Files.list(seedFolder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                seeds.add((ObjectNode) ArticleJson.mapper().readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL prefix every article of this feed shares. */
    String urlPrefix() {
        return "https://feed.example.org/" + run + "/";
    }

    /** The n-th article of this feed as a JSON body. */
    String article(int n) {
        ObjectNode article = seeds.get(n % seeds.size()).deepCopy();
        article.put("url", urlPrefix() + n);
        article.put("title", article.get("title").asText() + " (" + run + " #" + n + ")");
        return article.toString();
    }
}
