package io.newswire.tools.eval;

import io.newswire.tagger.places.GreatCircle;
import io.newswire.tools.eval.ToponymCorpus.Document;
import io.newswire.tools.eval.ToponymCorpus.Located;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Scores of a toponym system on a corpus. Recognition: exact-span precision, recall and F1, and overlap F1 (both
 * one-to-one, {@link SpanAlignment}). Resolution, over the exact matches whose prediction has coordinates: the
 * share within 161 km (100 miles) of the gold point and the median error. For a corpus whose gold is not
 * exhaustive, predicted spans that overlap no gold span are ignored.
 */
public record PlaceScores(int gold, int predicted, int exact, int overlap, int located, int within161,
                          double medianKm) {

    public static final double ACCURACY_KM = 161;

    public static PlaceScores of(List<Document> documents, Function<Document, List<Located>> system) {
        int gold = 0;
        int predicted = 0;
        int exact = 0;
        int overlap = 0;
        int within = 0;
        List<Double> errors = new ArrayList<>();
        for (Document doc : documents) {
            List<Located> output = system.apply(doc);
            if (!doc.exhaustive()) {
                output = SpanAlignment.overlappingAny(output, doc.gold());
            }
            gold += doc.gold().size();
            predicted += output.size();
            overlap += SpanAlignment.overlap(doc.gold(), output).size();
            for (var pair : SpanAlignment.exact(doc.gold(), output)) {
                exact++;
                Located p = pair.predicted();
                if (p.hasPoint()) {
                    double km = GreatCircle.kilometres(pair.gold().lat(), pair.gold().lon(), p.lat(), p.lon());
                    errors.add(km);
                    if (km <= ACCURACY_KM) {
                        within++;
                    }
                }
            }
        }
        return new PlaceScores(gold, predicted, exact, overlap, errors.size(), within, median(errors));
    }

    public double precision() {
        return ratio(exact, predicted);
    }

    public double recall() {
        return ratio(exact, gold);
    }

    public double f1() {
        return harmonic(precision(), recall());
    }

    public double overlapF1() {
        return harmonic(ratio(overlap, predicted), ratio(overlap, gold));
    }

    /** Share of located exact matches within 161 km of the gold point. */
    public double accuracy161() {
        return ratio(within161, located);
    }

    /** Exact matches the system gave no coordinates for (left out of the accuracy). */
    public int unlocated() {
        return exact - located;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double harmonic(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
