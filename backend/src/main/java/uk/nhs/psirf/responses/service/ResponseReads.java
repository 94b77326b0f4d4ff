package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.responses.ResponseBrief;
import uk.nhs.psirf.responses.Responses;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.persistence.LearningResponseRepository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@link Responses} other features use, over the feature's own repository. */
@ApplicationScoped
public class ResponseReads implements Responses {
    private final LearningResponseRepository responses;

    public ResponseReads(LearningResponseRepository responses) {
        this.responses = responses;
    }

    @Override
    public Optional<ResponseBrief> find(UUID responseId) {
        return responses.find(responseId).map(r -> new ResponseBrief(r.id(), r.reference(), r.status()));
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
    public List<UUID> ledBy(UUID personId) {
        return responses.ledBy(personId);
    }
}
