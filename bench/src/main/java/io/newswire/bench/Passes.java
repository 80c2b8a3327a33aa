package io.newswire.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Measurements taken several times over, summed up by their median: on a shared 2-core machine one pass in a few
 * meets an Elasticsearch merge or a slower host, and two consecutive one-pass runs on unchanged code read 1.04 and
 * 0.47 of the CPU limit. The median keeps such a pass from deciding the figures; the report shows every pass.
 */
final class Passes {

    private Passes() {
    }

    /** The phase name of a pass: {@code max}, {@code max-2}, {@code max-3}, ... */
    static String phase(String name, int pass) {
        return pass == 1 ? name : name + "-" + pass;
    }

    /** Each key's median over the passes (the mean of the two middle values for an even count). */
    static Map<String, Double> medianOf(List<Map<String, Double>> passes) {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String key : passes.getFirst().keySet()) {
            List<Double> values = new ArrayList<>();
            for (Map<String, Double> pass : passes) {
                values.add(pass.get(key));
            }
            values.sort(Comparator.naturalOrder());
            int middle = values.size() / 2;
            medians.put(key, values.size() % 2 == 1 ? values.get(middle)
                    : (values.get(middle - 1) + values.get(middle)) / 2);
        }
        return medians;
    }

    /** The pass with the median value; of an even count, the lower of the two middle ones. */
    static <T> T medianOf(List<T> passes, ToDoubleFunction<T> value) {
        List<T> sorted = new ArrayList<>(passes);
        sorted.sort(Comparator.comparingDouble(value));
        return sorted.get((sorted.size() - 1) / 2);
    }
}
