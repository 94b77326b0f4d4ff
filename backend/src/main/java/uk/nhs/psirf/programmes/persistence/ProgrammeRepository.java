package uk.nhs.psirf.programmes.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.programmes.domain.Programme;
import uk.nhs.psirf.programmes.domain.ProgrammeMaterial;
import uk.nhs.psirf.programmes.domain.ProgrammeSession;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeRepository {
    private final EntityManager entityManager;

    public ProgrammeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Object programmeOrSessionOrMaterial) {
        entityManager.persist(programmeOrSessionOrMaterial);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<Programme> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Programme.class, id));
    }

    public boolean titleTaken(String title) {
        return !entityManager.createQuery("select p.id from Programme p where lower(p.title) = lower(:title)",
                UUID.class).setParameter("title", title).setMaxResults(1).getResultList().isEmpty();
    }

    /** By title. */
    public List<Programme> all() {
        return entityManager.createQuery("select p from Programme p order by p.title", Programme.class)
                .getResultList();
    }

    public Optional<ProgrammeSession> session(UUID id) {
        return Optional.ofNullable(entityManager.find(ProgrammeSession.class, id));
    }

    /** Oldest first. */
    public List<ProgrammeSession> sessions(UUID programmeId) {
        return entityManager.createQuery("select s from ProgrammeSession s where s.programmeId = :id"
                        + " order by s.heldOn, s.startsAt", ProgrammeSession.class)
                .setParameter("id", programmeId).getResultList();
    }

    /** Every session from this day on, soonest first. */
    public List<ProgrammeSession> sessionsFrom(LocalDate day) {
        return entityManager.createQuery("select s from ProgrammeSession s where s.heldOn >= :day"
                        + " order by s.heldOn, s.startsAt", ProgrammeSession.class)
                .setParameter("day", day).getResultList();
    }

    /** The sessions this person is on the register of, soonest first. */
    public List<ProgrammeSession> sessionsOf(UUID personId) {
        return entityManager.createQuery("select distinct s from ProgrammeSession s join s.register a"
                        + " where a.personId = :person order by s.heldOn, s.startsAt", ProgrammeSession.class)
                .setParameter("person", personId).getResultList();
    }

    public Optional<ProgrammeMaterial> material(UUID id) {
        return Optional.ofNullable(entityManager.find(ProgrammeMaterial.class, id));
    }

    /** Newest first. */
    public List<ProgrammeMaterial> materials(UUID programmeId) {
        return entityManager.createQuery("select m from ProgrammeMaterial m where m.programmeId = :id"
                        + " order by m.addedAt desc", ProgrammeMaterial.class)
                .setParameter("id", programmeId).getResultList();
    }
}
