package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.reporting.ResponsesLed;
import uk.nhs.psirf.responses.persistence.LearningResponseRepository;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Incident's {@link ResponsesLed}: the events of the responses whose lead is the caller, linked as
 * {@link ResponseAccess} links them (the active person with the caller's e-mail address, when the caller is a
 * learning response lead).
 */
@ApplicationScoped
public class CallersResponsesLed implements ResponsesLed {
    private final ResponseAccess access;
    private final LearningResponseRepository responses;

    public CallersResponsesLed(ResponseAccess access, LearningResponseRepository responses) {
        this.access = access;
        this.responses = responses;
    }

    @Override
    public Set<UUID> eventsOfCallersResponses() {
        return access.callerAsLead().map(responses::eventsOfResponsesLedBy).<Set<UUID>>map(HashSet::new)
                .orElse(Set.of());
    }
}
