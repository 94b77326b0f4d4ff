package uk.nhs.psirf.oversight.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.oversight.domain.OversightGroup;
import uk.nhs.psirf.platform.security.Stamp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Oversight groups, and which learning responses and improvement plans each oversees (oversight's own tables). */
@ApplicationScoped
public class OversightGroupRepository {
    private final EntityManager entityManager;

    public OversightGroupRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(OversightGroup group) {
        entityManager.persist(group);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<OversightGroup> find(UUID id) {
        return Optional.ofNullable(entityManager.find(OversightGroup.class, id));
    }

    public boolean nameTaken(String name, UUID exceptId) {
        return !entityManager.createNativeQuery(
                        "select 1 from oversight_group where lower(name) = lower(:name) and id <> :except")
                .setParameter("name", name.strip())
                .setParameter("except", exceptId == null ? new UUID(0, 0) : exceptId)
                .getResultList().isEmpty();
    }

    /** Every group by name, or only those the person is a member of. */
    public List<OversightGroup> all(UUID memberPersonId) {
        if (memberPersonId == null) {
            return entityManager.createQuery("select g from OversightGroup g order by lower(g.name), g.id",
                    OversightGroup.class).getResultList();
        }
        return entityManager.createQuery("select g from OversightGroup g where exists (select 1 from OversightGroup h"
                        + " join h.members m where h.id = g.id and m.personId = :person) order by lower(g.name), g.id",
                OversightGroup.class).setParameter("person", memberPersonId).getResultList();
    }

    /** The group the response or plan is in, if any (whether it exists is {@link OversightFacts#exists}). */
    public Optional<UUID> groupOf(Overseen kind, UUID id) {
        String sql = switch (kind) {
            case RESPONSE -> "select group_id from oversight_group_response where response_id = :id";
            case PLAN -> "select group_id from oversight_group_plan where plan_id = :id";
        };
        return entityManager.createNativeQuery(sql, UUID.class).setParameter("id", id).getResultStream()
                .map(UUID.class::cast).findFirst();
    }

    /** Puts the response or plan in the group, or in none when {@code groupId} is null. */
    public void setGroup(Overseen kind, UUID id, UUID groupId) {
        if (groupId == null) {
            String sql = switch (kind) {
                case RESPONSE -> "delete from oversight_group_response where response_id = :id";
                case PLAN -> "delete from oversight_group_plan where plan_id = :id";
            };
            entityManager.createNativeQuery(sql).setParameter("id", id).executeUpdate();
        } else {
            String sql = switch (kind) {
                case RESPONSE -> """
                        insert into oversight_group_response (response_id, group_id) values (:id, :group)
                        on conflict (response_id) do update set group_id = excluded.group_id""";
                case PLAN -> """
                        insert into oversight_group_plan (plan_id, group_id) values (:id, :group)
                        on conflict (plan_id) do update set group_id = excluded.group_id""";
            };
            entityManager.createNativeQuery(sql).setParameter("id", id).setParameter("group", groupId)
                    .executeUpdate();
        }
    }

    public void saveSummary(UUID responseId, String summary, Stamp written) {
        entityManager.createNativeQuery("""
                        insert into oversight_response_summary (response_id, summary, written_by_sub, written_by_name,
                            written_at) values (:id, :summary, :sub, :name, :at)
                        on conflict (response_id) do update set summary = excluded.summary,
                            written_by_sub = excluded.written_by_sub, written_by_name = excluded.written_by_name,
                            written_at = excluded.written_at""")
                .setParameter("id", responseId).setParameter("summary", summary).setParameter("sub", written.sub())
                .setParameter("name", written.name()).setParameter("at", written.at()).executeUpdate();
    }

    public void deleteSummary(UUID responseId) {
        entityManager.createNativeQuery("delete from oversight_response_summary where response_id = :id")
                .setParameter("id", responseId).executeUpdate();
    }

    public Optional<String> summary(UUID responseId) {
        return entityManager.createNativeQuery(
                        "select summary from oversight_response_summary where response_id = :id", String.class)
                .setParameter("id", responseId).getResultStream().map(String.class::cast).findFirst();
    }
}
