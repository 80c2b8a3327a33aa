package io.newswire.tagger.names;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A linear sequence model over {@link NameLabel}s: one weight per (feature bucket, label), laid out bucket by
 * bucket so a token's scores read contiguous memory, plus label-to-label transition weights; decoded per
 * sentence by Viterbi. Trained by the tagger tools' averaged perceptron.
 */
public final class NameModel {

    private static final int MAGIC = 0x4e4d4431; // "NMD1"
    private static final int LABELS = NameLabel.COUNT;

    private final int bits;
    private final float[] weights;
    /** {@code [previous + 1][label]}; row 0 is the sentence start. */
    private final float[] transitions;

    /** A model over the given arrays, which it uses as they are (the trainer updates them in place). */
    public NameModel(int bits, float[] weights, float[] transitions) {
        if (weights.length != (1 << bits) * LABELS || transitions.length != (LABELS + 1) * LABELS) {
            throw new IllegalArgumentException("weights do not match " + bits + " bits");
        }
        this.bits = bits;
        this.weights = weights;
        this.transitions = transitions;
    }

    public static NameModel empty(int bits) {
        return new NameModel(bits, new float[(1 << bits) * LABELS], new float[(LABELS + 1) * LABELS]);
    }

    public int bits() {
        return bits;
    }

    public float[] weights() {
        return weights;
    }

    public float[] transitions() {
        return transitions;
    }

    /**
     * Labels every token: Viterbi over each sentence. Tokens marked in {@code outside} (dates) can only be
     * outside a name; {@code outside} may be null. {@code labels} receives the result.
     */
    public void decode(NameFeatures features, boolean[] outside, int[] labels) {
        int n = features.size();
        float[] scores = new float[n * LABELS];
        int[] buffer = new int[NameFeatures.MAX_FEATURES];
        for (int i = 0; i < n; i++) {
            int count = features.features(i, buffer);
            addScores(buffer, 0, count, scores, i * LABELS);
        }
        int[] back = new int[n * LABELS];
        float[] best = new float[LABELS];
        float[] next = new float[LABELS];
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && !features.isSentenceStart(end)) {
                end++;
            }
            viterbi(scores, outside, start, end, back, best, next, labels);
            start = end;
        }
    }

    /** Adds the label scores of feature buckets {@code [from, to)} to {@code scores[offset, offset + labels)}. */
    public void addScores(int[] buckets, int from, int to, float[] scores, int offset) {
        for (int k = from; k < to; k++) {
            int w = buckets[k] * LABELS;
            for (int l = 0; l < LABELS; l++) {
                scores[offset + l] += weights[w + l];
            }
        }
    }

    /** The best labels of tokens {@code [start, end)}, one sentence, given their label scores. */
    public void decodeSentence(float[] scores, boolean[] outside, int start, int end, int[] labels) {
        viterbi(scores, outside, start, end, new int[end * LABELS], new float[LABELS], new float[LABELS], labels);
    }

    private void viterbi(float[] scores, boolean[] outside, int start, int end, int[] back, float[] best,
                         float[] next, int[] labels) {
        for (int l = 0; l < LABELS; l++) {
            best[l] = allowed(outside, start, l) && !NameLabel.isInside(l)
                    ? transitions[l] + scores[start * LABELS + l] : Float.NEGATIVE_INFINITY;
        }
        for (int i = start + 1; i < end; i++) {
            for (int l = 0; l < LABELS; l++) {
                float max = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (allowed(outside, i, l)) {
                    for (int p = 0; p < LABELS; p++) {
                        if (best[p] == Float.NEGATIVE_INFINITY || !NameLabel.mayFollow(p, l)) {
                            continue;
                        }
                        float s = best[p] + transitions[(p + 1) * LABELS + l];
                        if (s > max) {
                            max = s;
                            arg = p;
                        }
                    }
                }
                next[l] = max + scores[i * LABELS + l];
                back[i * LABELS + l] = arg;
            }
            System.arraycopy(next, 0, best, 0, LABELS);
        }
        int label = 0;
        for (int l = 1; l < LABELS; l++) {
            if (best[l] > best[label]) {
                label = l;
            }
        }
        for (int i = end - 1; i >= start; i--) {
            labels[i] = label;
            label = back[i * LABELS + label];
        }
    }

    private static boolean allowed(boolean[] outside, int token, int label) {
        return label == NameLabel.OUTSIDE || outside == null || !outside[token];
    }

    public static NameModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC || data.readInt() != LABELS) {
            throw new IOException("not a name model for " + LABELS + " labels");
        }
        int bits = data.readInt();
        float[] transitions = new float[(LABELS + 1) * LABELS];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = data.readFloat();
        }
        float[] weights = new float[(1 << bits) * LABELS];
        // Sparse: runs of zero buckets are skipped.
        int bucket = data.readInt();
        while (bucket >= 0) {
            for (int l = 0; l < LABELS; l++) {
                weights[bucket * LABELS + l] = data.readFloat();
            }
            bucket = data.readInt();
        }
        return new NameModel(bits, weights, transitions);
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(LABELS);
        data.writeInt(bits);
        for (float t : transitions) {
            data.writeFloat(t);
        }
        for (int bucket = 0; bucket < 1 << bits; bucket++) {
            int base = bucket * LABELS;
            boolean zero = true;
            for (int l = 0; l < LABELS && zero; l++) {
                zero = weights[base + l] == 0f;
            }
            if (!zero) {
                data.writeInt(bucket);
                for (int l = 0; l < LABELS; l++) {
                    data.writeFloat(weights[base + l]);
                }
            }
        }
        data.writeInt(-1);
        data.flush();
    }
}
