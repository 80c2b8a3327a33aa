package io.newswire.lag;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The consumer lag gauge of the service that includes this module, started with it: each service names its own
 * group and input topic under {@code newswire.consumer-lag.*}, usually by reference to its Kafka settings.
 */
@ApplicationScoped
public class ConsumerLagProducer {

    @Produces
    @Singleton
    @Startup
    ConsumerLag consumerLag(@ConfigProperty(name = "newswire.consumer-lag.bootstrap-servers") String bootstrapServers,
            @ConfigProperty(name = "newswire.consumer-lag.group") String group,
            @ConfigProperty(name = "newswire.consumer-lag.topic") String topic,
            @ConfigProperty(name = "newswire.consumer-lag.interval", defaultValue = "15s") Duration interval,
            MeterRegistry registry) {
        return ConsumerLag.start(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), group, topic,
                interval, registry);
    }

    void close(@Disposes ConsumerLag lag) {
        lag.close();
    }
}
