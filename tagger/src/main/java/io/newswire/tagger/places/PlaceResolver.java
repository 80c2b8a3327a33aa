package io.newswire.tagger.places;

import io.newswire.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the place each accepted toponym denotes. Every mention of one name in an article denotes the same place
 * (one sense per discourse). A place scores by its prior (kind, population, capital or seat, own name or alternate)
 * plus the article's support: "Buffalo, New York" makes Buffalo one in New York and New York the state; the
 * countries and first-level divisions of the article's other places and demonyms ("Syrian") favour places in them,
 * the more the more often the article names those places; the capital of a country the article names is read as
 * inside it, as if written "Paris, France", over namesakes in divisions the article names ("Paris" in a Kentucky
 * paper's report from France); and towns of two names near each other favour each other ("London" and "St. Thomas"
 * in Ontario), enough to outweigh a foreign capital's fame. The support is recomputed from the current choices a
 * few times, each name not counting as its own support.
 */
final class PlaceResolver {

    private static final int ROUNDS = 3;
    private static final double CONTAINED_BONUS = 6.0;
    private static final double CONTAINER_BONUS = 3.0;
    private static final double COUNTRY_WEIGHT = 2.0;
    private static final double ADMIN1_WEIGHT = 2.0;
    private static final double EVIDENCE_CAP = 1.5;
    private static final double DEMONYM_EVIDENCE = 0.7;
    private static final double ALTERNATE_NAME_PENALTY = 1.5;
    private static final double NAMESAKE_SHARE = 0.4;
    private static final double TOWN_CUE_BONUS = 3.0;
    private static final int LOCAL_CANDIDATES = 8;
    private static final double NEIGHBOUR_DEGREES = 0.45;
    /** Counties are areas: the centroids of neighbouring ones lie up to about 100 km apart. */
    private static final double COUNTY_NEIGHBOUR_DEGREES = 0.9;
    private static final double NEIGHBOUR_BONUS = 3.0;
    /** A first-level division this populous is what its name means foremost; Jamaica's parishes are not. */
    private static final int MAJOR_DIVISION_POPULATION = 100_000;
    private static final int MAX_NEIGHBOURS = 2;
    private static final double NAMESAKE_BONUS = 2.0;

    private final Gazetteer gazetteer;

    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions of one name in an article, and the scores of the places it may denote. */
    private final class Group {
        final int entry;
        final List<Toponym> mentions = new ArrayList<>();
        final double[] bonus;
        final int[] neighbours;
        boolean townCue;
        int best = -1;

        Group(int entry) {
            this.entry = entry;
            this.bonus = new double[gazetteer.refCount(entry)];
            this.neighbours = new int[gazetteer.refCount(entry)];
        }

        /** How much the name's place says of the article's country and division: more when named more often. */
        double share() {
            return Math.sqrt(mentions.size());
        }
    }

