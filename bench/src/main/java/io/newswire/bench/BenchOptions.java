package io.newswire.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line of {@code ./pipeline bench}, and where the stack listens (from the script's environment). */
record BenchOptions(
        int articles,
        int passes,
        int connections,
        int warmupArticles,
        int aloneArticles,
        int unboundedArticles,
        List<Double> loadFractions,
        double freshnessSeconds,
        double probeRate,
        long probeIntervalMillis,
        double ceilingSeconds,
        int esCeilingDocuments,
        int esCeilingStreams,
        int esCeilingBulkSize,
        Map<Knob, String> settings,
        String refreshInterval,
        double maxLoad,
        double loadWaitSeconds,
        boolean keepDocuments,
        Path data,
        Path results,
        Path repository,
        Path pipeline,
        Path state,
        String kafka,
        String elasticsearchUrl,
        String ingestUrl) {

    static final String USAGE = """
            Usage: ./pipeline bench [options]
              --articles N            articles of the max-throughput run (50000)
              --passes N              times the stages alone and the max-throughput run are measured; the report
                                      takes the median pass of each and shows them all (3)
              --connections N         concurrent connections of the load generator (64)
              --warmup N              articles per warm-up round after each ingest restart, unmeasured; up to 4
                                      rounds, until the services' JIT compilers are nearly idle (20000)
              --alone N               articles of each pass of the per-stage CPU measurement (30000)
              --unbounded N           articles of the full-speed run without back-pressure (min(articles, 20000));
                                      0 skips it
              --load 0.25,0.5         fixed rates of the freshness runs, as fractions of the measured max throughput
              --freshness-seconds S   length of each fixed-rate run (30)
              --probe-rate R          articles sampled per second for freshness (50)
              --probe-interval MS     how often a run's searchable documents are counted; the freshness probe
                                      searches its samples after each count that grew (50)
              --ceiling-seconds S     timed length of the tagger and Kafka ceilings (10)
              --es-docs N             documents of the Elasticsearch ceiling (20000)
              --es-streams N          parallel bulk loops of the Elasticsearch ceiling (2)
              --es-bulk N             documents per bulk of the Elasticsearch ceiling (1000)
              --set KEY=VALUE         run a service with a setting other than its application.properties value;
                                      KEY is one of %s
              --refresh-interval I    refresh interval of the articles index during the run (as it is)
              --max-load L            wait until the 1-minute load average is below L before starting (1.5);
                                      0: never wait
              --load-wait S           wait at most S seconds for it (600); a run that started above is not a reference
              --keep                  keep the run's documents in the index (deleted by default)
              --data DIR              benchmark corpora (../shared/data)
              --results DIR           where the reports go (bench/results)
            """;

    static BenchOptions parse(List<String> args, Map<String, String> environment) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<Knob, String> settings = new LinkedHashMap<>();
        boolean keep = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--keep")) {
                keep = true;
            } else if (arg.equals("--set") && i + 1 < args.size()) {
                String setting = args.get(++i);
                int equals = setting.indexOf('=');
                if (equals < 0) {
                    throw new IllegalArgumentException("--set needs KEY=VALUE: " + setting);
                }
                settings.put(Knob.named(setting.substring(0, equals)), setting.substring(equals + 1));
            } else if (arg.startsWith("--") && i + 1 < args.size()) {
                values.put(arg.substring(2), args.get(++i));
            } else {
                throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        Path repository = Path.of(require(environment, "NEWSWIRE_REPO"));
        int articles = integer(values.remove("articles"), 50_000);
        BenchOptions options = new BenchOptions(
                articles,
                integer(values.remove("passes"), 3),
                integer(values.remove("connections"), 64),
                integer(values.remove("warmup"), 20_000),
                integer(values.remove("alone"), 30_000),
                integer(values.remove("unbounded"), Math.min(articles, 20_000)),
                fractions(values.remove("load")),
                number(values.remove("freshness-seconds"), 30),
                number(values.remove("probe-rate"), 50),
                integer(values.remove("probe-interval"), 50),
                number(values.remove("ceiling-seconds"), 10),
                integer(values.remove("es-docs"), 20_000),
                integer(values.remove("es-streams"), 2),
                integer(values.remove("es-bulk"), 1000),
                Map.copyOf(settings),
                values.remove("refresh-interval"),
                number(values.remove("max-load"), 1.5),
                number(values.remove("load-wait"), 600),
                keep,
                Path.of(values.getOrDefault("data", repository.resolve("../shared/data").toString())).normalize(),
                Path.of(values.getOrDefault("results", repository.resolve("bench/results").toString())),
                repository,
                Path.of(require(environment, "NEWSWIRE_PIPELINE")),
                Path.of(require(environment, "NEWSWIRE_STATE_DIR")),
                require(environment, "KAFKA_BOOTSTRAP_SERVERS"),
                "http://" + require(environment, "ELASTICSEARCH_HOSTS"),
                require(environment, "INGEST_URL"));
        values.remove("data");
        values.remove("results");
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown options: " + values.keySet());
        }
        if (articles < 1 || options.passes() < 1 || options.connections() < 1 || options.aloneArticles() < 100) {
            throw new IllegalArgumentException(
                    "--articles, --passes and --connections must be positive, --alone at least 100");
        }
        return options;
    }

    static String usage() {
        List<String> keys = new ArrayList<>();
        for (Knob knob : Knob.values()) {
            keys.add(knob.key);
        }
        return USAGE.formatted(String.join(", ", keys));
    }

    private static String require(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set: run the bench as ./pipeline bench");
        }
        return value;
    }

    private static int integer(String value, int fallback) {
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    private static double number(String value, double fallback) {
        return value == null ? fallback : Double.parseDouble(value);
    }

    private static List<Double> fractions(String value) {
        if (value == null) {
            return List.of(0.25, 0.5);
        }
        List<Double> fractions = new ArrayList<>();
        for (String part : value.split(",")) {
            double fraction = Double.parseDouble(part.strip());
            if (fraction <= 0 || fraction > 1) {
                throw new IllegalArgumentException("a load fraction is in (0, 1]: " + part);
            }
            fractions.add(fraction);
        }
        return List.copyOf(fractions);
    }
}
