package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.responses.ResponseBrief;
import uk.nhs.psirf.responses.Responses;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.persistence.LearningResponseRepository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The {@link Responses} other features use, over the feature's own repository. */
@ApplicationScoped
public class ResponseReads implements Responses {
    private final LearningResponseRepository responses;

    public ResponseReads(LearningResponseRepository responses) {
        this.responses = responses;
    }

    @Override
    public Optional<ResponseBrief> find(UUID responseId) {
        return responses.find(responseId).map(ResponseReads::brief);
    }

    @Override
    public Optional<LearningResponse> load(UUID responseId) {
        return responses.find(responseId);
    }

    @Override
    public Map<UUID, String> references(Collection<UUID> responseIds) {
        return responses.references(responseIds);
    }

    @Override
    public Map<UUID, ResponseBrief> findAll(Collection<UUID> responseIds) {
        return responses.findAll(responseIds).stream()
                .collect(Collectors.toMap(LearningResponse::id, ResponseReads::brief, (a, b) -> a, HashMap::new));
    }

    @Override
    public List<UUID> ledBy(UUID personId) {
        return responses.ledBy(personId);
    }

    @Override
    public List<ResponseBrief> holding(UUID eventId) {
        return responses.holding(eventId).stream().map(ResponseReads::brief).toList();
    }

    @Override
    public List<UUID> eventsOf(UUID responseId) {
        return responses.find(responseId).map(LearningResponse::eventIds).orElse(List.of());
    }

    private static ResponseBrief brief(LearningResponse r) {
        return new ResponseBrief(r.id(), r.reference(), r.status(), r.type(), r.leadPersonId().orElse(null));
    }
}
