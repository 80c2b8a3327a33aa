package io.newswire.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Where broker-backed tests find a real Kafka and a real Elasticsearch: the stack {@code ./pipeline test} started
 * (KAFKA_BOOTSTRAP_SERVERS, ELASTICSEARCH_HOSTS), else containers when Docker is available, else a failure that
 * says how to run them. Never a mock.
 */
public final class TestStack {

    private static final String HOW = "Run the tests with ./pipeline test, which starts Kafka and Elasticsearch "
            + "and sets KAFKA_BOOTSTRAP_SERVERS and ELASTICSEARCH_HOSTS (or provide Docker for Testcontainers).";

    private static KafkaContainer kafka;
    private static ElasticsearchContainer elasticsearch;

    private TestStack() {
    }

    public static synchronized String kafkaBootstrapServers() {
        String configured = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        requireDocker("Kafka");
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka:4.1.1");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }

    /** Elasticsearch as {@code host:port}. */
    public static synchronized String elasticsearchHosts() {
        String configured = System.getenv("ELASTICSEARCH_HOSTS");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        requireDocker("Elasticsearch");
        if (elasticsearch == null) {
            elasticsearch = new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:9.2.0")
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx1g");
            elasticsearch.start();
        }
        return elasticsearch.getHttpHostAddress();
    }

    private static void requireDocker(String what) {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        if (!docker) {
            throw new IllegalStateException("No " + what + " for the broker-backed tests. " + HOW);
        }
    }
}
