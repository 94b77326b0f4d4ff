package uk.nhs.psirf.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the PSIRF Platform itself (environment variable names in docs/conventions.md). */
@ConfigMapping(prefix = "psirf")
public interface PsirfConfig {

    /**
     * Secret HMAC key (env {@code PSIRF_ANONYMITY_KEY}) that turns a reporter's {@code sub} into the key
     * stored with each report, so that anonymous reporters can still find their own reports.
     * Changing it makes existing reports unfindable under "My reports"; never use the dev default in production.
     */
    String anonymityKey();

    /** The trust's locations and categories, held in memory. */
    ReferenceDataCache referenceData();

    interface ReferenceDataCache {
        /**
         * How long a snapshot of the reference data is used before it is read again: the longest a change in
         * the database (or made through another replica) takes to be seen.
         */
        @WithDefault("30s")
        Duration maxAge();
    }

    /** Serving the built single-page app from this service. */
    Spa spa();

    interface Spa {
        /** Folder with the built SPA (env {@code PSIRF_SPA_DIR}); unset means the SPA is served elsewhere. */
        Optional<String> dir();

        /** OIDC issuer URL given to the SPA in {@code /config.json} (env {@code PSIRF_OIDC_URL}). */
        String authority();

        /** OIDC client id of the SPA in {@code /config.json}. */
        String clientId();
    }
}
