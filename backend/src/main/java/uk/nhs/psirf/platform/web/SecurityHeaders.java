package uk.nhs.psirf.platform.web;

import java.net.URI;

/** The response headers every page and API answer carries. */
final class SecurityHeaders {
    private SecurityHeaders() {
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
