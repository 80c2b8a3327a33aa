package io.newswire.tagger.places;

import io.newswire.model.TemporalExpression;
import io.newswire.tagger.names.Name;
import io.newswire.tagger.names.NameType;
import io.newswire.tagger.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which gazetteer names found in an article are place mentions, by case and context: a name glued to
 * other capitalized words belongs to a larger name ("Washington Post", "George Washington", "University of
 * Arizona"); a name that is also a common word ("Reading", "Police") needs the look of a place; abbreviations
 * need capitals; dates ("May") are no places. The name finder's person and organization names are weighed
 * against the place reading rather than obeyed: "Britain", "in Darfur", "Tyler, Texas" or "Cambodia, Laos, Burma"
 * stay places though the model read a person, "California Department of Public Health" keeps its place though it
 * names an organization, while "Walsh said" and "Xinhua reported" lose theirs. Its location names only shield a
 * place from the surname rule: a name once used as a surname ("Hillary Clinton") is no place elsewhere in the
 * article unless the words around it make it one.
 */
final class ToponymFilter {

    /** Cities this large are places even when their name is also a word ("Nice", "Reading" is not). */
    private static final int PROMINENT_POPULATION = 1_000_000;
    /** Places smaller than this need a place-like context when their name stands alone. */
    private static final int MINOR_POPULATION = 10_000;

    private final Gazetteer gazetteer;

    ToponymFilter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void decide(Tokens tokens, List<Toponym> toponyms, List<Name> names, List<TemporalExpression> dates) {
        Set<Integer> surnames = new HashSet<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            t.accepted = !t.has(NameFlags.DEMONYM) && !overlapsDate(t, dates)
                    && accept(tokens, toponyms, i, names, surnames);
            int noun = t.accepted && !t.segment ? placeNounAround(tokens, t) : -1;
            t.townCue = noun >= 0 && ContextWords.TOWN_NOUNS.contains(tokens, noun);
        }
        for (Toponym t : toponyms) {
            if (t.accepted && surnames.contains(t.entry) && !isLocationName(t, names) && !isLocativeContext(tokens, t)) {
                t.accepted = false;
            }
        }
    }

    private boolean accept(Tokens tokens, List<Toponym> toponyms, int index, List<Name> names, Set<Integer> surnames) {
        Toponym t = toponyms.get(index);
        Name named = nameCovering(t, names);
        if (named != null && named.type() == NameType.PERSON && !placeOutweighsPerson(tokens, toponyms, index, named)) {
            surnames.add(t.entry);
            return false;
        }
        if (named != null && named.type() == NameType.ORGANIZATION && !placeOutweighsOrganization(tokens, toponyms, index, named)) {
            return false;
        }
        if (t.has(NameFlags.ABBREVIATION)) {
            return isCapitals(tokens.text(), t.start, t.end) && !followsNumber(tokens, t) && !isCurrency(tokens, t)
                    && (t.segment || !gluedRight(tokens, t));
        }
        if (t.has(NameFlags.STATE_CODE) || t.has(NameFlags.DOTTED_STATE)) {
            return acceptStateAbbreviation(tokens, t);
        }
        String text = tokens.text();
        if (!Character.isUpperCase(text.charAt(t.start)) || namesDisease(tokens, t)) {
            return false;
        }
        if (t.segment) {
            return !isCommonWord(tokens, t) || isProminent(t);
        }
        if (!hasCapitalizedWords(tokens, t)) {
            return false; // "The village": an alternate name matched across a lower-case word
        }
        if (isCapitals(text, t.start, t.end) && t.end - t.start > 1 && !isCapitalsLine(tokens, t)) {
            return false; // an acronym: "WHO", "UN"
        }
        if (t.endToken - t.firstToken == 1 && ContextWords.CALENDAR.contains(tokens, t.firstToken)) {
            return false;
        }
        if (isCommonWord(tokens, t) && !isProminent(t)
                && (tokens.isSentenceStart(t.firstToken) || !isStrongPlaceContext(tokens, t))) {
            return false;
        }
        if (gluedRight(tokens, t)) {
            return false;
        }
        if (followsGivenNameOrTitle(tokens, t)) {
            surnames.add(t.entry);
            return false;
        }
        if (isMinorTown(t) && !isLocativeContext(tokens, t) && !isCapitalsLine(tokens, t)) {
            return false; // "Walsh said": a surname far likelier than a village of that name
        }
        return !isOrganizationOf(tokens, t);
    }

    /**
     * "George Washington", "President Obama": the name follows a title or a capitalized word that may be a given
     * name, one that is no common word ("Overall Edmonton"), no acronym ("CBC Toronto") and no qualifier
     * ("Northern Kenya").
     */
    private boolean followsGivenNameOrTitle(Tokens tokens, Toponym t) {
        int previous = t.firstToken - 1;
        if (previous < 0 || !tokens.isCapitalized(previous) || tokens.isSentenceStart(t.firstToken)) {
            return false;
        }
        if (ContextWords.TITLES.contains(tokens, previous)) {
            return true;
        }
        return !ContextWords.QUALIFIERS.contains(tokens, previous) && !isCommonWord(tokens, previous)
                && !tokens.isAllCaps(previous) && tokens.text().charAt(tokens.end(previous) - 1) != '.';
    }

    /** "Edmonton, Ky." and "Austin, TX": after "Place," only, the dotted ones with their period. */
    private boolean acceptStateAbbreviation(Tokens tokens, Toponym t) {
        int comma = t.firstToken - 1;
        if (comma < 1 || !tokens.regionMatches(comma, ",", false) || !tokens.isCapitalized(comma - 1)) {
            return false;
        }
        String text = tokens.text();
        if (t.has(NameFlags.STATE_CODE) && isCapitals(text, t.start, t.end)) {
            return true;
        }
        if (!t.has(NameFlags.DOTTED_STATE)) {
            return false;
        }
        if (text.charAt(t.end - 1) == '.') {
            return true;
        }
        int next = t.endToken;
        if (next < tokens.size() && tokens.start(next) == t.end && text.charAt(t.end) == '.') {
            t.end = t.end + 1; // the abbreviation's period, split off as the sentence's
            return true;
        }
        return false;
    }

    /**
     * Whether the capitalized words after the name make it part of a larger name that is no place mention:
     * "Washington Post", "Kenya Red Cross", "Michigan State University". A division word extends the mention
     * instead ("Metcalfe County", "Queen Anne's County"); a calendar word ("Syria Tuesday"), a title ("U.S.
     * President") or a public body ("Queensland Police", "U.S. Centers for Disease Control") leaves it a place.
     */
    private boolean gluedRight(Tokens tokens, Toponym t) {
        extendOverPlaceType(tokens, t);
        int next = t.endToken;
        boolean periodEnded = tokens.text().charAt(t.end - 1) == '.';
        if (next >= tokens.size() || !tokens.isCapitalized(next)
                || tokens.isSentenceStart(next) && !periodEnded || ContextWords.CALENDAR.contains(tokens, next)
                || ContextWords.DETERMINERS.contains(tokens, next)) {
            return false;
        }
        for (int k = next; k < tokens.size() && k < next + 6; k++) {
            if (tokens.isCapitalized(k)) {
                if (ContextWords.ORGANIZATION_HEADS.contains(tokens, k)) {
                    return true;
                }
            } else if (!ContextWords.CONNECTORS.contains(tokens, k)) {
                break;
            }
        }
        long head = headHash(tokens, next);
        return !ContextWords.TITLES.contains(head) && !ContextWords.PUBLIC_BODIES.contains(head);
    }

    /** The hash of a token up to its first hyphen: "President" of "President-elect". */
    private static long headHash(Tokens tokens, int token) {
        String text = tokens.text();
        int end = tokens.start(token);
        while (end < tokens.end(token) && text.charAt(end) != '-') {
            end++;
        }
        return NameKeys.hash(text, tokens.start(token), end);
    }

    private static void extendOverPlaceType(Tokens tokens, Toponym t) {
        int next = t.endToken;
        if (next + 1 < tokens.size() && tokens.regionMatches(next, "'s", true) && tokens.start(next) == t.end
                && ContextWords.PLACE_TYPES.contains(tokens, next + 1) && tokens.isCapitalized(next + 1)) {
            next++; // "Queen Anne's County"
        }
        if (next < tokens.size() && tokens.isCapitalized(next) && ContextWords.PLACE_TYPES.contains(tokens, next)) {
            t.endToken = next + 1;
            t.end = tokens.end(next);
        }
    }

    /** "University of Arizona", "Bank of America": the name completes an organization's. */
    private static boolean isOrganizationOf(Tokens tokens, Toponym t) {
        int of = t.firstToken - 1;
        return of >= 1 && ContextWords.OF.contains(tokens, of) && tokens.isCapitalized(of - 1)
                && ContextWords.ORGANIZATION_HEADS.contains(tokens, of - 1);
    }

    /**
     * Whether the words around the name make it a place: "in Reading", "Reading, England", "the town of Reading",
     * "Reading is a town in Berkshire".
     */
    private static boolean isLocativeContext(Tokens tokens, Toponym t) {
        int previous = t.firstToken - 1;
        return previous >= 0 && ContextWords.LOCATIVES.contains(tokens, previous) || isFollowedByContainer(tokens, t)
                || placeNounAround(tokens, t) >= 0;
    }

    /** A context that makes even a common word a place: "in Reading", "Reading, England", "the town of Reading". */
    private static boolean isStrongPlaceContext(Tokens tokens, Toponym t) {
        int previous = t.firstToken - 1;
        return previous >= 0 && ContextWords.STRONG_LOCATIVES.contains(tokens, previous)
                || isFollowedByContainer(tokens, t) || placeNounAround(tokens, t) >= 0;
    }

    /** The token of "town" in "the town of X" or "X is a small town", or -1. */
    private static int placeNounAround(Tokens tokens, Toponym t) {
        int previous = t.firstToken - 1;
        if (previous >= 1 && ContextWords.OF.contains(tokens, previous)
                && ContextWords.PLACE_NOUNS.contains(tokens, previous - 1)) {
            return previous - 1;
        }
        int next = t.endToken;
        if (next < tokens.size() && ContextWords.COPULAS.contains(tokens, next)) {
            for (int k = next + 1; k < tokens.size() && k <= next + 6; k++) {
                if (ContextWords.PLACE_NOUNS.contains(tokens, k)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** "Reading, England": a comma and a capitalized word follow. */
    private static boolean isFollowedByContainer(Tokens tokens, Toponym t) {
        int comma = t.endToken;
        return comma + 1 < tokens.size() && tokens.regionMatches(comma, ",", false)
                && tokens.isCapitalized(comma + 1);
    }

    private boolean isCommonWord(Tokens tokens, Toponym t) {
        return t.segment ? gazetteer.isCommonWord(NameKeys.hash(tokens.text(), t.start, t.end))
                : t.endToken - t.firstToken == 1 && isCommonWord(tokens, t.firstToken);
    }

    private boolean isCommonWord(Tokens tokens, int token) {
        return gazetteer.isCommonWord(NameKeys.hash(tokens.text(), tokens.start(token), tokens.end(token)));
    }

    /**
     * Whether the name is, by its own name, a country, continent or region or a city of a million: such places
     * are meant even when their name is also a word ("China", "Turkey"); divisions are not ("Western").
     */
    private boolean isProminent(Toponym t) {
        for (int k = 0; k < gazetteer.refCount(t.entry); k++) {
            int place = gazetteer.refPlace(t.entry, k);
            PlaceKind kind = gazetteer.kind(place);
            boolean large = kind == PlaceKind.COUNTRY || kind == PlaceKind.CONTINENT || kind == PlaceKind.REGION
                    || kind == PlaceKind.CITY && gazetteer.population(place) >= PROMINENT_POPULATION;
            if (large && gazetteer.refPrimary(t.entry, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-word name of villages, small towns and tiny first-level divisions only (under
     * {@value #MINOR_POPULATION} people): "Walsh", and Slovenia's municipality "Grad" (686 people), which is far
     * likelier the Grad rocket.
     */
    private boolean isMinorTown(Toponym t) {
        if (t.endToken - t.firstToken != 1) {
            return false;
        }
        for (int k = 0; k < gazetteer.refCount(t.entry); k++) {
            int place = gazetteer.refPlace(t.entry, k);
            PlaceKind kind = gazetteer.kind(place);
            boolean minorDivision = kind == PlaceKind.ADMIN1 && gazetteer.population(place) > 0;
            if (kind != PlaceKind.CITY && !minorDivision || gazetteer.population(place) >= MINOR_POPULATION) {
                return false;
            }
        }
        return true;
    }

    private boolean isCountryOrDivision(Toponym t) {
        for (int k = 0; k < gazetteer.refCount(t.entry); k++) {
            PlaceKind kind = gazetteer.kind(gazetteer.refPlace(t.entry, k));
            if (kind == PlaceKind.COUNTRY || kind == PlaceKind.ADMIN1) {
                return true;
            }
        }
        return false;
    }

    /** Every letter in capitals, with at least one. */
    private static boolean isCapitals(String text, int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /**
     * A name in capitals stands in a line of capitals or opens a dateline: "WASHINGTON (Reuters) -", a line that
     * starts "DETROIT The U.S. ...".
     */
    private static boolean isCapitalsLine(Tokens tokens, Toponym t) {
        int previous = t.firstToken - 1;
        int next = t.endToken;
        if (tokens.isSentenceStart(t.firstToken) && next < tokens.size()
                && !Character.isLetterOrDigit(tokens.firstChar(next))) {
            return true;
        }
        String text = tokens.text();
        if (t.end - t.start > 3 && (t.start == 0 || text.charAt(t.start - 1) == '\n')
                && isCapitals(text, t.start, t.end)) {
            return true;
        }
        return previous >= 0 && tokens.isAllCaps(previous) && tokens.length(previous) > 1
                || next < tokens.size() && tokens.isAllCaps(next) && tokens.length(next) > 1;
    }

    /** "300 B.C.": an era, not British Columbia. */
    private static boolean followsNumber(Tokens tokens, Toponym t) {
        int previous = t.firstToken - 1;
        return !t.segment && previous >= 0 && Character.isDigit(tokens.firstChar(previous));
    }

    /** "US$1 million", "$US 15 billion". */
    private static boolean isCurrency(Tokens tokens, Toponym t) {
        String text = tokens.text();
        return t.end < text.length() && text.charAt(t.end) == '$' || t.start > 0 && text.charAt(t.start - 1) == '$';
    }

    /** "West Nile virus", "Marburg fever": a disease named after the place. */
    private static boolean namesDisease(Tokens tokens, Toponym t) {
        return !t.segment && ContextWords.DISEASES.contains(tokens, t.endToken);
    }

    /** Whether every word of a name of several tokens is capitalized but for connectors ("Isle of Man"). */
    private static boolean hasCapitalizedWords(Tokens tokens, Toponym t) {
        for (int k = t.firstToken + 1; k < t.endToken; k++) {
            if (Character.isLowerCase(tokens.firstChar(k)) && !ContextWords.CONNECTORS.contains(tokens, k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlapsDate(Toponym t, List<TemporalExpression> dates) {
        for (TemporalExpression date : dates) {
            if (date.start() < t.end && t.start < date.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name finder read a person where the gazetteer has a place. The place wins when the person reading does
     * not claim it, as a name after "of" ("Governor of Virginia", "Janet Evans of Marion"), or when the place is
     * the whole name and the words around it make it a place: "in Darfur", "Tyler, Texas", a list of places
     * ("Cambodia, Laos, Burma"), or it is a country, continent, region, first-level division or city of a million
     * by its own name.
     */
    private boolean placeOutweighsPerson(Tokens tokens, List<Toponym> toponyms, int index, Name person) {
        Toponym t = toponyms.get(index);
        if (t.firstToken > person.firstToken() && ContextWords.OF.contains(tokens, t.firstToken - 1)) {
            return true;
        }
        return isNamedExactly(tokens, t, person) && (isMajorByOwnName(t) || isInPlaceContext(tokens, toponyms, index));
    }

    /**
     * The name finder read an organization where the gazetteer has a place. The place wins when it is the whole
     * name and a country or division ("Frederick County") or stands where places do ("EDMONTON, Ky."), or when
     * it opens the name of a body of its jurisdiction or one it owns ("California Department of Public Health",
     * "China's Health Ministry").
     */
    private boolean placeOutweighsOrganization(Tokens tokens, List<Toponym> toponyms, int index, Name organization) {
        Toponym t = toponyms.get(index);
        if (isNamedExactly(tokens, t, organization)) {
            return isCountryOrDivision(t) || isInPlaceContext(tokens, toponyms, index);
        }
        if (t.firstToken != organization.firstToken() || t.segment) {
            return false;
        }
        int next = t.endToken;
        return next < organization.endToken() && (tokens.regionMatches(next, "'s", true)
                || ContextWords.PUBLIC_BODIES.contains(tokens, next));
    }

    /**
     * Words around the name that make it a place: "in Darfur", "Tyler, Texas", "Cambodia, Laos and Burma", "the
     * town of Neiafu".
     */
    private boolean isInPlaceContext(Tokens tokens, List<Toponym> toponyms, int index) {
        Toponym t = toponyms.get(index);
        int previous = t.firstToken - 1;
        return previous >= 0 && ContextWords.STRONG_LOCATIVES.contains(tokens, previous)
                || inListOfPlaces(tokens, toponyms, index) || isFollowedByDivision(tokens, toponyms, index)
                || placeNounAround(tokens, t) >= 0;
    }

    /** Whether the toponym spans the whole name, or the name adds only a division word ("Jefferson Parish"). */
    private static boolean isNamedExactly(Tokens tokens, Toponym t, Name name) {
        if (t.segment || name.firstToken() != t.firstToken) {
            return false;
        }
        return name.endToken() == t.endToken || name.endToken() == t.endToken + 1
                && ContextWords.PLACE_TYPES.contains(tokens, t.endToken);
    }

    /** A prominent place ({@link #isProminent}) or a first-level division under its own name: "Darfur". */
    private boolean isMajorByOwnName(Toponym t) {
        if (isProminent(t)) {
            return true;
        }
        for (int k = 0; k < gazetteer.refCount(t.entry); k++) {
            if (gazetteer.kind(gazetteer.refPlace(t.entry, k)) == PlaceKind.ADMIN1 && gazetteer.refPrimary(t.entry, k)) {
                return true;
            }
        }
        return false;
    }

    /** "Cambodia, Laos, Burma": the name follows a place mention (or precedes a major one) across "," or "and". */
    private boolean inListOfPlaces(Tokens tokens, List<Toponym> toponyms, int index) {
        Toponym t = toponyms.get(index);
        if (index > 0) {
            Toponym before = toponyms.get(index - 1);
            if (before.accepted && isListSeparation(tokens, before.endToken, t.firstToken)) {
                return true;
            }
        }
        if (index + 1 < toponyms.size()) {
            Toponym after = toponyms.get(index + 1);
            return isListSeparation(tokens, t.endToken, after.firstToken) && isMajorByOwnName(after);
        }
        return false;
    }

    /** Whether tokens {@code [from, to)} separate two items of a list: ",", "and", "&", ", and". */
    private static boolean isListSeparation(Tokens tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.regionMatches(from, ",", false) || ContextWords.LIST_CONJUNCTIONS.contains(tokens, from);
        }
        return to - from == 2 && tokens.regionMatches(from, ",", false)
                && ContextWords.LIST_CONJUNCTIONS.contains(tokens, from + 1);
    }

    /** "Tyler, Texas": a comma and a country or first-level division follow. */
    private boolean isFollowedByDivision(Tokens tokens, List<Toponym> toponyms, int index) {
        Toponym t = toponyms.get(index);
        if (index + 1 >= toponyms.size() || !tokens.regionMatches(t.endToken, ",", false)) {
            return false;
        }
        Toponym after = toponyms.get(index + 1);
        if (after.firstToken != t.endToken + 1) {
            return false;
        }
        return isCountryOrDivision(after) || after.has(NameFlags.STATE_CODE) || after.has(NameFlags.DOTTED_STATE);
    }

    private static Name nameCovering(Toponym t, List<Name> names) {
        for (Name name : names) {
            if (name.firstToken() <= t.firstToken && t.endToken <= name.endToken()) {
                return name;
            }
        }
        return null;
    }

    private static boolean isLocationName(Toponym t, List<Name> names) {
        Name name = nameCovering(t, names);
        return name != null && name.type() == NameType.LOCATION;
    }
}
