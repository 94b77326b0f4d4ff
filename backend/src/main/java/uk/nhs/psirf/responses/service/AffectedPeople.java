package uk.nhs.psirf.responses.service;

import java.util.Optional;
import java.util.UUID;

/**
 * The people affected recorded on a response, as this feature needs them: an extension is agreed with them. The
 * engagement feature records them and implements this (it depends on this feature, not the other way round).
 */
public interface AffectedPeople {
    /** Empty when there is no such person affected on this response. */
    Optional<AffectedPerson> onResponse(UUID responseId, UUID personAffectedId);

    /** {@code relationship}: patient, family member, carer or member of staff. */
    record AffectedPerson(UUID id, String name, String relationship) {
    }
}
