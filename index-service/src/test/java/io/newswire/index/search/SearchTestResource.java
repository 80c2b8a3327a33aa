package io.newswire.index.search;

import io.newswire.index.IndexTestResource;
import java.util.Map;
import java.util.UUID;

/**
 * The service on an alias and topics of its own, apart from {@link IndexTestResource}'s, so that the search tests
 * see exactly the articles they index and nothing the indexing tests send.
 */
public class SearchTestResource extends IndexTestResource {

    static final String ALIAS = "search-test-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    public Map<String, String> start() {
        return start(ALIAS + "-enriched", ALIAS + "-dlq", ALIAS);
    }
}
