package uk.nhs.psirf.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The person or client behind the bearer token of the current request. */
@RequestScoped
public class CurrentUser {
    /** Audit actor for requests without a valid token and for anonymous reports. */
    public static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return identity != null && !identity.isAnonymous();
    }

    public String sub() {
        return token().map(JsonWebToken::getSubject).filter(s -> !s.isBlank()).orElse(ANONYMOUS);
    }

    /** Display name; a client-credentials token has no {@code name}, so fall back to its username. */
    public String name() {
        return token().map(t -> Optional.ofNullable(t.<String>getClaim("name"))
                        .orElse(t.getClaim("preferred_username")))
                .orElse(null);
    }

    public String email() {
        return token().map(t -> t.<String>getClaim("email")).orElse(null);
    }

    /** Only the platform's own roles; Keycloak adds others (offline_access, default-roles-…) that mean nothing here. */
    public Set<String> roles() {
        if (!isAuthenticated()) {
            return Set.of();
        }
        return Roles.ALL.stream().filter(identity::hasRole).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public boolean hasRole(String role) {
        return isAuthenticated() && identity.hasRole(role);
    }

    public boolean hasAnyRole(Set<String> roles) {
        return roles.stream().anyMatch(this::hasRole);
    }

    private Optional<JsonWebToken> token() {
        if (!isAuthenticated()) {
            return Optional.empty();
        }
        Principal principal = identity.getPrincipal();
        return principal instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }
}
