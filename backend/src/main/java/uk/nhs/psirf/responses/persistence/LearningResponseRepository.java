package uk.nhs.psirf.responses.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class LearningResponseRepository {
    private final EntityManager entityManager;

    public LearningResponseRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(LearningResponse response) {
        entityManager.persist(response);
    }

    public Optional<LearningResponse> find(UUID id) {
        return Optional.ofNullable(entityManager.find(LearningResponse.class, id));
    }

    public Optional<LearningResponse> forDecision(UUID decisionId) {
        return entityManager.createQuery("select r from LearningResponse r where r.decisionId = :decisionId",
                        LearningResponse.class)
                .setParameter("decisionId", decisionId).getResultStream().findFirst();
    }

    public long nextReferenceNumber() {
        return ((Number) entityManager.createNativeQuery("select nextval('response_reference_seq')")
                .getSingleResult()).longValue();
    }

    /**
     * Newest first; {@code status} null for all, {@code leadPersonId} null for everyone's. Not paged here: the due
     * status is computed from today's date and the pauses, and the trust runs a few hundred responses a year.
     */
    public List<LearningResponse> matching(LearningResponseStatus status, UUID leadPersonId) {
        List<String> conditions = new ArrayList<>();
        if (status == LearningResponseStatus.PAUSED) {
            conditions.add("r.status = 'in-progress' and r.pausedSince is not null");
        } else if (status == LearningResponseStatus.IN_PROGRESS) {
            conditions.add("r.status = 'in-progress' and r.pausedSince is null");
        } else if (status != null) {
            conditions.add("r.status = :status");
        }
        if (leadPersonId != null) {
            conditions.add("r.leadPersonId = :lead");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var query = entityManager.createQuery("select r from LearningResponse r" + where
                + " order by r.createdAt desc, r.id desc", LearningResponse.class);
        if (status != null && status != LearningResponseStatus.PAUSED && status != LearningResponseStatus.IN_PROGRESS) {
            query.setParameter("status", status.code());
        }
        if (leadPersonId != null) {
            query.setParameter("lead", leadPersonId);
        }
        return query.getResultList();
    }

    /** The references of the responses with these ids; ids that name no response (and nulls) are missing. */
    public Map<UUID, String> references(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return new HashMap<>();
        }
        return entityManager.createQuery("select r.id, r.reference from LearningResponse r where r.id in :ids",
                        Object[].class)
                .setParameter("ids", wanted).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1], (a, b) -> a,
                        HashMap::new));
    }

    /** The responses with these ids; ids that name no response (and nulls) are missing. */
    public List<LearningResponse> findAll(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r from LearningResponse r where r.id in :ids", LearningResponse.class)
                .setParameter("ids", wanted).getResultList();
    }

    /** The responses that hold this event, oldest first. */
    public List<LearningResponse> holding(UUID eventId) {
        return entityManager.createQuery("""
                        select r from LearningResponse r join r.eventIds e where e = :event
                        order by r.createdAt""", LearningResponse.class)
                .setParameter("event", eventId).getResultList();
    }

    /** The responses this person leads. */
    public List<UUID> ledBy(UUID personId) {
        return entityManager.createQuery("select r.id from LearningResponse r where r.leadPersonId = :person",
                        UUID.class)
                .setParameter("person", personId).getResultList();
    }

    /** The events of the responses this person leads. */
    public List<UUID> eventsOfResponsesLedBy(UUID personId) {
        return entityManager.createQuery(
                        "select e from LearningResponse r join r.eventIds e where r.leadPersonId = :person",
                        UUID.class)
                .setParameter("person", personId).getResultList();
    }

    public void flush() {
        entityManager.flush();
    }
}
