package io.newswire.index.search;

import java.util.List;

/**
 * One search, validated: every filter given must match (AND); the values of one filter are alternatives (OR).
 *
 * @param text       full-text query over title and text, or null
 * @param placeIds   GeoNames ids, matched against the places an article names
 * @param placeNames exact place names (GeoNames names, as in the place facet)
 * @param countries  ISO 3166-1 alpha-2 codes, upper case
 * @param near       articles naming a place within this circle, or null
 * @param after      where the previous page ended, or null for the first page
 */
public record ArticleQuery(
        String text,
        List<Long> placeIds,
        List<String> placeNames,
        List<String> countries,
        List<String> persons,
        List<String> organizations,
        GeoCircle near,
        TimeRange published,
        TimeRange mentioned,
        SortBy sort,
        int size,
        Cursor after,
        FacetRequest facets) {

    public ArticleQuery {
        placeIds = List.copyOf(placeIds);
        placeNames = List.copyOf(placeNames);
        countries = List.copyOf(countries);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
    }
}
