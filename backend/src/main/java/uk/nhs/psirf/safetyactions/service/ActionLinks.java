package uk.nhs.psirf.safetyactions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.responses.Responses;
import uk.nhs.psirf.safetyactions.ActionPlans;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What actions point at in other features (learning responses, improvement plans, the people directory), read
 * through those features' front doors: whether they exist, a plan's status, references and names for lists.
 */
@ApplicationScoped
public class ActionLinks {
    private final Responses responses;
    private final ActionPlans plans;
    private final Directory people;

    public ActionLinks(Responses responses, ActionPlans plans, Directory people) {
        this.responses = responses;
        this.plans = plans;
        this.people = people;
    }

    /** The plan's status ({@code open} or {@code closed}), when the plan exists. */
    public Optional<String> planStatus(UUID planId) {
        return plans.status(planId);
    }

    public boolean responseExists(UUID responseId) {
        return responses.find(responseId).isPresent();
    }

    /** The learning responses this person leads. */
    public List<UUID> responsesLedBy(UUID personId) {
        return responses.ledBy(personId);
    }

    public Map<UUID, String> responseReferences(Collection<UUID> ids) {
        return responses.references(ids);
    }

    public Map<UUID, String> planReferences(Collection<UUID> ids) {
        return plans.references(ids);
    }

    public Map<UUID, String> personNames(Collection<UUID> ids) {
        return people.names(ids);
    }
}
