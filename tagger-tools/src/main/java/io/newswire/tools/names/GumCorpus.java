package io.newswire.tools.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.tagger.names.NameType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The GUM corpus as converted in {@code shared/data/eval/entities/gum.jsonl.gz}: documents with gold PERSON,
 * ORGANIZATION and LOCATION spans and the genre that decides the licence of the text.
 */
public final class GumCorpus {

    /**
     * Genres whose text licence allows training the shipped model (GUM's LICENSE.txt): CC-BY (academic, court,
     * Wikinews news and interviews) and CC-BY-SA (Wikipedia biographies, Wikivoyage). Left out: the NC-SA genres
     * (essays, fiction, letters, podcasts, wikiHow), reddit, and genres the licence file does not name
     * (conversation, speech, textbook, vlog).
     */
    public static final Set<String> TRAINABLE_GENRES = Set.of("academic", "bio", "court", "interview", "news",
            "voyage");

    public static final String FILE = "eval/entities/gum.jsonl.gz";

    private GumCorpus() {
    }

    /** The documents of {@code dataDir/eval/entities/gum.jsonl.gz}, in file order. */
    public static List<AnnotatedText> read(Path dataDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<AnnotatedText> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dataDir.resolve(FILE))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                List<AnnotatedText.Span> spans = new ArrayList<>();
                for (JsonNode gold : doc.get("gold")) {
                    spans.add(new AnnotatedText.Span(gold.get("start").asInt(), gold.get("end").asInt(),
                            NameType.valueOf(gold.get("type").asText())));
                }
                texts.add(new AnnotatedText(doc.get("id").asText(), doc.get("genre").asText(),
                        doc.get("text").asText(), List.copyOf(spans)));
            }
        }
        return texts;
    }

    public static boolean trainable(AnnotatedText text) {
        return TRAINABLE_GENRES.contains(text.genre());
    }
}
