package uk.nhs.psirf.oversight.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the de-identified views are built from, read with small native queries: the events of a response (their
 * identifiers are read only to be redacted), the directory people linked to it, counts of its work, and the
 * improvement plans and safety actions another feature owns.
 */
@ApplicationScoped
public class OversightFacts {
    private final EntityManager entityManager;

    public OversightFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record EventFacts(UUID id, Instant occurredAt, String eventType, String category, String service,
                             int physicalHarm, int psychologicalHarm, boolean patientInvolved, String patientName,
                             String nhsNumber, LocalDate dateOfBirth, String address, String reporterName,
                             List<String> staffNames) {
    }

    public record PlanFacts(UUID id, String reference, String title, String scope, String scopeDetail, String status,
                            LocalDate reviewOn, UUID ownerPersonId, UUID groupId) {
    }

    public record ActionFacts(UUID id, String reference, String title, String status, LocalDate dueOn,
                              String effectiveness, UUID responseId, UUID ownerPersonId) {
    }

    /** The response's events in its own order. */
    public List<EventFacts> events(UUID responseId) {
        List<Object[]> rows = rows("""
                select e.id, e.occurred_at, e.event_type, c.display, s.name, e.physical_harm, e.psychological_harm,
                       e.patient_involved, e.patient_name, e.patient_nhs_number, e.patient_date_of_birth,
                       e.patient_address, e.reporter_name
                from learning_response_event le
                join patient_safety_event e on e.id = le.event_id
                join event_category c on c.id = e.category_id
                join location l on l.id = e.location_id
                join care_service s on s.id = l.service_id
                where le.response_id = :id order by le.position""", "id", responseId);
        return rows.stream().map(r -> {
            UUID eventId = (UUID) r[0];
            return new EventFacts(eventId, instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), (Boolean) r[7], (String) r[8],
                    (String) r[9], date(r[10]), (String) r[11], (String) r[12], staffNames(eventId));
        }).toList();
    }

    private List<String> staffNames(UUID eventId) {
        return strings("select name from event_staff_involved where event_id = :id and name is not null "
                + "order by position", "id", eventId);
    }

    /**
     * Everyone named in connection with the response: directory people (lead, engagement lead, team, overseer,
     * named contacts, safety action owners) and the names recorded on it (people affected, accounts, overseer).
     */
    public List<String> namesLinkedToResponse(UUID responseId) {
        return strings("""
                select p.name from person p where p.id in (
                    select lead_person_id from learning_response where id = :id
                    union select engagement_lead_person_id from learning_response where id = :id
                    union select person_id from learning_response_team_member where response_id = :id
                    union select overseer_person_id from response_investigation where response_id = :id
                    union select named_contact_person_id from person_affected where response_id = :id
                    union select owner_person_id from safety_action where response_id = :id)
                union select name from person_affected where response_id = :id
                union select named_contact_name from person_affected where response_id = :id
                union select name from investigation_account where response_id = :id
                union select overseer_name from response_investigation where response_id = :id""", "id", responseId)
                .stream().filter(n -> n != null && !n.isBlank()).toList();
    }

    public Optional<String> jobRole(UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return strings("select job_role from person where id = :id", "id", personId).stream()
                .filter(r -> r != null && !r.isBlank()).findFirst();
    }

    public Optional<String> personName(UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return strings("select name from person where id = :id", "id", personId).stream().findFirst();
    }

    public long findings(UUID responseId) {
        return count("select count(*) from investigation_finding where response_id = :id", responseId);
    }

    /** Contributory factors per SEIPS component code. */
    public Map<String, Long> factorsByComponent(UUID responseId) {
        return counts("select category, count(*) from investigation_factor where response_id = :id group by category",
                responseId);
    }

    public long contacts(UUID responseId) {
        return count("""
                select count(*) from engagement_contact c join person_affected p on p.id = c.person_affected_id
                where p.response_id = :id""", responseId);
    }

    public List<ActionFacts> actionsOfResponse(UUID responseId) {
        return actions("where a.response_id = :id", "id", responseId);
    }

    public List<ActionFacts> actionsOfPlan(UUID planId) {
        return actions("where a.plan_id = :id", "id", planId);
    }

    /** The safety actions of the group's responses and plans, each once. */
    public List<ActionFacts> actionsOfGroup(UUID groupId) {
        return actions("""
                where a.response_id in (select response_id from oversight_group_response where group_id = :id)
                   or a.plan_id in (select plan_id from oversight_group_plan where group_id = :id)""", "id", groupId);
    }

    public Optional<PlanFacts> plan(UUID planId) {
        return plans("where p.id = :id", planId).stream().findFirst();
    }

    public List<PlanFacts> plansOfGroup(UUID groupId) {
        return plans("where g.group_id = :id", groupId);
    }

    /** Whether the learning response or improvement plan exists. */
    public boolean exists(Overseen kind, UUID id) {
        String sql = switch (kind) {
            case RESPONSE -> "select count(*) from learning_response where id = :id";
            case PLAN -> "select count(*) from improvement_plan where id = :id";
        };
        return count(sql, id) > 0;
    }

    /** The learning responses the group oversees, newest first. */
    public List<UUID> responsesOfGroup(UUID groupId) {
        return ids("""
                select r.id from learning_response r join oversight_group_response g on g.response_id = r.id
                where g.group_id = :id order by r.created_at desc, r.id""", groupId);
    }

    /** The improvement plans the group oversees, soonest review first. */
    public List<UUID> planIdsOfGroup(UUID groupId) {
        return ids("""
                select p.id from improvement_plan p join oversight_group_plan g on g.plan_id = p.id
                where g.group_id = :id order by p.review_on, p.id""", groupId);
    }

    public List<UUID> responsesOfPlan(UUID planId) {
        return entityManager.createNativeQuery(
                        "select response_id from improvement_plan_response where plan_id = :id", UUID.class)
                .setParameter("id", planId).getResultStream().map(UUID.class::cast).toList();
    }

    /** The names to withhold from a plan's text: its owner's and its actions' owners'. */
    public List<String> namesLinkedToPlan(UUID planId) {
        return strings("""
                select name from person where id in (
                    select owner_person_id from improvement_plan where id = :id
                    union select owner_person_id from safety_action where plan_id = :id)""", "id", planId);
    }

    public Map<UUID, Long> responseCountsOfPlans(Collection<UUID> planIds) {
        Map<UUID, Long> out = new LinkedHashMap<>();
        if (planIds.isEmpty()) {
            return out;
        }
        List<?> rows = entityManager.createNativeQuery("""
                        select plan_id, count(*) from improvement_plan_response where plan_id in (:ids) group by plan_id""")
                .setParameter("ids", planIds).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    private List<PlanFacts> plans(String where, UUID id) {
        return rows("""
                select p.id, p.reference, p.title, p.scope, p.scope_detail, p.status, p.review_on, p.owner_person_id,
                       g.group_id from improvement_plan p left join oversight_group_plan g on g.plan_id = p.id"""
                        + " " + where + " order by p.review_on, p.reference",
                "id", id).stream().map(r -> new PlanFacts((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], date(r[6]), (UUID) r[7], (UUID) r[8])).toList();
    }

    private List<ActionFacts> actions(String where, String name, UUID id) {
        return rows("""
                select a.id, a.reference, a.title, a.status, a.due_on, a.effectiveness, a.response_id,
                       a.owner_person_id from safety_action a""" + " " + where + " order by a.due_on nulls last, a.reference",
                name, id).stream().map(r -> new ActionFacts((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], date(r[4]), (String) r[5], (UUID) r[6], (UUID) r[7])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String name, UUID id) {
        return (List<Object[]>) entityManager.createNativeQuery(sql).setParameter(name, id).getResultList();
    }

    private List<UUID> ids(String sql, UUID id) {
        return entityManager.createNativeQuery(sql, UUID.class).setParameter("id", id).getResultStream()
                .map(UUID.class::cast).toList();
    }

    private List<String> strings(String sql, String name, UUID id) {
        return entityManager.createNativeQuery(sql, String.class).setParameter(name, id).getResultStream()
                .map(String.class::cast).toList();
    }

    private long count(String sql, UUID id) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue();
    }

    private Map<String, Long> counts(String sql, UUID id) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] r : rows(sql, "id", id)) {
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return null;
    }
}
