package uk.nhs.psirf.decisions.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.decisions.api.DecisionFields;
import uk.nhs.psirf.decisions.domain.DecisionContent;
import uk.nhs.psirf.decisions.domain.DepartureRationalePolicy;
import uk.nhs.psirf.decisions.domain.PanelChairPolicy;
import uk.nhs.psirf.decisions.domain.PanelMember;
import uk.nhs.psirf.decisions.domain.Proposal;
import uk.nhs.psirf.decisions.domain.ProposalFacts;
import uk.nhs.psirf.decisions.domain.PsiiMinimumPolicy;
import uk.nhs.psirf.decisions.domain.ReferralPolicy;
import uk.nhs.psirf.decisions.domain.ReferralTarget;
import uk.nhs.psirf.triage.DecidableEvent;
import uk.nhs.psirf.triage.EventDecisions;
import uk.nhs.psirf.triage.ReviewedDocument;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.service.TrainingChecks;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Checks what the panel minuted and turns it into {@link DecisionContent}; every problem is named by its field. */
@ApplicationScoped
public class DecisionInputs {
    private final EventDecisions documents;
    private final TrainingChecks people;

    public DecisionInputs(EventDecisions documents, TrainingChecks people) {
        this.documents = documents;
        this.people = people;
    }

    /**
     * {@code events} and {@code proposal} are null when the events decided are not known (the target itself is
     * wrong): the documents, the PSII minimum and the departure from the proposal cannot be checked then.
     */
    public DecisionContent toContent(DecisionFields in, List<DecidableEvent> events, Proposal proposal,
                                     List<FieldError> errors) {
        List<PanelMember> panel = panel(in, errors);
        // With a member refused above, the chair is checked once the panel is put right.
        if (panel.size() == in.panelMembers().size()) {
            errors.addAll(PanelChairPolicy.hasExactlyOneChair(panel).errors());
        }
        Optional<ResponseType> type = ResponseType.fromCode(in.responseType().strip());
        if (type.isEmpty()) {
            errors.add(new FieldError("responseType", FieldErrorCode.UNKNOWN_CODE, "Select a response from the list"));
        }
        ReferralTarget referralTo = referralTarget(in, type.orElse(null), errors);
        String referralDetail = blankToNull(in.referralDetail());
        if (referralDetail != null && type.isPresent() && type.get() != ResponseType.REFERRAL) {
            errors.add(new FieldError("referralDetail", FieldErrorCode.NOT_A_REFERRAL,
                    "Only a referral has referral details"));
        }
        String leadOrganisation = blankToNull(in.leadOrganisation());
        if (events != null) {
            checkDocuments(in.documentIdsOrEmpty(), events.stream().map(DecidableEvent::id).toList(), errors);
            List<ProposalFacts> facts = events.stream().map(ProposalService::facts).toList();
            if (type.isPresent()) {
                errors.addAll(PsiiMinimumPolicy.meetsMinimum(facts, type.get(), referralTo, leadOrganisation).errors());
            }
        }
        String departureRationale = blankToNull(in.departureRationale());
        if (proposal != null && type.isPresent()) {
            errors.addAll(DepartureRationalePolicy.hasRationale(proposal, type.get(), departureRationale).errors());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new DecisionContent(panel, in.reportWasReviewed(), List.copyOf(in.documentIdsOrEmpty()), type.get(),
                referralTo, referralDetail, leadOrganisation, in.rationale().strip(), departureRationale, in.minutes().strip());
    }

    /** Each member is an active person of the directory, once; their name and job role are kept as they are now. */
    private List<PanelMember> panel(DecisionFields in, List<FieldError> errors) {
        List<PanelMember> panel = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < in.panelMembers().size(); i++) {
            var member = in.panelMembers().get(i);
            String field = "panelMembers[" + i + "].personId";
            Person person = people.activePerson(member.personId()).orElse(null);
            if (!seen.add(member.personId())) {
                errors.add(new FieldError(field, FieldErrorCode.DUPLICATE, "Choose each panel member once"));
            } else if (person == null) {
                errors.add(new FieldError(field, FieldErrorCode.UNKNOWN_PERSON,
                        "Select the panel member from the people directory"));
            } else {
                panel.add(new PanelMember(person.id(), person.name(), person.jobRole(), member.isChair()));
            }
        }
        return panel;
    }

    private static ReferralTarget referralTarget(DecisionFields in, ResponseType type, List<FieldError> errors) {
        String code = blankToNull(in.referralTo());
        ReferralTarget target = code == null ? null : ReferralTarget.fromCode(code).orElse(null);
        if (code != null && target == null) {
            errors.add(new FieldError("referralTo", FieldErrorCode.UNKNOWN_CODE, "Select where the referral goes"));
            return null;
        }
        if (type != null) {
            errors.addAll(ReferralPolicy.target(type, target).errors());
        }
        return target;
    }

    /** Each document reviewed must be one added to the events decided. */
    private void checkDocuments(List<UUID> ids, Collection<UUID> eventIds, List<FieldError> errors) {
        Map<UUID, ReviewedDocument> found = documents.reviewedDocuments(ids);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            ReviewedDocument document = found.get(id);
            if (!seen.add(id)) {
                errors.add(new FieldError("documentIds[" + i + "]", FieldErrorCode.DUPLICATE,
                        "Choose each document once"));
            } else if (document == null || !eventIds.contains(document.eventId())) {
                errors.add(new FieldError("documentIds[" + i + "]", FieldErrorCode.UNKNOWN_DOCUMENT,
                        "Choose a document added to the events decided"));
            }
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
