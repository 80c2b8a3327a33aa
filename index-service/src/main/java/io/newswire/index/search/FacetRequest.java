package io.newswire.index.search;

/**
 * Which facets to compute: the top {@code size} values of each terms facet (no facets at all when 0), and the
 * interval of the publication histogram.
 */
public record FacetRequest(int size, HistogramInterval interval) {

    public boolean wanted() {
        return size > 0;
    }
}
