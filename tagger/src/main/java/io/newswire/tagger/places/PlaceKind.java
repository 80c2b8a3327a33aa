package io.newswire.tagger.places;

/** What a gazetteer feature is, from the widest to the narrowest; its ordinal is stored in the gazetteer file. */
public enum PlaceKind {
    /** A continent: "Africa", "Europe". */
    CONTINENT,
    /** A region wider or other than one country or first-level division: "Middle East", "Darfur", an ocean or sea. */
    REGION,
    /** A country or dependent territory. */
    COUNTRY,
    /** A first-level administrative division: state, province, region. */
    ADMIN1,
    /** A division below the first level that Natural Earth maps as a unit: a county, department or province. */
    ADMIN2,
    /** A populated place: city, town, village. */
    CITY
}
