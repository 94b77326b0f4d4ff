package uk.nhs.psirf.improvementplans.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.improvementplans.persistence.ImprovementPlanRepository;
import uk.nhs.psirf.improvementplans.persistence.ImprovementPlanRepository.GatheredResponse;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.reference.Location;
import uk.nhs.psirf.reference.ReferenceData;
import uk.nhs.psirf.responses.ResponseBrief;
import uk.nhs.psirf.responses.Responses;
import uk.nhs.psirf.safetyactions.PlannedAction;
import uk.nhs.psirf.safetyactions.SafetyActions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a plan points at in other features (learning responses, safety actions, locations, the people directory),
 * read through those features' front doors.
 */
@ApplicationScoped
public class PlanLinks {
    /** A learning response the plan gathers. */
    public record ResponseRow(UUID id, String reference, String responseType, String status, Instant addedAt) {
    }

    /** A safety action of a plan, with its owner's name. */
    public record ActionRecord(UUID id, UUID planId, String reference, String title, String ownerName,
                               LocalDate dueOn, String status, String effectiveness) {
    }

    private final ImprovementPlanRepository plans;
    private final Responses responses;
    private final SafetyActions actions;
    private final ReferenceData reference;
    private final Directory people;

    public PlanLinks(ImprovementPlanRepository plans, Responses responses, SafetyActions actions,
                     ReferenceData reference, Directory people) {
        this.plans = plans;
        this.responses = responses;
        this.actions = actions;
        this.reference = reference;
        this.people = people;
    }

    /** An active location of the reference data, by its code. */
    public Optional<Location> activeLocation(String code) {
        return reference.activeLocation(code);
    }

    public Optional<String> locationCode(long id) {
        return reference.location(id).map(Location::code);
    }

    public Optional<String> responseReference(UUID responseId) {
        return responses.find(responseId).map(ResponseBrief::reference);
    }

    /** The responses the plan gathers, first added first, then by reference. */
    public List<ResponseRow> responses(UUID planId) {
        List<GatheredResponse> gathered = plans.gathered(planId);
        Map<UUID, ResponseBrief> found = responses.findAll(
                gathered.stream().map(GatheredResponse::responseId).toList());
        return gathered.stream().filter(g -> found.containsKey(g.responseId())).map(g -> {
            ResponseBrief r = found.get(g.responseId());
            return new ResponseRow(r.id(), r.reference(), r.type().code(), r.status().code(), g.addedAt());
        }).sorted(Comparator.comparing(ResponseRow::addedAt).thenComparing(ResponseRow::reference)).toList();
    }

    /** The safety actions of these plans, soonest due first. */
    public List<ActionRecord> actions(Collection<UUID> planIds) {
        List<PlannedAction> found = actions.ofPlans(planIds);
        Map<UUID, String> owners = people.names(found.stream().map(PlannedAction::ownerPersonId).toList());
        return found.stream().map(a -> new ActionRecord(a.id(), a.planId(), a.reference(), a.title(),
                owners.get(a.ownerPersonId()), a.dueOn(), a.status(), a.effectiveness())).toList();
    }
}
