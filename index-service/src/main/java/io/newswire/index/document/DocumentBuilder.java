package io.newswire.index.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.model.ArticleJson;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an enriched article's JSON into the document Elasticsearch stores: the article as it is, plus the fields
 * search filters and facets need (a geo_point per place, persons, organizations, country codes, dates mentioned,
 * and a place key per place: {@code geonameId|countryCode|name}, so that one terms aggregation yields each place
 * with its name and country, which the object array {@code locations} cannot keep together).
 * It works on the JSON tree rather than the typed record, so that a field of the wrong shape reaches Elasticsearch
 * and is dead-lettered with Elasticsearch's own reason.
 */
public final class DocumentBuilder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public ArticleDocument build(byte[] enrichedJson) throws UnreadableDocumentException {
        if (enrichedJson == null || enrichedJson.length == 0) {
            throw new UnreadableDocumentException("empty record");
        }
        JsonNode tree;
        try {
            tree = ArticleJson.mapper().readTree(enrichedJson);
        } catch (IOException e) {
            throw new UnreadableDocumentException("unreadable JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new UnreadableDocumentException("not a JSON object");
        }
        ObjectNode document = (ObjectNode) tree;
        JsonNode id = document.get("id");
        if (id == null || !id.isTextual() || id.textValue().isBlank()) {
            throw new UnreadableDocumentException("missing field: id");
        }
        addPlaceFields(document);
        addEntityFields(document);
        addMentionedDates(document);
        try {
            return new ArticleDocument(id.textValue(), version(document.get("enrichedAt")),
                    ArticleJson.mapper().writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot write the document: " + e.getMessage());
        }
    }

    private static void addPlaceFields(ObjectNode document) {
        Set<String> countries = new LinkedHashSet<>();
        Set<String> placeKeys = new LinkedHashSet<>();
        for (JsonNode place : document.path("locations")) {
            if (place instanceof ObjectNode location && location.has("lat") && location.has("lon")) {
                ObjectNode point = NODES.objectNode();
                point.set("lat", location.get("lat"));
                point.set("lon", location.get("lon"));
                location.set("point", point);
            }
            if (place.path("countryCode").isTextual()) {
                countries.add(place.get("countryCode").textValue());
            }
            if (place.path("geonameId").isIntegralNumber() && place.path("name").isTextual()) {
                placeKeys.add(PlaceKey.of(place.get("geonameId").longValue(), place.path("countryCode").asText(""),
                        place.get("name").textValue()));
            }
        }
        document.set("countries", array(countries));
        document.set("placeKeys", array(placeKeys));
    }

    private static void addEntityFields(ObjectNode document) {
        Set<String> persons = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        for (JsonNode entity : document.path("entities")) {
            String name = entity.path("name").asText(null);
            if (name == null) {
                continue;
            }
            switch (entity.path("type").asText("")) {
                case "PERSON" -> persons.add(name);
                case "ORGANIZATION" -> organizations.add(name);
                default -> { }
            }
        }
        document.set("persons", array(persons));
        document.set("organizations", array(organizations));
    }

    /** Calendar dates the text mentions, at the precision it gives them: 2016-12-10, 2015-05, 2015. */
    private static void addMentionedDates(ObjectNode document) {
        Set<String> dates = new LinkedHashSet<>();
        for (JsonNode date : document.path("dates")) {
            String value = date.path("value").asText("");
            String calendar = calendarValue(value);
            if (calendar != null) {
                dates.add(calendar);
            }
        }
        document.set("mentionedDates", array(dates));
    }

    static String calendarValue(String timex) {
        if (CALENDAR_DATE.matcher(timex).matches()) {
            return timex;
        }
        if (DATE_TIME.matcher(timex).matches()) {
            return timex.substring(0, 10);
        }
        Matcher week = WEEK.matcher(timex);
        if (week.matches()) {
            // A week is indexed by its Monday (ISO weeks: week 1 holds January 4th).
            LocalDate firstMonday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4).with(DayOfWeek.MONDAY);
            return firstMonday.plusWeeks(Integer.parseInt(week.group(2)) - 1L).toString();
        }
        return null;
    }

    private static Long version(JsonNode enrichedAt) {
        if (enrichedAt == null || !enrichedAt.isTextual()) {
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(enrichedAt.textValue());
            return ChronoUnit.MICROS.between(Instant.EPOCH, time.toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ArrayNode array(Set<String> values) {
        ArrayNode array = NODES.arrayNode(values.size());
        values.forEach(array::add);
        return array;
    }
}
