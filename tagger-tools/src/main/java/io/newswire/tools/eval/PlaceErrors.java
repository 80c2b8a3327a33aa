package io.newswire.tools.eval;

import io.newswire.model.Mention;
import io.newswire.model.Place;
import io.newswire.model.TemporalExpression;
import io.newswire.tagger.Tagger;
import io.newswire.tagger.dates.DateTagger;
import io.newswire.tagger.names.Name;
import io.newswire.tagger.names.NameFinder;
import io.newswire.tagger.places.GreatCircle;
import io.newswire.tagger.text.Tokenizer;
import io.newswire.tagger.text.Tokens;
import io.newswire.tools.eval.ToponymCorpus.Document;
import io.newswire.tools.eval.ToponymCorpus.Located;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the tagger's place errors on the toponym corpora, one line each, for reading what to fix: {@code FP}
 * (a mention no gold span has exactly), {@code FN} (a gold span not found exactly) and {@code FAR} (found, but
 * resolved more than 161 km from the gold point). Each line carries the name finder's reading of the span
 * ({@code name=PERSON}), since the names stage decides part of what the places stage keeps, and the text around.
 */
final class PlaceErrors {

    private final Tokenizer tokenizer = new Tokenizer();
    private final DateTagger dates = DateTagger.load();
    private final NameFinder names = NameFinder.load();
    private final Tagger tagger;

    PlaceErrors(Tagger tagger) {
        this.tagger = tagger;
    }

    /** Writes the errors of the tagger on every toponym corpus under {@code data} to {@code file}. */
    static void write(Path data, Tagger tagger, Path file) throws IOException {
        PlaceErrors errors = new PlaceErrors(tagger);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (String corpus : PlaceEvaluation.CORPORA) {
                Path corpusFile = data.resolve("eval/toponyms/" + corpus + ".jsonl.gz");
                if (Files.exists(corpusFile)) {
                    for (Document document : ToponymCorpus.read(corpusFile)) {
                        errors.list(corpus, document, out);
                    }
                }
            }
        }
    }

    /** Writes the errors of one document. */
    void list(String corpus, Document document, PrintWriter out) {
        String text = document.text();
        Tokens tokens = tokenizer.tokenize(text);
        List<TemporalExpression> found = dates.tag(tokens, null);
        List<Name> nameList = names.find(tokens, found);
        List<Located> predicted = new ArrayList<>();
        List<Place> owners = new ArrayList<>();
        for (Place place : tagger.tag(text, null).locations()) {
            for (Mention m : place.mentions()) {
                predicted.add(new Located(m.start(), m.end(), place.lat(), place.lon()));
                owners.add(place);
            }
        }
        if (!document.exhaustive()) {
            List<Located> kept = SpanAlignment.overlappingAny(predicted, document.gold());
            List<Place> keptOwners = new ArrayList<>();
            for (Located k : kept) {
                keptOwners.add(owners.get(indexOf(predicted, k)));
            }
            predicted = kept;
            owners = keptOwners;
        }
        Set<Located> matchedGold = new HashSet<>();
        Set<Integer> matchedPredicted = new HashSet<>();
        for (var pair : SpanAlignment.exact(document.gold(), predicted)) {
            matchedGold.add(pair.gold());
            int index = indexOf(predicted, pair.predicted());
            matchedPredicted.add(index);
            Located g = pair.gold();
            double km = GreatCircle.kilometres(g.lat(), g.lon(), pair.predicted().lat(), pair.predicted().lon());
            if (km > PlaceScores.ACCURACY_KM) {
                Place p = owners.get(index);
                out.printf(Locale.ROOT, "%s %s FAR %.0fkm [%s] -> %s %s %s %d (%.2f,%.2f) gold (%.2f,%.2f)%s%n",
                        corpus, document.id(), km, span(text, g), p.name(), p.countryCode(), p.featureCode(),
                        p.geonameId(), p.lat(), p.lon(), g.lat(), g.lon(), context(tokens, nameList, g));
            }
        }
        for (Located g : document.gold()) {
            if (!matchedGold.contains(g)) {
                out.printf(Locale.ROOT, "%s %s FN [%s] gold (%.2f,%.2f)%s%n", corpus, document.id(), span(text, g),
                        g.lat(), g.lon(), context(tokens, nameList, g));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!matchedPredicted.contains(i)) {
                Located l = predicted.get(i);
                Place p = owners.get(i);
                out.printf(Locale.ROOT, "%s %s FP [%s] -> %s %s %s%s%n", corpus, document.id(), span(text, l),
                        p.name(), p.countryCode(), p.featureCode(), context(tokens, nameList, l));
            }
        }
    }

    private static int indexOf(List<Located> list, Located item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return -1;
    }

    private static String span(String text, Located l) {
        return text.substring(l.start(), l.end()).replace('\n', ' ');
    }

    /** The name finder's type of a name overlapping the span, and the words around it. */
    private static String context(Tokens tokens, List<Name> names, Located l) {
        String type = "-";
        for (Name name : names) {
            if (tokens.start(name.firstToken()) < l.end() && l.start() < tokens.end(name.endToken() - 1)) {
                type = name.type() + "[" + tokens.text().substring(tokens.start(name.firstToken()),
                        tokens.end(name.endToken() - 1)).replace('\n', ' ') + "]";
                break;
            }
        }
        String text = tokens.text();
        int from = Math.max(0, l.start() - 60);
        int to = Math.min(text.length(), l.end() + 40);
        return "   name=" + type + "   | " + text.substring(from, to).replace('\n', ' ');
    }
}
