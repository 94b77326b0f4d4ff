package uk.nhs.psirf.programmes.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.programmes.domain.CommunityMeeting;
import uk.nhs.psirf.programmes.domain.CommunityOfPractice;
import uk.nhs.psirf.programmes.domain.MeetingNote;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CommunityRepository {
    private final EntityManager entityManager;

    public CommunityRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Object communityOrMeetingOrNote) {
        entityManager.persist(communityOrMeetingOrNote);
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<CommunityOfPractice> find(UUID id) {
        return Optional.ofNullable(entityManager.find(CommunityOfPractice.class, id));
    }

    public Optional<UUID> idByName(String name) {
        return entityManager.createQuery("select c.id from CommunityOfPractice c where lower(c.name) = lower(:name)",
                UUID.class).setParameter("name", name).getResultStream().findFirst();
    }

    /** By name. */
    public List<CommunityOfPractice> all() {
        return entityManager.createQuery("select c from CommunityOfPractice c order by c.name",
                CommunityOfPractice.class).getResultList();
    }

    public Optional<CommunityMeeting> meeting(UUID id) {
        return Optional.ofNullable(entityManager.find(CommunityMeeting.class, id));
    }

    /** Newest first. */
    public List<CommunityMeeting> meetings(UUID communityId) {
        return entityManager.createQuery("select m from CommunityMeeting m where m.communityId = :id"
                        + " order by m.heldOn desc, m.recordedAt desc", CommunityMeeting.class)
                .setParameter("id", communityId).getResultList();
    }

    /** Oldest first, for all of these meetings at once. */
    public List<MeetingNote> notes(Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select n from MeetingNote n where n.meetingId in :ids order by n.addedAt",
                MeetingNote.class).setParameter("ids", meetingIds).getResultList();
    }
}
