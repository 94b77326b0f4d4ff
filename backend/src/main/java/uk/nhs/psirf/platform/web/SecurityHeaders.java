package uk.nhs.psirf.platform.web;

import io.vertx.core.MultiMap;

import java.net.URI;

/**
 * The response headers every page and API answer carries, each exactly once: they are set (replacing whatever a
 * resource or handler put) just before the headers go out.
 */
final class SecurityHeaders {
    static final String CACHE_CONTROL = "Cache-Control";
    /** API answers (errors too) may carry identifiable data: no browser or proxy may keep them. */
    static final String NO_STORE = "no-store";
    /** The SPA's own files carry none: kept, but checked with the server before each use. */
    static final String NO_CACHE = "no-cache";

    private SecurityHeaders() {
    }

    static void apply(MultiMap headers, String path, String contentSecurityPolicy) {
        headers.set("Content-Security-Policy", contentSecurityPolicy)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY")
                .set(CACHE_CONTROL, cacheControl(path));
    }

    /** No-store for the API, Quarkus's endpoints and the runtime configuration; no-cache for the SPA's files. */
    static String cacheControl(String path) {
        boolean spaFile = path == null || !(path.equals("/api") || path.startsWith("/api/") || path.equals("/q")
                || path.startsWith("/q/") || path.equals("/config.json"));
        return spaFile ? NO_CACHE : NO_STORE;
    }

    /** The SPA talks only to its own origin and to the OIDC provider; nothing may frame it. */
    static String contentSecurityPolicy(String oidcUrl) {
        return "default-src 'self'; connect-src 'self' " + origin(oidcUrl)
                + "; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self' " + origin(oidcUrl);
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
