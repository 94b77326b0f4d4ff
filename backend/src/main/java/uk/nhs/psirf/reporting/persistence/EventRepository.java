package uk.nhs.psirf.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;
import uk.nhs.psirf.reporting.EventHarm;
import uk.nhs.psirf.reporting.StaffNamed;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.reporting.domain.TriageFilter;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries over events, shaped to use the indexes of V1_02 (filter + reported_at desc). */
@ApplicationScoped
public class EventRepository {
    private static final String WITH_REFERENCE_DATA = """
            select e from PatientSafetyEvent e
            join fetch e.location l join fetch l.service s join fetch s.directorate
            join fetch e.category c""";
    private static final String NEWEST_FIRST = " order by e.reportedAt desc, e.id desc";

    private final EntityManager entityManager;

    public EventRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(PatientSafetyEvent event) {
        entityManager.persist(event);
    }

    /** Straight through JDBC: a native query costs more CPU (query object, result set mapping) than the round trip. */
    public long nextReferenceNumber() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select nextval('event_reference_seq')");
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    public Optional<PatientSafetyEvent> find(UUID id) {
        return entityManager.createQuery(WITH_REFERENCE_DATA + " where e.id = :id", PatientSafetyEvent.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<PatientSafetyEvent> findByReference(String reference) {
        return entityManager.createQuery(WITH_REFERENCE_DATA + " where e.reference = :reference",
                PatientSafetyEvent.class).setParameter("reference", reference).getResultStream().findFirst();
    }

    /** The events with these ids, by id; ids that name no event are missing from the map. */
    public Map<UUID, PatientSafetyEvent> findAll(Collection<UUID> ids) {
        Map<UUID, PatientSafetyEvent> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        entityManager.createQuery(WITH_REFERENCE_DATA + " where e.id in :ids", PatientSafetyEvent.class)
                .setParameter("ids", ids).getResultList().forEach(e -> found.put(e.id(), e));
        return found;
    }

    /**
     * Locks the events' rows (in id order, so two callers cannot deadlock) at the versions read; an event changed
     * since it was read fails as a stale version.
     */
    public void lockAsRead(PatientSafetyEvent... locked) {
        java.util.Arrays.stream(locked).sorted(java.util.Comparator.comparing(PatientSafetyEvent::id))
                .forEach(e -> entityManager.lock(e, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<String> referenceOf(UUID id) {
        return entityManager.createQuery("select e.reference from PatientSafetyEvent e where e.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public List<PatientSafetyEvent> search(TriageFilter filter, int offset, int limit) {
        Where where = Where.of(filter);
        TypedQuery<PatientSafetyEvent> query = entityManager.createQuery(
                WITH_REFERENCE_DATA + where.clause() + NEWEST_FIRST, PatientSafetyEvent.class);
        where.parameters().forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The next {@code limit} events after {@code after} (newest first); keyset paging keeps a 50,000-row
     * export linear where OFFSET would rescan every earlier row.
     */
    public List<PatientSafetyEvent> searchAfter(TriageFilter filter, PatientSafetyEvent after, int limit) {
        Where where = Where.of(filter);
        String keyset = "(e.reportedAt < :afterReportedAt or (e.reportedAt = :afterReportedAt and e.id < :afterId))";
        String clause = where.clause().isEmpty() ? " where " + keyset : where.clause() + " and " + keyset;
        TypedQuery<PatientSafetyEvent> query = entityManager.createQuery(
                WITH_REFERENCE_DATA + (after == null ? where.clause() : clause) + NEWEST_FIRST, PatientSafetyEvent.class);
        where.parameters().forEach(query::setParameter);
        if (after != null) {
            query.setParameter("afterReportedAt", after.reportedAt()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    public long count(TriageFilter filter) {
        Where where = Where.of(filter);
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(e) from PatientSafetyEvent e" + where.clause(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<PatientSafetyEvent> reportedBy(String reporterKey, int offset, int limit) {
        return entityManager.createQuery(WITH_REFERENCE_DATA + " where e.reporterKey = :key" + NEWEST_FIRST,
                        PatientSafetyEvent.class)
                .setParameter("key", reporterKey).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countReportedBy(String reporterKey) {
        return entityManager.createQuery("select count(e) from PatientSafetyEvent e where e.reporterKey = :key",
                Long.class).setParameter("key", reporterKey).getSingleResult();
    }

    /** The events of a case, oldest report first. */
    public List<PatientSafetyEvent> inCase(UUID caseId) {
        return entityManager.createQuery(WITH_REFERENCE_DATA + " where e.caseId = :caseId order by e.reportedAt, e.id",
                PatientSafetyEvent.class).setParameter("caseId", caseId).getResultList();
    }

    /** How many events each of these cases holds (cases without events are missing). */
    public Map<UUID, Integer> countsByCase(Collection<UUID> caseIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (caseIds.isEmpty()) {
            return counts;
        }
        entityManager.createQuery("""
                        select e.caseId, count(e) from PatientSafetyEvent e
                        where e.caseId in :ids group by e.caseId""", Object[].class)
                .setParameter("ids", caseIds).getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    /** Events of this harm grade or more severe, and these events; latest occurrence first. */
    public List<EventHarm> harmedAtLeast(int physicalHarm, Collection<UUID> alsoIds) {
        String alsoTheseIds = alsoIds.isEmpty() ? "" : " or e.id in :ids";
        var query = entityManager.createQuery("select e.id, e.reference, e.physicalHarm from PatientSafetyEvent e"
                + " where e.physicalHarm <= :harm" + alsoTheseIds + " order by e.occurredAt desc", Object[].class)
                .setParameter("harm", physicalHarm);
        if (!alsoIds.isEmpty()) {
            query.setParameter("ids", alsoIds);
        }
        return query.getResultStream()
                .map(row -> new EventHarm((UUID) row[0], (String) row[1], ((Number) row[2]).intValue())).toList();
    }

    /** The staff named on these events, each name and role once, by name then role. */
    public List<StaffNamed> staffNamedOn(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select distinct s.name, s.role from StaffInvolvement s where s.event.id in :ids
                        order by s.name, s.role""", Object[].class)
                .setParameter("ids", eventIds).getResultStream()
                .map(row -> new StaffNamed((String) row[0], (String) row[1])).toList();
    }

    /** Lets a long export forget rows it has written. */
    public void detachAll() {
        entityManager.clear();
    }

    public void flush() {
        entityManager.flush();
    }

    private record Where(String clause, Map<String, Object> parameters) {
        static Where of(TriageFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            filter.status().ifPresent(v -> {
                conditions.add("e.status = :status");
                parameters.put("status", v);
            });
            filter.physicalHarm().ifPresent(v -> {
                conditions.add("e.physicalHarm = :physicalHarm");
                parameters.put("physicalHarm", v);
            });
            filter.categoryCode().ifPresent(v -> {
                // A scalar subquery, so the planner can use the (category_id, reported_at) index.
                conditions.add("e.category.id = (select c2.id from EventCategory c2 where c2.code = :category)");
                parameters.put("category", v);
            });
            filter.occurredFrom().ifPresent(v -> {
                conditions.add("e.occurredAt >= :occurredFrom");
                parameters.put("occurredFrom", v);
            });
            filter.occurredBefore().ifPresent(v -> {
                conditions.add("e.occurredAt < :occurredBefore");
                parameters.put("occurredBefore", v);
            });
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
        }
    }
}
