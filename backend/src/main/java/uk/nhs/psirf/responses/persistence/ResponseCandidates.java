package uk.nhs.psirf.responses.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.people.domain.Person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The people who may be given a part in a response: the active ones, by name. */
@ApplicationScoped
public class ResponseCandidates {
    private final EntityManager entityManager;

    public ResponseCandidates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Person> active() {
        return entityManager.createQuery("select p from Person p where p.active = true order by p.name, p.id",
                Person.class).getResultList();
    }

    public Optional<Person> activePerson(UUID id) {
        return Optional.ofNullable(entityManager.find(Person.class, id)).filter(Person::active);
    }
}
