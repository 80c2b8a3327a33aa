package io.newswire.tagger.names;

import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import io.newswire.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the person and organization names of one text into entities, one per referent: a mention joins the
 * entity of an identical earlier or longer mention, a lone surname or given name joins the full person name it
 * ends or starts ("Putin" -> "Vladimir Putin"), and an acronym joins the organization whose initials it spells
 * ("SOHR" -> "Syrian Observatory for Human Rights"). A name the places stage took whole as a place mention
 * ("Houston" in "Houston has played a role") is no entity; one that only contains a place ("California
 * Department of Public Health", "Governor of Virginia") still is. Each entity is named by its longest mention.
 */
final class EntityGrouping {

    private EntityGrouping() {
    }

    static List<Entity> group(Tokens tokens, List<Name> names, List<Place> places) {
        List<Name> candidates = new ArrayList<>();
        for (Name name : names) {
            if (name.type() != NameType.LOCATION && !isPlace(tokens, name, places)) {
                candidates.add(name);
            }
        }
        // Longest names first, so that every shorter mention finds the full name it refers to.
        List<Name> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt((Name n) -> n.endToken() - n.firstToken()).reversed()
                .thenComparingInt(Name::firstToken));
        List<Group> groups = new ArrayList<>();
        for (Name name : byLength) {
            Group group = find(tokens, groups, name);
            if (group == null) {
                group = new Group(name);
                groups.add(group);
            }
            group.members.add(name);
        }
        List<Entity> entities = new ArrayList<>(groups.size());
        groups.sort(Comparator.comparingInt(Group::firstToken));
        for (Group group : groups) {
            entities.add(group.entity(tokens));
        }
        return entities;
    }

    private static Group find(Tokens tokens, List<Group> groups, Name name) {
        for (Group group : groups) {
            if (group.type() == name.type() && sameWords(tokens, group.canonical, name)) {
                return group;
            }
        }
        int length = name.endToken() - name.firstToken();
        for (Group group : groups) {
            Name canonical = group.canonical;
            if (canonical.type() == NameType.PERSON && length < canonical.endToken() - canonical.firstToken()
                    && (endsWith(tokens, canonical, name) || startsWith(tokens, canonical, name))) {
                return group;
            }
        }
        if (length == 1) {
            for (Group group : groups) {
                if (group.type() == NameType.ORGANIZATION && Acronyms.spells(tokens, name.firstToken(), group.canonical)) {
                    return group;
                }
            }
        }
        return null;
    }

    private static boolean sameWords(Tokens tokens, Name a, Name b) {
        int length = a.endToken() - a.firstToken();
        if (length != b.endToken() - b.firstToken()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (!sameWord(tokens, a.firstToken() + k, b.firstToken() + k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(Tokens tokens, Name longer, Name shorter) {
        int offset = (longer.endToken() - longer.firstToken()) - (shorter.endToken() - shorter.firstToken());
        for (int k = shorter.firstToken(); k < shorter.endToken(); k++) {
            if (!sameWord(tokens, longer.firstToken() + offset + k - shorter.firstToken(), k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(Tokens tokens, Name longer, Name shorter) {
        for (int k = shorter.firstToken(); k < shorter.endToken(); k++) {
            if (!sameWord(tokens, longer.firstToken() + k - shorter.firstToken(), k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameWord(Tokens tokens, int a, int b) {
        int length = tokens.length(a);
        return length == tokens.length(b)
                && tokens.text().regionMatches(false, tokens.start(a), tokens.text(), tokens.start(b), length);
    }

    /** Whether a place mention spans the whole name. */
    private static boolean isPlace(Tokens tokens, Name name, List<Place> places) {
        int start = tokens.start(name.firstToken());
        int end = tokens.end(name.endToken() - 1);
        for (Place place : places) {
            for (Mention mention : place.mentions()) {
                if (mention.start() <= start && end <= mention.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The mentions of one referent; the first member, the longest, names it. */
    private static final class Group {

        final Name canonical;
        final List<Name> members = new ArrayList<>();

        Group(Name canonical) {
            this.canonical = canonical;
        }

        NameType type() {
            return canonical.type();
        }

        int firstToken() {
            int first = Integer.MAX_VALUE;
            for (Name member : members) {
                first = Math.min(first, member.firstToken());
            }
            return first;
        }

        Entity entity(Tokens tokens) {
            members.sort(Comparator.comparingInt(Name::firstToken));
            List<Mention> mentions = new ArrayList<>(members.size());
            for (Name member : members) {
                mentions.add(mention(tokens, member));
            }
            EntityType type = canonical.type() == NameType.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
            return new Entity(type, mention(tokens, canonical).text(), mentions);
        }

        private static Mention mention(Tokens tokens, Name name) {
            int start = tokens.start(name.firstToken());
            int end = tokens.end(name.endToken() - 1);
            return new Mention(start, end, tokens.text().substring(start, end));
        }
    }
}
