package uk.nhs.psirf.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.engagement.persistence.EngagementRepository;
import uk.nhs.psirf.responses.service.AffectedPeople;

import java.util.Optional;
import java.util.UUID;

/** The people affected of a response, for the response feature (who agreed to an extension). */
@ApplicationScoped
public class ResponseAffectedPeople implements AffectedPeople {
    private final EngagementRepository engagement;

    public ResponseAffectedPeople(EngagementRepository engagement) {
        this.engagement = engagement;
    }

    @Override
    public Optional<AffectedPerson> onResponse(UUID responseId, UUID personAffectedId) {
        return personAffectedId == null ? Optional.empty() : engagement.find(responseId, personAffectedId)
                .map(p -> new AffectedPerson(p.id(), p.name(), p.kind().display()));
    }
}
