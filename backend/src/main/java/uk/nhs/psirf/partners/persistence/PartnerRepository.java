package uk.nhs.psirf.partners.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.partners.domain.PatientSafetyPartner;
import uk.nhs.psirf.partners.domain.SupervisionSession;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PartnerRepository {
    private final EntityManager entityManager;

    public PartnerRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(PatientSafetyPartner partner) {
        entityManager.persist(partner);
    }

    public void add(SupervisionSession session) {
        entityManager.persist(session);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<PatientSafetyPartner> find(UUID id) {
        return Optional.ofNullable(entityManager.find(PatientSafetyPartner.class, id));
    }

    public Optional<PatientSafetyPartner> findByPerson(UUID personId) {
        return entityManager.createQuery("select p from PatientSafetyPartner p where p.personId = :person",
                        PatientSafetyPartner.class)
                .setParameter("person", personId).getResultStream().findFirst();
    }

    /** Every entry, current partnerships first, then by start date. */
    public List<PatientSafetyPartner> all() {
        return entityManager.createQuery("select p from PatientSafetyPartner p"
                        + " order by case when p.endedOn is null then 0 else 1 end, p.startedOn desc, p.id",
                PatientSafetyPartner.class).getResultList();
    }

    /** Newest first. */
    public List<SupervisionSession> sessions(UUID partnerId) {
        return entityManager.createQuery("select s from SupervisionSession s where s.partnerId = :id"
                        + " order by s.heldOn desc, s.recordedAt desc", SupervisionSession.class)
                .setParameter("id", partnerId).getResultList();
    }

    /** The newest session of each partner, in one query for the list. */
    public Map<UUID, SupervisionSession> latestSessions(Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select s from SupervisionSession s where s.partnerId in :ids"
                        + " order by s.heldOn desc, s.recordedAt desc", SupervisionSession.class)
                .setParameter("ids", partnerIds).getResultStream()
                .collect(Collectors.toMap(SupervisionSession::partnerId, s -> s, (first, later) -> first));
    }
}
