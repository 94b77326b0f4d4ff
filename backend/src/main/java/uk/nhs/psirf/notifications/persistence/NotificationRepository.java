package uk.nhs.psirf.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.notifications.domain.ReporterNotification;

import java.util.List;
import java.util.Optional;

/** A reporter's notifications, always looked up by their reporter key so nobody reads another's. */
@ApplicationScoped
public class NotificationRepository {
    private final EntityManager entityManager;

    public NotificationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<ReporterNotification> newestFor(String recipientKey, int limit) {
        return entityManager.createQuery("""
                        select n from ReporterNotification n where n.recipientKey = :key
                        order by n.createdAt desc, n.id desc""", ReporterNotification.class)
                .setParameter("key", recipientKey).setMaxResults(limit).getResultList();
    }

    public long countUnread(String recipientKey) {
        return entityManager.createQuery("""
                        select count(n) from ReporterNotification n
                        where n.recipientKey = :key and n.readAt is null""", Long.class)
                .setParameter("key", recipientKey).getSingleResult();
    }

    public List<ReporterNotification> unreadFor(String recipientKey) {
        return entityManager.createQuery("""
                        select n from ReporterNotification n
                        where n.recipientKey = :key and n.readAt is null order by n.id""", ReporterNotification.class)
                .setParameter("key", recipientKey).getResultList();
    }

    public Optional<ReporterNotification> find(String recipientKey, long id) {
        return Optional.ofNullable(entityManager.find(ReporterNotification.class, id))
                .filter(n -> n.recipientKey().equals(recipientKey));
    }
}
