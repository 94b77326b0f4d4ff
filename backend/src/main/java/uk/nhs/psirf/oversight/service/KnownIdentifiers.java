package uk.nhs.psirf.oversight.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.candour.service.CandourService;
import uk.nhs.psirf.decisions.service.DecisionQueryService;
import uk.nhs.psirf.beingfair.service.BeingFairService;
import uk.nhs.psirf.investigation.service.InvestigationService;
import uk.nhs.psirf.oversight.domain.CommonWords;
import uk.nhs.psirf.oversight.domain.Redaction;
import uk.nhs.psirf.oversight.persistence.OversightFacts;
import uk.nhs.psirf.oversight.persistence.OversightFacts.EventFacts;
import uk.nhs.psirf.reference.Location;
import uk.nhs.psirf.reference.ReferenceData;
import uk.nhs.psirf.responses.service.LearningResponseQueryService;
import uk.nhs.psirf.staffsupport.service.StaffSupportService;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the system holds that could identify someone in the text about a piece of work (policy §3.7), gathered
 * through each owning feature's service: the events' patient (name, NHS number, address), reporter and staff
 * involved; the response's lead, team, overseer, people affected and their named contacts, accounts
 * ({@link OversightFacts}); the panel members ({@link DecisionQueryService}); those who agreed extensions
 * ({@link LearningResponseQueryService}); those the draft was shared with ({@link InvestigationService}); staff
 * support ({@link StaffSupportService}); candour notified by and to ({@link CandourService}); the Being Fair staff
 * member ({@link BeingFairService}); and every location of the trust ({@link ReferenceData}), the service and
 * directorate being what partners may see.
 */
@ApplicationScoped
public class KnownIdentifiers {
    private final OversightFacts facts;
    private final LearningResponseQueryService responses;
    private final DecisionQueryService decisions;
    private final InvestigationService investigations;
    private final StaffSupportService staffSupport;
    private final CandourService candour;
    private final BeingFairService beingFair;
    private final ReferenceData reference;

    public KnownIdentifiers(OversightFacts facts, LearningResponseQueryService responses,
                            DecisionQueryService decisions, InvestigationService investigations,
                            StaffSupportService staffSupport, CandourService candour, BeingFairService beingFair,
                            ReferenceData reference) {
        this.facts = facts;
        this.responses = responses;
        this.decisions = decisions;
        this.investigations = investigations;
        this.staffSupport = staffSupport;
        this.candour = candour;
        this.beingFair = beingFair;
        this.reference = reference;
    }

    /** The common and clinical words, with the words of the services and directorates partners may see. */
    public CommonWords commonWords() {
        Set<String> general = new LinkedHashSet<>();
        for (Location l : reference.allLocations()) {
            general.add(l.service().name());
            general.add(l.service().directorate().name());
        }
        return CommonWords.with(general);
    }

    /** The redaction for text about the given responses, and the given further names (a plan's owners). */
    public Redaction forResponses(Collection<UUID> responseIds, Collection<String> moreNames) {
        return forResponses(responseIds, moreNames, commonWords());
    }

    /** As {@link #forResponses(Collection, Collection)}, with the common words the caller has already read. */
    public Redaction forResponse(UUID responseId, CommonWords common) {
        return forResponses(List.of(responseId), List.of(), common);
    }

    private Redaction forResponses(Collection<UUID> responseIds, Collection<String> moreNames, CommonWords common) {
        Redaction.Builder builder = Redaction.builder().commonWords(common);
        places(builder);
        builder.names(moreNames);
        responseIds.stream().distinct().forEach(id -> addResponse(builder, id));
        return builder.build();
    }

    public Redaction forResponse(UUID responseId) {
        return forResponses(List.of(responseId), List.of());
    }

    private void addResponse(Redaction.Builder builder, UUID responseId) {
        for (EventFacts e : facts.events(responseId)) {
            builder.name(e.patientName()).nhsNumber(e.nhsNumber()).address(e.address()).name(e.reporterName())
                    .names(e.staffNames());
            candour.namesOrRolesHeld(e.id()).forEach(builder::nameOrRole);
        }
        builder.names(facts.namesLinkedToResponse(responseId));
        builder.names(responses.namesHeld(responseId));
        responses.decisionOf(responseId).ifPresent(d -> builder.names(decisions.namesHeld(d)));
        builder.names(investigations.namesHeld(responseId));
        builder.names(staffSupport.namesHeld(responseId));
        builder.names(beingFair.namesHeld(responseId));
    }

    private void places(Redaction.Builder builder) {
        for (Location l : reference.allLocations()) {
            builder.place(l.name(), List.of(l.service().name(), l.service().directorate().name())).placeCode(l.code());
        }
    }
}
