package uk.nhs.psirf.qiprojects.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.qiprojects.domain.DataPoint;
import uk.nhs.psirf.qiprojects.domain.Measure;
import uk.nhs.psirf.qiprojects.domain.PdsaCycle;
import uk.nhs.psirf.qiprojects.domain.ProjectUpdate;
import uk.nhs.psirf.qiprojects.domain.QiProject;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class QiProjectRepository {
    private static final String ORDER = " order by case when p.status = 'open' then 0 else 1 end, p.startedOn desc, p.id";

    private final EntityManager entityManager;

    public QiProjectRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<QiProject> find(UUID id) {
        return Optional.ofNullable(entityManager.find(QiProject.class, id));
    }

    /** Every project, open ones first, newest first. */
    public List<QiProject> all() {
        return entityManager.createQuery("select p from QiProject p" + ORDER, QiProject.class).getResultList();
    }

    /** The projects this person sponsors or is in the team of, and those this coach (may be null) coaches. */
    public List<QiProject> involving(UUID personId, UUID coachId) {
        return entityManager.createQuery("select p from QiProject p where p.sponsorPersonId = :person"
                        + " or :person member of p.team or :coach member of p.coaches" + ORDER, QiProject.class)
                .setParameter("person", personId == null ? new UUID(0, 0) : personId)
                .setParameter("coach", coachId == null ? new UUID(0, 0) : coachId)
                .getResultList();
    }

    public List<QiProject> coachedBy(UUID coachId) {
        return involving(null, coachId);
    }

    public Optional<Measure> findMeasure(UUID measureId) {
        return Optional.ofNullable(entityManager.find(Measure.class, measureId));
    }

    public List<Measure> measures(UUID projectId) {
        return entityManager.createQuery("select m from Measure m where m.projectId = :project"
                        + " order by m.kind, m.createdAt, m.id", Measure.class)
                .setParameter("project", projectId).getResultList();
    }

    /** In date order. */
    public List<DataPoint> points(UUID measureId) {
        return entityManager.createQuery("select d from DataPoint d where d.measureId = :measure order by d.onDate",
                DataPoint.class).setParameter("measure", measureId).getResultList();
    }

    /** The points of several measures, each list in date order. */
    public Map<UUID, List<DataPoint>> points(Collection<UUID> measureIds) {
        if (measureIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select d from DataPoint d where d.measureId in :measures order by d.onDate",
                        DataPoint.class).setParameter("measures", measureIds).getResultStream()
                .collect(Collectors.groupingBy(DataPoint::measureId));
    }

    /** Newest first. */
    public List<PdsaCycle> cycles(UUID projectId) {
        return entityManager.createQuery("select c from PdsaCycle c where c.projectId = :project"
                        + " order by c.startedOn desc, c.recordedAt desc", PdsaCycle.class)
                .setParameter("project", projectId).getResultList();
    }

    /** Newest first. */
    public List<ProjectUpdate> updates(UUID projectId) {
        return entityManager.createQuery("select u from ProjectUpdate u where u.projectId = :project"
                        + " order by u.postedOn desc, u.postedAt desc", ProjectUpdate.class)
                .setParameter("project", projectId).getResultList();
    }

    /** The date of each project's latest update, in one query for the list. */
    public Map<UUID, LocalDate> lastUpdates(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select u.projectId, max(u.postedOn) from ProjectUpdate u"
                        + " where u.projectId in :projects group by u.projectId", Object[].class)
                .setParameter("projects", projectIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (LocalDate) row[1]));
    }
}
