package io.newswire.tagger.names;

/** What the lexicon knows a word or phrase to be; a word may be several ("Jordan": first name, surname, country). */
public enum WordClass {
    /** A given name: "Vladimir", "Khaled". */
    FIRST_NAME,
    /** A family name: "Smith", "Nguyen". */
    SURNAME,
    /** A title or honorific before a person's name: "President", "Dr.", "Sheikh". */
    TITLE,
    /** A word that heads or closes organization names: "University", "Ministry", "Inc.", "Observatory". */
    ORGANIZATION_WORD,
    /** A well-known organization: "NATO", "Google", "United Nations". */
    ORGANIZATION,
    /** A nationality or people: "Syrian", "Russians". */
    DEMONYM,
    /** A country or first-order region: "Syria", "Bavaria". */
    COUNTRY_OR_REGION,
    /** A populated place: "Palmyra", "Homs". */
    PLACE,
    /** A word that names kinds of places: "River", "Street", "Mountains". */
    PLACE_WORD,
    /** A noun for a person's role or occupation: "critic", "spokesman", "aunt". */
    ROLE_NOUN,
    /** A common lower-case English word: "state", "observatory", "march". */
    COMMON_WORD,
    /** A name particle written in lower case: "al", "bin", "van", "de". */
    NAME_PARTICLE;

    public int bit() {
        return 1 << ordinal();
    }
}
