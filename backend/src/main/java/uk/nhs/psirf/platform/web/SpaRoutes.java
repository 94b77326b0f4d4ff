package uk.nhs.psirf.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import uk.nhs.psirf.platform.config.PsirfConfig;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the built SPA (when {@code psirf.spa.dir} is set) on the same origin as the API, so that
 * {@code make run} is one URL. Paths under /api and /q stay with the API and Quarkus. Every answer, the API's
 * too, gets the {@link SecurityHeaders} once, Cache-Control included.
 */
@ApplicationScoped
public class SpaRoutes {
    private static final Logger LOG = Logger.getLogger(SpaRoutes.class);
    /** Everything except the API, Quarkus endpoints and the runtime configuration. */
    private static final String SPA_PATHS = "^/(?!api(?:/|$)|q(?:/|$)|config\\.json$).*";

    private final PsirfConfig config;

    public SpaRoutes(PsirfConfig config) {
        this.config = config;
    }

    void register(@Observes Router router) {
        String csp = SecurityHeaders.contentSecurityPolicy(config.spa().authority());
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String path = context.normalizedPath();
            context.addHeadersEndHandler(ignored -> SecurityHeaders.apply(context.response().headers(), path, csp));
            context.next();
        });
        config.spa().dir().map(Path::of).ifPresent(dir -> registerSpa(router, dir));
    }

    private void registerSpa(Router router, Path dir) {
        Path index = dir.resolve("index.html").toAbsolutePath();
        if (!Files.isRegularFile(index)) {
            LOG.warnf("PSIRF_SPA_DIR %s has no index.html; the SPA is not served", dir);
            return;
        }
        LOG.infof("Serving the SPA from %s", dir.toAbsolutePath());
        String configJson = new JsonObject()
                .put("authority", config.spa().authority())
                .put("clientId", config.spa().clientId())
                .encode();
        router.get("/config.json").handler(context -> context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(configJson));
        router.getWithRegex(SPA_PATHS).handler(StaticHandler.create(FileSystemAccess.ROOT, dir.toAbsolutePath().toString())
                .setIndexPage("index.html")
                .setCachingEnabled(false));
        // Client-side routes (/triage/123) have no file: give the app shell and let the SPA route.
        router.getWithRegex(SPA_PATHS).handler(context -> context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .sendFile(index.toString()));
    }
}
