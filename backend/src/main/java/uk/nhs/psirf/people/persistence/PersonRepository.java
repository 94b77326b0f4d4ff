package uk.nhs.psirf.people.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.domain.TrainingRecord;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository {
    private final EntityManager entityManager;

    public PersonRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Person person) {
        entityManager.persist(person);
    }

    public void add(TrainingRecord record) {
        entityManager.persist(record);
    }

    public Optional<Person> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Person.class, id));
    }

    public Optional<Person> findByEmail(String email) {
        return entityManager.createQuery("select p from Person p where lower(p.email) = lower(:email)", Person.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    public Optional<TrainingRecord> training(UUID personId) {
        return Optional.ofNullable(entityManager.find(TrainingRecord.class, personId));
    }
}
