package io.newswire.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Kibana cannot run here, so what it would read is checked instead: the saved objects of deploy/kibana reference
 * only fields the index template maps, with the types Kibana needs, and only objects of the same file.
 */
class KibanaSavedObjectsTest {

    private static final Path SAVED_OBJECTS = Path.of("../deploy/kibana/saved-objects.ndjson");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys whose values name index fields, in the saved objects and in the JSON strings they embed. */
    private static final Set<String> FIELD_KEYS = Set.of("timeFieldName", "sourceField", "geoField", "columns",
            "sort", "field", "term", "tooltipProperties");
    /** Lens' pseudo-field of "count of records". */
    private static final String RECORDS = "___records___";

    @Test
    void everyFieldTheSavedObjectsReferenceIsMappedInTheIndexTemplate() throws IOException {
        Map<String, Set<String>> referenced = referencedFields();
        Map<String, String> mapped = mappedFields();

        assertThat(referenced.keySet()).contains("publishedAt", "locations.point", "persons", "organizations", "title");
        assertThat(mapped.keySet()).containsAll(referenced.keySet());
    }

    @Test
    void fieldsHaveTheTypesTheirUseNeeds() throws IOException {
        Map<String, Set<String>> referenced = referencedFields();
        Map<String, String> mapped = mappedFields();

        referenced.forEach((field, keys) -> {
            if (keys.contains("geoField")) {
                assertThat(mapped.get(field)).as(field).isEqualTo("geo_point");
            }
            if (keys.contains("timeFieldName")) {
                assertThat(mapped.get(field)).as(field).isEqualTo("date");
            }
        });
        for (JsonNode column : lensColumns()) {
            String field = column.path("sourceField").asText();
            switch (column.path("operationType").asText()) {
                case "terms" -> assertThat(mapped.get(field)).as(field).isEqualTo("keyword");
                case "date_histogram" -> assertThat(mapped.get(field)).as(field).isEqualTo("date");
                default -> { }
            }
        }
    }

    @Test
    void theDataViewIsOnTheArticlesAliasAndEveryReferenceIsAnObjectOfTheFile() throws IOException {
        List<JsonNode> objects = objects();
        Set<String> present = new HashSet<>();
        objects.forEach(object -> present.add(object.path("type").asText() + "/" + object.path("id").asText()));

        JsonNode dataView = objects.stream().filter(o -> o.path("type").asText().equals("index-pattern")).findFirst()
                .orElseThrow();
        assertThat(dataView.path("attributes").path("title").asText()).isEqualTo("articles");
        assertThat(dataView.path("attributes").path("timeFieldName").asText()).isEqualTo("publishedAt");
        assertThat(present).contains("search/newswire-latest-articles", "dashboard/newswire-overview",
                "map/newswire-places-map");
        for (JsonNode object : objects) {
            for (JsonNode reference : object.path("references")) {
                assertThat(present).as("reference %s of %s", reference, object.path("id"))
                        .contains(reference.path("type").asText() + "/" + reference.path("id").asText());
            }
        }
    }

    @Test
    void everyDashboardPanelIsReferenced() throws IOException {
        for (JsonNode object : objects()) {
            if (!object.path("type").asText().equals("dashboard")) {
                continue;
            }
            Set<String> names = new HashSet<>();
            object.path("references").forEach(reference -> names.add(reference.path("name").asText()));
            JsonNode panels = JSON.readTree(object.path("attributes").path("panelsJSON").asText());
            assertThat(panels).isNotEmpty();
            for (JsonNode panel : panels) {
                assertThat(names)
                        .contains(panel.path("panelIndex").asText() + ":" + panel.path("panelRefName").asText());
            }
        }
    }

    private static List<JsonNode> objects() throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : Files.readAllLines(SAVED_OBJECTS, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                objects.add(JSON.readTree(line));
            }
        }
        return objects;
    }

    /** Each field named anywhere in the saved objects, with the keys it was named under. */
    private static Map<String, Set<String>> referencedFields() throws IOException {
        Map<String, Set<String>> fields = new HashMap<>();
        for (JsonNode object : objects()) {
            collect(object, null, fields);
        }
        fields.remove(RECORDS);
        return fields;
    }

    private static void collect(JsonNode node, String key, Map<String, Set<String>> fields) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (FIELD_KEYS.contains(key)) {
                fields.computeIfAbsent(text, f -> new HashSet<>()).add(key);
            } else if (text.startsWith("{") || text.startsWith("[")) {
                collect(embedded(text), null, fields);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                // A saved search sorts by [[field, direction], ...].
                collect(key != null && key.equals("sort") && element.isArray() ? element.get(0) : element, key, fields);
            }
        } else if (node.isObject()) {
            node.properties().forEach(entry -> collect(entry.getValue(), entry.getKey(), fields));
        }
    }

    private static JsonNode embedded(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("a saved object embeds invalid JSON: " + json, e);
        }
    }

    private static List<JsonNode> lensColumns() throws IOException {
        List<JsonNode> columns = new ArrayList<>();
        for (JsonNode object : objects()) {
            for (JsonNode layer : object.path("attributes").path("state").path("datasourceStates").path("formBased")
                    .path("layers")) {
                layer.path("columns").forEach(columns::add);
            }
        }
        assertThat(columns).isNotEmpty();
        return columns;
    }

    /** Every field path of the template's mapping with its type ("object" for an object without one). */
    private static Map<String, String> mappedFields() throws IOException {
        String template;
        try (InputStream in = KibanaSavedObjectsTest.class.getResourceAsStream(IndexTemplate.RESOURCE)) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The settings placeholders are not JSON until filled in; their values do not matter here.
        JsonNode mappings = JSON.readTree(template.replaceAll("\\$\\{[^}]+}", "1")).path("template").path("mappings");
        Map<String, String> fields = new HashMap<>();
        flatten(mappings.path("properties"), "", fields);
        return fields;
    }

    private static void flatten(JsonNode properties, String prefix, Map<String, String> fields) {
        properties.properties().forEach(entry -> {
            String path = prefix + entry.getKey();
            fields.put(path, entry.getValue().path("type").asText("object"));
            flatten(entry.getValue().path("properties"), path + ".", fields);
        });
    }
}