    void resolve(Tokens tokens, List<Toponym> toponyms) {
        Map<Integer, Group> byEntry = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        List<Toponym> demonyms = new ArrayList<>();
        for (Toponym t : toponyms) {
            if (t.accepted) {
                byEntry.computeIfAbsent(t.entry, e -> {
                    Group g = new Group(e);
                    groups.add(g);
                    return g;
                }).mentions.add(t);
                byEntry.get(t.entry).townCue |= t.townCue;
            } else if (t.has(NameFlags.DEMONYM)) {
                demonyms.add(t);
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        addContainerBonuses(tokens, toponyms, byEntry);
        countNeighbours(groups);
        int countryCount = gazetteer.countryCount();
        double[] countryEvidence = new double[countryCount];
        double[] demonymEvidence = new double[countryCount];
        boolean[] namedCountries = new boolean[countryCount];
        for (Toponym d : demonyms) {
            for (int k = 0; k < gazetteer.refCount(d.entry); k++) {
                int country = gazetteer.country(gazetteer.refPlace(d.entry, k));
                if (country >= 0) {
                    demonymEvidence[country] = DEMONYM_EVIDENCE;
                }
            }
        }
        Map<Integer, Double> admin1Evidence = new HashMap<>();
        for (Group g : groups) {
            g.best = choose(g, null, null, null);
        }
        for (int round = 0; round < ROUNDS; round++) {
            System.arraycopy(demonymEvidence, 0, countryEvidence, 0, countryCount);
            admin1Evidence.clear();
            Arrays.fill(namedCountries, false);
            for (Group g : groups) {
                addEvidence(g.best, g.share(), countryEvidence, admin1Evidence);
                if (g.best >= 0 && gazetteer.kind(g.best) == PlaceKind.COUNTRY) {
                    namedCountries[gazetteer.country(g.best)] = true;
                }
            }
            for (Group g : groups) {
                addEvidence(g.best, -g.share(), countryEvidence, admin1Evidence);
                g.best = choose(g, countryEvidence, admin1Evidence, namedCountries);
                addEvidence(g.best, g.share(), countryEvidence, admin1Evidence);
            }
        }
        for (Group g : groups) {
            for (Toponym t : g.mentions) {
                t.place = g.best;
            }
        }
    }

    /** "X, Y" where Y may contain X: X's places in Y, and Y's places containing X, gain. */
    private void addContainerBonuses(Tokens tokens, List<Toponym> toponyms, Map<Integer, Group> byEntry) {
        for (int i = 0; i + 1 < toponyms.size(); i++) {
            Toponym inner = toponyms.get(i);
            Toponym outer = toponyms.get(i + 1);
            if (!inner.accepted || !outer.accepted || outer.firstToken != inner.endToken + 1
                    || !tokens.regionMatches(inner.endToken, ",", false)) {
                continue;
            }
            if (mayBeCountryOrWider(inner.entry)) {
                continue; // a list of countries, "China, Japan", says nothing of containment
            }
            Group innerGroup = byEntry.get(inner.entry);
            Group outerGroup = byEntry.get(outer.entry);
            for (int a = 0; a < innerGroup.bonus.length; a++) {
                int p = gazetteer.refPlace(inner.entry, a);
                for (int b = 0; b < outerGroup.bonus.length; b++) {
                    int q = gazetteer.refPlace(outer.entry, b);
                    if (p != q && contains(q, p)) {
                        innerGroup.bonus[a] = Math.max(innerGroup.bonus[a], CONTAINED_BONUS);
                        outerGroup.bonus[b] = Math.max(outerGroup.bonus[b], CONTAINER_BONUS);
                    }
                }
            }
        }
    }

    private boolean mayBeCountryOrWider(int entry) {
        for (int k = 0; k < gazetteer.refCount(entry); k++) {
            PlaceKind kind = gazetteer.kind(gazetteer.refPlace(entry, k));
            if (kind == PlaceKind.COUNTRY || kind == PlaceKind.CONTINENT || kind == PlaceKind.REGION) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts, for the likeliest local places (towns, counties) each name may denote, how many other names of the
     * article may denote a local place near it: "London", "St. Thomas" and "Middlesex" together are in Ontario.
     * A name that means foremost a country, region or major division lends no support: its towns are namesakes,
     * and namesakes near each other ("California" and "Redding", Scotland) are a coincidence. A division gets
     * the support of its namesake town ("New York" beside "Brooklyn" is the state as much as the city).
     */
    private void countNeighbours(List<Group> groups) {
        int[][] local = new int[groups.size()][];
        boolean[] lends = new boolean[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            local[i] = likeliestLocal(groups.get(i));
            lends[i] = !meansWideArea(groups.get(i));
        }
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                boolean[] nearJ = new boolean[local[j].length];
                for (int a = 0; a < local[i].length; a++) {
                    boolean found = false;
                    for (int b = 0; b < local[j].length; b++) {
                        if (near(gazetteer.refPlace(groups.get(i).entry, local[i][a]),
                                gazetteer.refPlace(groups.get(j).entry, local[j][b]))) {
                            found = true;
                            nearJ[b] = true;
                        }
                    }
                    if (found && lends[j]) {
                        groups.get(i).neighbours[local[i][a]]++;
                    }
                }
                for (int b = 0; b < nearJ.length; b++) {
                    if (nearJ[b] && lends[i]) {
                        groups.get(j).neighbours[local[j][b]]++;
                    }
                }
            }
        }
        for (Group g : groups) {
            shareNeighboursWithDivisions(g);
        }
    }

    /** A division named like a town with neighbours is as near them as the town. */
    private void shareNeighboursWithDivisions(Group g) {
        for (int k = 0; k < g.neighbours.length; k++) {
            int town = gazetteer.refPlace(g.entry, k);
            if (g.neighbours[k] == 0 || gazetteer.kind(town) != PlaceKind.CITY) {
                continue;
            }
            for (int d = 0; d < g.neighbours.length; d++) {
                int division = gazetteer.refPlace(g.entry, d);
                if (gazetteer.kind(division) == PlaceKind.ADMIN1 && contains(division, town)) {
                    g.neighbours[d] = Math.max(g.neighbours[d], g.neighbours[k]);
                }
            }
        }
    }

    /** Whether a name's likeliest place, before context, is a country, continent, region or major division. */
    private boolean meansWideArea(Group g) {
        int likeliest = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < g.bonus.length; k++) {
            int p = gazetteer.refPlace(g.entry, k);
            double prior = prior(p, gazetteer.refPrimary(g.entry, k));
            if (prior > best) {
                best = prior;
                likeliest = p;
            }
        }
        return switch (gazetteer.kind(likeliest)) {
            case COUNTRY, CONTINENT, REGION -> true;
            case ADMIN1 -> gazetteer.population(likeliest) >= MAJOR_DIVISION_POPULATION;
            case ADMIN2, CITY -> false;
        };
    }

    /** The indices of a name's references to towns and counties with the highest priors, at most a few. */
    private int[] likeliestLocal(Group g) {
        int n = g.bonus.length;
        Integer[] order = new Integer[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            PlaceKind kind = gazetteer.kind(gazetteer.refPlace(g.entry, k));
            if (kind == PlaceKind.CITY || kind == PlaceKind.ADMIN2) {
                order[count++] = k;
            }
        }
        Arrays.sort(order, 0, count, (x, y) -> Double.compare(
                prior(gazetteer.refPlace(g.entry, y), gazetteer.refPrimary(g.entry, y)),
                prior(gazetteer.refPlace(g.entry, x), gazetteer.refPrimary(g.entry, x))));
        int[] top = new int[Math.min(count, LOCAL_CANDIDATES)];
        for (int i = 0; i < top.length; i++) {
            top[i] = order[i];
        }
        return top;
    }

    /**
     * Within about 50 km (a box of 0.45 degrees of latitude and the matching longitude), twice that between
     * counties.
     */
    private boolean near(int a, int b) {
        double degrees = gazetteer.kind(a) == PlaceKind.ADMIN2 && gazetteer.kind(b) == PlaceKind.ADMIN2
                ? COUNTY_NEIGHBOUR_DEGREES : NEIGHBOUR_DEGREES;
        double dLat = Math.abs(gazetteer.lat(a) - gazetteer.lat(b));
        if (a == b || dLat > degrees) {
            return false;
        }
        double dLon = Math.abs(gazetteer.lon(a) - gazetteer.lon(b)) * Math.cos(Math.toRadians(gazetteer.lat(a)));
        return dLon <= degrees;
    }

    /** Whether place {@code outer} (a country, first-level division or region) contains place {@code inner}. */
    private boolean contains(int outer, int inner) {
        return switch (gazetteer.kind(outer)) {
            case COUNTRY -> gazetteer.country(inner) == gazetteer.country(outer) && gazetteer.country(outer) >= 0;
            case ADMIN1 -> gazetteer.admin1(inner) == gazetteer.admin1(outer) && gazetteer.admin1(outer) >= 0;
            default -> false;
        };
    }

    private int choose(Group g, double[] countryEvidence, Map<Integer, Double> admin1Evidence,
            boolean[] namedCountries) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < g.bonus.length; k++) {
            int p = gazetteer.refPlace(g.entry, k);
            double score = prior(p, gazetteer.refPrimary(g.entry, k)) + g.bonus[k] + namesakeBonus(g.entry, p)
                    + NEIGHBOUR_BONUS * Math.min(MAX_NEIGHBOURS, g.neighbours[k])
                    + (g.townCue && gazetteer.kind(p) == PlaceKind.CITY ? TOWN_CUE_BONUS : 0);
            if (countryEvidence != null) {
                int country = gazetteer.country(p);
                if (country >= 0) {
                    score += COUNTRY_WEIGHT * Math.min(EVIDENCE_CAP, countryEvidence[country]);
                    if (namedCountries[country] && isCapitalByItsOwnName(g.entry, p)) {
                        score += CONTAINED_BONUS;
                    }
                }
                int admin1 = gazetteer.admin1(p);
                if (admin1 >= 0) {
                    score += ADMIN1_WEIGHT * Math.min(EVIDENCE_CAP, admin1Evidence.getOrDefault(admin1, 0.0));
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }

    /**
     * A city named like its own division ("New York", "Sao Paulo") is meant by that name when it holds a large
     * share of the division's people; otherwise the division is ("Quebec").
     */
    private double namesakeBonus(int entry, int place) {
        if (gazetteer.kind(place) != PlaceKind.CITY) {
            return 0;
        }
        int division = gazetteer.admin1Place(gazetteer.admin1(place));
        if (division < 0 || gazetteer.population(place) < NAMESAKE_SHARE * gazetteer.population(division)) {
            return 0;
        }
        for (int k = 0; k < gazetteer.refCount(entry); k++) {
            if (gazetteer.refPlace(entry, k) == division) {
                return NAMESAKE_BONUS;
            }
        }
        return 0;
    }

    /**
     * Whether the place is a national capital whose name denotes neither its country nor a division of it: "Mexico"
     * is also the country and a state, "Washington" also a state, and naming the country does not choose among them.
     */
    private boolean isCapitalByItsOwnName(int entry, int place) {
        if (!gazetteer.featureCode(place).equals("PPLC")) {
            return false;
        }
        for (int k = 0; k < gazetteer.refCount(entry); k++) {
            int other = gazetteer.refPlace(entry, k);
            PlaceKind kind = gazetteer.kind(other);
            if (gazetteer.country(other) == gazetteer.country(place) && kind != PlaceKind.CITY
                    && kind != PlaceKind.ADMIN2) {
                return false;
            }
        }
        return true;
    }

    /** How likely a place is named at all, before context: its kind, size and standing. */
    private double prior(int place, boolean primaryName) {
        double score = switch (gazetteer.kind(place)) {
            case CONTINENT -> 10;
            case COUNTRY -> 9.5;
            case REGION -> 8.5;
            case ADMIN1 -> 6 + 0.25 * Math.log10(Math.max(1, gazetteer.population(place)));
            case ADMIN2 -> 5.0;
            case CITY -> Math.log10(gazetteer.population(place) + 10.0) + seatBonus(gazetteer.featureCode(place));
        };
        if (!primaryName && gazetteer.kind(place) == PlaceKind.CITY) {
            score -= ALTERNATE_NAME_PENALTY;
        }
        return score;
    }

    private static double seatBonus(String featureCode) {
        return switch (featureCode) {
            case "PPLC" -> 1.5;
            case "PPLA" -> 0.7;
            case "PPLA2" -> 0.3;
            case "PPLX" -> -0.5;
            default -> 0;
        };
    }

    /** Adds (share above 0) or removes (below 0) what a chosen place says of its country and division. */
    private void addEvidence(int place, double share, double[] countryEvidence,
            Map<Integer, Double> admin1Evidence) {
        if (place < 0) {
            return;
        }
        double weight = switch (gazetteer.kind(place)) {
            case COUNTRY, ADMIN1 -> 1.0;
            case ADMIN2 -> 0.7;
            case CITY, REGION -> 0.5;
            case CONTINENT -> 0;
        };
        int country = gazetteer.country(place);
        if (country >= 0) {
            countryEvidence[country] += share * weight;
        }
        int admin1 = gazetteer.admin1(place);
        if (admin1 >= 0 && gazetteer.kind(place) != PlaceKind.COUNTRY) {
            admin1Evidence.merge(admin1, share * weight, Double::sum);
        }
    }
}
