package uk.nhs.psirf.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.persistence.PersonRepository;
import uk.nhs.psirf.platform.security.CurrentUser;

import java.util.Optional;
import java.util.UUID;

/**
 * The caller's record in the people directory: the active person with the (verified) e-mail address of their
 * sign-in, which is how a directory entry is linked to a Keycloak account. Empty when the token carries no e-mail
 * address or the directory does not know it.
 */
@ApplicationScoped
public class CallerPerson {
    private final PersonRepository people;
    private final CurrentUser currentUser;

    public CallerPerson(PersonRepository people, CurrentUser currentUser) {
        this.people = people;
        this.currentUser = currentUser;
    }

    public Optional<UUID> id() {
        String email = currentUser.email();
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return people.findByEmail(email).filter(Person::active).map(Person::id);
    }
}
