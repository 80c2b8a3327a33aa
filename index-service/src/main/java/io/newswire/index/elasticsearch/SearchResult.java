package io.newswire.index.elasticsearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** A page of search hits: each article (without its full text) with its tags and highlighted fragments. */
public record SearchResult(long total, List<Hit> hits) {

    public record Hit(String id, Double score, ObjectNode article, Map<String, List<String>> highlight) {
    }
}
