package io.newswire.tools.eval;

import io.newswire.model.TemporalExpression;
import java.util.List;

/**
 * TempEval-3 scores of temporal expressions, accumulated over documents: strict spans match exactly, relaxed
 * spans overlap (matched one to one, in text order); value and type are scored on the relaxed matches, over the
 * system's and the gold's counts.
 */
final class TimexScore {

    private int system;
    private int gold;
    private int strict;
    private int relaxed;
    private int value;
    private int type;

    /** Adds one document; calls {@code mismatch} for every unmatched or wrongly normalized expression. */
    void add(List<TemporalExpression> found, List<TemporalExpression> expected, Mismatches mismatch) {
        system += found.size();
        gold += expected.size();
        boolean[] used = new boolean[expected.size()];
        for (TemporalExpression f : found) {
            int match = -1;
            for (int g = 0; g < expected.size(); g++) {
                TemporalExpression e = expected.get(g);
                if (!used[g] && e.start() < f.end() && f.start() < e.end()) {
                    match = g;
                    break;
                }
            }
            if (match < 0) {
                mismatch.report(f, null);
                continue;
            }
            used[match] = true;
            TemporalExpression e = expected.get(match);
            relaxed++;
            if (e.start() == f.start() && e.end() == f.end()) {
                strict++;
            }
            if (e.value().equals(f.value())) {
                value++;
            }
            if (e.type() == f.type()) {
                type++;
            }
            if (!e.value().equals(f.value()) || e.type() != f.type() || e.start() != f.start() || e.end() != f.end()) {
                mismatch.report(f, e);
            }
        }
        for (int g = 0; g < expected.size(); g++) {
            if (!used[g]) {
                mismatch.report(null, expected.get(g));
            }
        }
    }

    void add(TimexScore other) {
        system += other.system;
        gold += other.gold;
        strict += other.strict;
        relaxed += other.relaxed;
        value += other.value;
        type += other.type;
    }

    double strictPrecision() {
        return ratio(strict, system);
    }

    double strictRecall() {
        return ratio(strict, gold);
    }

    double strictF1() {
        return f1(strict);
    }

    double relaxedPrecision() {
        return ratio(relaxed, system);
    }

    double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    double relaxedF1() {
        return f1(relaxed);
    }

    double valueF1() {
        return f1(value);
    }

    double typeF1() {
        return f1(type);
    }

    int systemCount() {
        return system;
    }

    int goldCount() {
        return gold;
    }

    private double f1(int correct) {
        double p = ratio(correct, system);
        double r = ratio(correct, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** Receives a system expression without a gold match (gold null), the reverse, or a pair that differs. */
    @FunctionalInterface
    interface Mismatches {
        void report(TemporalExpression found, TemporalExpression expected);
    }
}
