package io.newswire.index.search;

/** Which facets to compute: the top {@code size} values of each terms facet (none when 0), and the histogram's interval. */
public record FacetRequest(int size, HistogramInterval interval) {

    public boolean wanted() {
        return size > 0;
    }
}
