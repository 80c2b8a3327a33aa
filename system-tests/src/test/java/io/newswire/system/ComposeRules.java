package io.newswire.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docker-compose.yml and the Dockerfile must hold to for {@code docker compose up --build --scale
 * enrich-service=N --scale index-service=N} to work, as a list of violations. The compose file is given parsed
 * (YAML merge keys resolved), as compose reads it.
 */
final class ComposeRules {

    static final String STREAMS_SERVICE = "enrich-service";
    static final String STATE_DIR_VARIABLE = "KAFKA_STREAMS_STATE_DIR";
    static final String TOPICS_SERVICE = "kafka-topics";
    static final String MAX_SCALE = "x-max-scale";
    private static final Set<String> AWAITED = Set.of("service_healthy", "service_completed_successfully");
    private static final Pattern PARTITIONS_DEFAULT = Pattern.compile("\\$\\{TOPIC_PARTITIONS:-(\\d+)}");

    private final Map<String, Object> compose;
    private final Map<String, Map<String, Object>> services;
    private final List<String> violations = new ArrayList<>();

    private ComposeRules(Map<String, Object> compose) {
        this.compose = compose;
        this.services = map(compose.get("services"));
    }

    /** Every rule broken by the compose file and the Dockerfile (its lines) and .dockerignore (its lines). */
    static List<String> violations(Map<String, Object> compose, List<String> dockerfile, List<String> dockerignore) {
        ComposeRules rules = new ComposeRules(compose);
        rules.scaledServicesHaveNoFixedNameOrHostPort();
        rules.streamsStateStaysInEachContainer();
        rules.topicsHaveAPartitionPerReplica();
        rules.dependenciesAreAwaitedHealthyOrCompleted();
        rules.servicesBuildWithMavenInTheImage(dockerfile, dockerignore);
        return rules.violations;
    }

    /** The services built from this repository: the ones that are scaled. */
    private Map<String, Map<String, Object>> built() {
        Map<String, Map<String, Object>> built = new TreeMap<>();
        services.forEach((name, service) -> {
            if (service.containsKey("build")) {
                built.put(name, service);
            }
        });
        return built;
    }

    private void scaledServicesHaveNoFixedNameOrHostPort() {
        if (built().isEmpty()) {
            violations.add("no service is built from this repository");
        }
        built().forEach((name, service) -> {
            if (service.containsKey("container_name")) {
                violations.add(name + " has a container_name: a second replica could not be created");
            }
            if (service.containsKey("ports")) {
                violations.add(name + " publishes ports: a second replica could not bind them (the gateway publishes)");
            }
        });
    }

    private void streamsStateStaysInEachContainer() {
        Map<String, Object> service = services.get(STREAMS_SERVICE);
        if (service == null) {
            violations.add("no " + STREAMS_SERVICE);
            return;
        }
        String stateDir = environment(service).get(STATE_DIR_VARIABLE);
        if (stateDir == null) {
            violations.add(STREAMS_SERVICE + " does not set " + STATE_DIR_VARIABLE);
            return;
        }
        for (Object volume : list(service.get("volumes"))) {
            String target = volume instanceof Map<?, ?> longSyntax ? String.valueOf(longSyntax.get("target"))
                    : volumeTarget(String.valueOf(volume));
            if (Path.of(stateDir).startsWith(Path.of(target))) {
                violations.add(STREAMS_SERVICE + " mounts " + volume + " over its Streams state " + stateDir
                        + ": replicas would share it");
            }
        }
        if (service.containsKey("volumes_from")) {
            violations.add(STREAMS_SERVICE + " takes volumes_from another container");
        }
    }

    /** "source:target[:mode]" or just "target". */
    private static String volumeTarget(String volume) {
        String[] parts = volume.split(":");
        return parts.length == 1 ? parts[0] : parts[1];
    }

