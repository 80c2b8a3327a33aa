package io.newswire.enrich.enrichment;

import io.newswire.enrich.EnrichConfig;
import io.newswire.tagger.Tagger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Loads the tagger's gazetteer and models once, at start-up, for every stream thread to share. */
@ApplicationScoped
public class EnricherProducer {

    private static final Logger LOG = Logger.getLogger(EnricherProducer.class);

    @Produces
    @Singleton
    ArticleEnricher enricher(EnrichConfig config, EnrichMetrics metrics) {
        long start = System.nanoTime();
        Tagger tagger = Tagger.load();
        LOG.infof("tagger loaded in %d ms", (System.nanoTime() - start) / 1_000_000);
        return new ArticleEnricher(tagger, config, Clock.systemUTC(), metrics);
    }
}
