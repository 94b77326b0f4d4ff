package uk.nhs.psirf.reporting.service;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import uk.nhs.psirf.platform.config.PsirfConfig;
import uk.nhs.psirf.reporting.domain.ReporterKeys;

@ApplicationScoped
public class ReporterKeysProducer {
    private static final Logger LOG = Logger.getLogger(ReporterKeysProducer.class);
    private static final String DEV_DEFAULT_PREFIX = "dev-only-";

    private final PsirfConfig config;

    public ReporterKeysProducer(PsirfConfig config) {
        this.config = config;
    }

    @Produces
    @Singleton
    ReporterKeys reporterKeys() {
        return new ReporterKeys(config.anonymityKey());
    }

    /** A production service with the published dev key would let anyone link anonymous reports to people. */
    void warnAboutDevKey(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && config.anonymityKey().startsWith(DEV_DEFAULT_PREFIX)) {
            LOG.warn("PSIRF_ANONYMITY_KEY is not set: using the dev-only default. Set a secret key in production.");
        }
    }
}