    private void topicsHaveAPartitionPerReplica() {
        if (!(compose.get(MAX_SCALE) instanceof Integer maxScale)) {
            violations.add("no integer " + MAX_SCALE + ": the largest scale the documentation promises");
            return;
        }
        Map<String, Object> topics = services.get(TOPICS_SERVICE);
        String partitions = topics == null ? null : environment(topics).get("TOPIC_PARTITIONS");
        if (partitions == null) {
            violations.add("no " + TOPICS_SERVICE + " service setting TOPIC_PARTITIONS");
            return;
        }
        Matcher withDefault = PARTITIONS_DEFAULT.matcher(partitions);
        int count = withDefault.matches() ? Integer.parseInt(withDefault.group(1))
                : partitions.matches("\\d+") ? Integer.parseInt(partitions) : -1;
        if (count < maxScale) {
            violations.add("topics get " + partitions + " partitions, fewer than " + MAX_SCALE + " " + maxScale
                    + ": replicas beyond the partition count sit idle");
        }
        if (!String.valueOf(topics.get("command")).contains("--partitions \"$$TOPIC_PARTITIONS\"")) {
            violations.add(TOPICS_SERVICE + " does not create the topics with --partitions \"$$TOPIC_PARTITIONS\"");
        }
    }

    private void dependenciesAreAwaitedHealthyOrCompleted() {
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            if (!(dependsOn instanceof Map<?, ?> dependencies)) {
                violations.add(name + " lists depends_on without conditions: it would start before they are ready");
                return;
            }
            dependencies.forEach((dependency, how) -> {
                Object condition = how instanceof Map<?, ?> conditions ? conditions.get("condition") : null;
                if (!AWAITED.contains(condition)) {
                    violations.add(name + " waits for " + dependency + " only to start (" + condition + ")");
                } else if ("service_healthy".equals(condition)
                        && !services.getOrDefault(String.valueOf(dependency), Map.of()).containsKey("healthcheck")) {
                    violations.add(name + " waits for " + dependency + " to be healthy, which has no healthcheck");
                }
            });
        });
    }

    private void servicesBuildWithMavenInTheImage(List<String> dockerfile, List<String> dockerignore) {
        built().forEach((name, service) -> {
            Map<String, Object> build = map(service.get("build"));
            Object dockerfileName = build.getOrDefault("dockerfile", "Dockerfile");
            if (!".".equals(build.get("context")) || !"Dockerfile".equals(dockerfileName)) {
                violations.add(name + " is not built from the repository root with its Dockerfile");
            }
            if (!name.equals(map(build.get("args")).get("SERVICE"))) {
                violations.add(name + " does not pass SERVICE=" + name + " to the Dockerfile");
            }
        });
        List<String> stages = dockerfile.stream().map(String::strip)
                .filter(line -> line.regionMatches(true, 0, "FROM ", 0, 5)).toList();
        Matcher buildStage = Pattern.compile("(?i)FROM\\s+\\S+\\s+AS\\s+(\\S+)").matcher(stages.isEmpty() ? ""
                : stages.get(0));
        if (stages.size() < 2 || !buildStage.matches()) {
            violations.add("the Dockerfile is not multi-stage (a named build stage, then the runtime image)");
            return;
        }
        boolean mavenBuild = dockerfile.stream().map(String::strip)
                .anyMatch(line -> line.startsWith("RUN") && line.matches(".*\\b(mvn|\\./mvnw)\\b.*\\bpackage\\b.*"));
        boolean copiesBuild = dockerfile.stream().map(String::strip)
                .anyMatch(line -> line.startsWith("COPY --from=" + buildStage.group(1) + " "));
        if (!mavenBuild || !copiesBuild) {
            violations.add("the Dockerfile does not package with Maven in its build stage and copy the result out");
        }
        if (dockerignore.stream().map(String::strip).noneMatch(line -> line.equals("**/target/")
                || line.equals("**/target"))) {
            violations.add(".dockerignore lets target/ folders in: an image could ship what a host built");
        }
    }

    /** A service's environment, in either of compose's forms (a map, or a list of NAME=value). */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> variables = new HashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((name, value) -> variables.put(String.valueOf(name), String.valueOf(value)));
        } else {
            for (Object entry : list(environment)) {
                String[] nameValue = String.valueOf(entry).split("=", 2);
                variables.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        return variables;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        return value instanceof Map<?, ?> entries ? (Map<String, V>) entries : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> entries ? entries : List.of();
    }
}
