package uk.nhs.psirf.responses;

import uk.nhs.psirf.responses.domain.LearningResponse;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The responses feature's front door for the other features: a learning response by id, what it is called, and who
 * leads it. Never the feature's repository or tables; in the caller's transaction.
 */
public interface Responses {
    /** The response's id, reference and status, when it exists. */
    Optional<ResponseBrief> find(UUID responseId);

    /**
     * The response itself, for the features that are part of its own work and act on or show all of it (the
     * investigation closes it; oversight shows it de-identified). Everyone else uses {@link #find}.
     */
    Optional<LearningResponse> load(UUID responseId);

    /**
     * The references of the responses with these ids; ids that name no response (and nulls) are missing.
     * A map in which a null id may be looked up (lists look up an absent link by null).
     */
    Map<UUID, String> references(Collection<UUID> responseIds);

    /** The responses with these ids, by id; ids that name no response (and nulls) are missing. */
    Map<UUID, ResponseBrief> findAll(Collection<UUID> responseIds);

    /** The responses this person leads. */
    List<UUID> ledBy(UUID personId);

    /** The responses that hold this event, oldest first. */
    List<ResponseBrief> holding(UUID eventId);

    /** The events of the response in its own order; none when there is no such response. */
    List<UUID> eventsOf(UUID responseId);
}
