package io.newswire.tagger.places;

/** The small closed word classes that decide whether a capitalized gazetteer name is a place where it stands. */
final class ContextWords {

    /** Before a name, a person: "President Obama", "Mr Clinton". After a country, a role: "U.S. President". */
    static final WordSet TITLES = WordSet.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president",
            "gov", "governor", "sen", "senator", "rep", "representative", "congressman", "congresswoman", "king",
            "queen", "prince", "princess", "lord", "lady", "sir", "dame", "pope", "judge", "justice", "mayor",
            "general", "gen", "col", "colonel", "capt", "captain", "sgt", "sergeant", "lt", "lieutenant", "officer",
            "chief", "minister", "secretary", "coach", "rev", "reverend", "father", "sister", "brother", "bishop",
            "archbishop", "cardinal", "sheikh", "imam", "rabbi", "emperor", "premier", "chancellor",
            "commissioner", "inspector", "detective", "constable", "ambassador", "councillor", "councilman",
            "councilwoman", "spokesman", "spokeswoman", "sheriff", "deputy", "agent", "dean", "director", "mla", "mp",
            "mpp", "republican", "democrat");

    /**
     * Words of a larger name that make the place in it an organization's ("University of Arizona", "Kenya Red
     * Cross Society", "China Daily", "Auckland Zoo"), unlike the bodies of a jurisdiction ("Queensland Police").
     */
    static final WordSet ORGANIZATION_HEADS = WordSet.of("university", "college", "institute", "school",
            "academy", "bank", "museum", "church", "cathedral", "archdiocese", "diocese", "association", "society",
            "federation", "chamber", "corporation", "corp", "company", "co", "inc", "ltd", "times", "post",
            "herald", "tribune", "journal", "news", "daily", "gazette", "telegraph", "observer", "chronicle",
            "press", "star", "sun", "mail", "express", "radio", "tv", "television", "broadcasting", "hospital",
            "clinic", "memorial", "foundation", "league", "club", "fc", "united", "zoo", "airport", "airways",
            "airlines", "cup", "olympic", "olympics", "games", "red", "magnet", "elementary", "high", "fried",
            "blue", "international");

    /**
     * Words after a place that make it the jurisdiction of a public body or office, still a place mention:
     * "U.S. Centers for Disease Control", "California Department of Health", "Metcalfe County Sheriff".
     */
    static final WordSet PUBLIC_BODIES = WordSet.of("department", "ministry", "police", "council", "government",
            "army", "navy", "military", "centers", "centres", "health", "sheriff", "coroner", "fire", "embassy",
            "consulate", "court", "regional", "provincial", "federal", "state", "city", "agency",
            "environmental", "food", "agriculture", "transportation", "highway", "patrol", "parliament",
            "legislature", "assembly", "senate", "public", "national", "energy", "interior", "foreign");

    /** Words after a name that make it a division or feature of that name: "Metcalfe County", "Nyanza Province". */
    static final WordSet PLACE_TYPES = WordSet.of("county", "province", "district", "region", "governorate",
            "prefecture", "oblast", "parish", "borough", "township", "municipality", "valley", "river",
            "island", "islands", "lake", "bay", "peninsula", "mountains", "strait", "delta", "basin");

    /** Words that open a noun phrase and so cannot continue a name: "AUSTIN, Texas A white nationalist...". */
    static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "this", "that", "these", "those");

    /** Capitalized words before a name that leave it a place: "Northern Kenya", "Greater Manchester". */
    static final WordSet QUALIFIERS = WordSet.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "downtown", "metro",
            "metropolitan", "inner", "outer", "mid", "rural", "coastal");

    /** Nouns of diseases named after places, which are then no mention of the place: "West Nile virus". */
    static final WordSet DISEASES = WordSet.of("virus", "viruses", "ebolavirus", "fever", "flu", "influenza",
            "disease", "strain");

    /** Lower-case words inside place names: "Isle of Man", "Rio de Janeiro", "Stratford upon Avon". */
    static final WordSet CONNECTORS = WordSet.of("of", "the", "and", "de", "del", "da", "do", "dos", "das", "di",
            "du", "des", "la", "le", "les", "el", "al", "on", "upon", "in", "am", "an", "im", "sur", "y", "e", "en",
            "van", "von", "der", "den", "het", "'s", "-", "&");

    /** Capitalized words that may follow a place in running text ("in Syria Tuesday"), and holidays. */
    static final WordSet CALENDAR = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "christmas", "easter", "thanksgiving", "halloween", "ramadan", "hanukkah", "diwali");

    /** Lower-case words before a name that point at a place: "in Reading", "near Mobile". */
    static final WordSet LOCATIVES = WordSet.of("in", "at", "from", "near", "to", "into", "across", "throughout",
            "outside", "inside", "around", "towards", "toward", "via", "within", "off", "between", "through");

    /** Nouns that make a name around them a place: "the town of Washington", "Lima is a city in Ohio". */
    static final WordSet PLACE_NOUNS = WordSet.of("town", "city", "village", "community", "hamlet", "municipality",
            "borough", "township", "suburb", "settlement", "county", "parish", "capital", "port", "province",
            "region", "district", "state", "neighbourhood", "neighborhood", "area");

    /** Of those, the nouns of populated places. */
    static final WordSet TOWN_NOUNS = WordSet.of("town", "city", "village", "community", "hamlet", "municipality",
            "borough", "township", "suburb", "settlement");

    static final WordSet COPULAS = WordSet.of("is", "was");

    /** Of the locatives, those that mark a place even before a common word: "in Reading" but not "to Secretary". */
    static final WordSet STRONG_LOCATIVES = WordSet.of("in", "at", "near", "from", "outside", "inside", "around",
            "throughout", "across");

    static final WordSet OF = WordSet.of("of");

    /** Words that join the items of a list: "Cambodia, Laos and Burma". */
    static final WordSet LIST_CONJUNCTIONS = WordSet.of("and", "or", "&");

    private ContextWords() {
    }
}
