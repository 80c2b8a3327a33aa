package io.newswire.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the Dockerfile, parsed, against {@link ComposeRules}: what scaling enrich-service and
 * index-service with compose needs. CI also has docker-compose validate the file; that cannot see these rules. Each
 * rule is shown to fail on a copy of the file that breaks it.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("newswire.root", "..")).toAbsolutePath().normalize();

    @Test
    void theComposeFileAndDockerfileFollowEveryScalingRule() {
        assertThat(violations(compose -> { })).isEmpty();
    }

    @Test
    void hostPortsOnAScaledServiceAreCaught() {
        assertThat(violations(compose -> service(compose, "index-service").put("ports", List.of("8083:8083"))))
                .singleElement().asString().startsWith("index-service publishes ports");
    }

    @Test
    void aFixedContainerNameIsCaught() {
        assertThat(violations(compose -> service(compose, "enrich-service").put("container_name", "enrich")))
                .singleElement().asString().startsWith("enrich-service has a container_name");
    }

    @Test
    void streamsStateOnASharedVolumeIsCaught() {
        assertThat(violations(compose -> service(compose, "enrich-service")
                .put("volumes", List.of("enrich-state:/app"))))
                .singleElement().asString().contains("replicas would share it");
    }

    @Test
    void fewerPartitionsThanTheLargestScaleAreCaught() {
        assertThat(violations(compose -> compose.put(ComposeRules.MAX_SCALE, 12)))
                .singleElement().asString().contains("fewer than x-max-scale 12");
    }

    @Test
    void aDependencyAwaitedOnlyToStartIsCaught() {
        assertThat(violations(compose -> service(compose, "gateway").put("depends_on", List.of("index-service"))))
                .singleElement().asString().startsWith("gateway lists depends_on without conditions");
        assertThat(violations(compose -> service(compose, "gateway")
                .put("depends_on", Map.of("index-service", Map.of("condition", "service_started")))))
                .singleElement().asString().startsWith("gateway waits for index-service only to start");
    }

    @Test
    void aSingleStageDockerfileIsCaught() {
        List<String> prebuilt = List.of("FROM eclipse-temurin:21-jre", "COPY ingest-service/target/quarkus-app/ /app/");
        assertThat(ComposeRules.violations(parse(), prebuilt, lines(".dockerignore")))
                .singleElement().asString().startsWith("the Dockerfile is not multi-stage");
    }

    /** The rules' violations of the compose file after {@code change}, with the repository's Dockerfile. */
    private static List<String> violations(Consumer<Map<String, Object>> change) {
        Map<String, Object> compose = parse();
        change.accept(compose);
        return ComposeRules.violations(compose, lines("Dockerfile"), lines(".dockerignore"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> service = new LinkedHashMap<>((Map<String, Object>) services.get(name));
        services.put(name, service);
        return service;
    }

    private static Map<String, Object> parse() {
        try {
            return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String file) {
        try {
            return new ArrayList<>(Files.readAllLines(ROOT.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
