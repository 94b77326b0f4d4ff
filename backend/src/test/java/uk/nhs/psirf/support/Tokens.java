package uk.nhs.psirf.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens signed with the mock OIDC server's key, shaped like Keycloak's (realm_access.roles, aud psirf-api),
 * so that the role mapping of the real configuration is exercised.
 */
public final class Tokens {
    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "psirf-api";

    private Tokens() {
    }

    public static TestUser user(String name, String... roles) {
        return new TestUser(UUID.randomUUID().toString(), name, List.of(roles));
    }

    public static String accessToken(TestUser user) {
        return claims(user).sign();
    }

    public static String expiredToken(TestUser user) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(user).issuedAt(past.minusSeconds(600)).expiresAt(past).sign();
    }

    public static String tokenForAudience(TestUser user, String audience) {
        return claims(user).audience(audience).sign();
    }

    public static String tokenFromIssuer(TestUser user, String issuer) {
        return claims(user).issuer(issuer).sign();
    }

    /**
     * A token shaped like the one Keycloak issues to a confidential client for the client credentials grant: the
     * subject is the client's service-account user, {@code azp} and {@code client_id} name the client,
     * {@code preferred_username} is {@code service-account-<client>}, and there is no name or e-mail address of a
     * person; the realm roles are those of the service account plus Keycloak's defaults.
     */
    public static String clientCredentialsToken(String serviceAccountSub, String clientId, List<String> roles) {
        return Jwt.issuer(ISSUER)
                .subject(serviceAccountSub)
                .audience(java.util.Set.of(AUDIENCE, "account"))
                .preferredUserName("service-account-" + clientId)
                .claim("typ", "Bearer")
                .claim("azp", clientId)
                .claim("client_id", clientId)
                .claim("acr", "1")
                .claim("scope", "profile email")
                .claim("email_verified", false)
                .claim("clientHost", "10.0.0.7")
                .claim("clientAddress", "10.0.0.7")
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(Instant.now())
                .expiresIn(300)
                .sign();
    }

    /** Same header and claims, but a payload changed after signing: the signature no longer matches. */
    public static String tamperedToken(TestUser user) {
        String[] parts = accessToken(user).split("\\.");
        String otherPayload = accessToken(user("Mallory", "patient-safety-specialist", "chief-nurse")).split("\\.")[1];
        return parts[0] + "." + otherPayload + "." + parts[2];
    }

    private static JwtClaimsBuilder claims(TestUser user) {
        return Jwt.issuer(ISSUER)
                .subject(user.sub())
                .audience(AUDIENCE)
                .preferredUserName(user.name().toLowerCase().replace(' ', '.'))
                .claim("name", user.name())
                .claim("email", user.name().toLowerCase().replace(' ', '.') + "@example.nhs.uk")
                .claim("realm_access", Map.of("roles", user.roles()))
                .issuedAt(Instant.now())
                .expiresIn(600);
    }
}
