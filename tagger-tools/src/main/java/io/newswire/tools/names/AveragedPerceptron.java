package io.newswire.tools.names;

import io.newswire.tagger.names.NameFeatures;
import io.newswire.tagger.names.NameLabel;
import io.newswire.tagger.names.NameLexicon;
import io.newswire.tagger.names.NameModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link NameModel} by the structured averaged perceptron (Collins 2002): each sentence is decoded with
 * the current weights and, where the best label sequence differs from the gold one, the gold features gain and
 * the predicted ones lose one unit. The averaged weights returned generalize far better than the last ones.
 * Deterministic: sentences are visited in an order drawn from a fixed seed.
 */
public final class AveragedPerceptron {

    private static final int LABELS = NameLabel.COUNT;

    private final int bits;
    private final int epochs;
    private final long seed;

    private final double wordDropout;

    /**
     * @param wordDropout the share of tokens, drawn anew each epoch, whose word-identity features
     *                    ({@link NameFeatures#WORD_FEATURES}) are hidden while training: names in new text are
     *                    mostly words the training text lacks, so the model must also learn to tag them without
     */
    public AveragedPerceptron(int bits, int epochs, long seed, double wordDropout) {
        this.bits = bits;
        this.epochs = epochs;
        this.seed = seed;
        this.wordDropout = wordDropout;
    }

    /** One sentence's gold labels and each token's feature buckets. */
    private record Sentence(int[][] features, int[] labels) {
    }

    public NameModel train(List<LabeledText> texts, NameLexicon lexicon) {
        List<Sentence> sentences = sentences(texts, lexicon);
        NameModel model = NameModel.empty(bits);
        float[] weights = model.weights();
        float[] transitions = model.transitions();
        // Sums of (update * time) per weight: the average is weights - sums / time (Daume's trick).
        double[] weightSums = new double[weights.length];
        double[] transitionSums = new double[transitions.length];
        long time = 1;
        Random random = new Random(seed);
        int[] order = new int[sentences.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int index : order) {
                Sentence sentence = sentences.get(index);
                int n = sentence.labels.length;
                float[] scores = new float[n * LABELS];
                int[] from = new int[n];
                for (int i = 0; i < n; i++) {
                    from[i] = random.nextDouble() < wordDropout ? NameFeatures.WORD_FEATURES : 0;
                    model.addScores(sentence.features[i], from[i], sentence.features[i].length, scores, i * LABELS);
                }
                int[] predicted = new int[n];
                model.decodeSentence(scores, null, 0, n, predicted);
                for (int i = 0; i < n; i++) {
                    int gold = sentence.labels[i];
                    int guess = predicted[i];
                    if (gold != guess) {
                        int[] features = sentence.features[i];
                        for (int k = from[i]; k < features.length; k++) {
                            update(weights, weightSums, features[k] * LABELS + gold, 1, time);
                            update(weights, weightSums, features[k] * LABELS + guess, -1, time);
                        }
                    }
                    int goldPrevious = i == 0 ? 0 : sentence.labels[i - 1] + 1;
                    int guessPrevious = i == 0 ? 0 : predicted[i - 1] + 1;
                    if (gold != guess || goldPrevious != guessPrevious) {
                        update(transitions, transitionSums, goldPrevious * LABELS + gold, 1, time);
                        update(transitions, transitionSums, guessPrevious * LABELS + guess, -1, time);
                    }
                }
                time++;
            }
        }
        average(weights, weightSums, time);
        average(transitions, transitionSums, time);
        return model;
    }

    private static void update(float[] weights, double[] sums, int index, int delta, long time) {
        weights[index] += delta;
        sums[index] += (double) delta * time;
    }

    private static void average(float[] weights, double[] sums, long time) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (weights[i] - sums[i] / time);
        }
    }

    private List<Sentence> sentences(List<LabeledText> texts, NameLexicon lexicon) {
        List<Sentence> sentences = new ArrayList<>();
        int[] buffer = new int[NameFeatures.MAX_FEATURES];
        for (LabeledText text : texts) {
            NameFeatures features = NameFeatures.of(text.tokens(), lexicon, bits);
            int n = features.size();
            int start = 0;
            while (start < n) {
                int end = start + 1;
                while (end < n && !features.isSentenceStart(end)) {
                    end++;
                }
                int[][] sentenceFeatures = new int[end - start][];
                for (int i = start; i < end; i++) {
                    int count = features.features(i, buffer);
                    sentenceFeatures[i - start] = java.util.Arrays.copyOf(buffer, count);
                }
                sentences.add(new Sentence(sentenceFeatures, java.util.Arrays.copyOfRange(text.labels(), start, end)));
                start = end;
            }
        }
        return sentences;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
