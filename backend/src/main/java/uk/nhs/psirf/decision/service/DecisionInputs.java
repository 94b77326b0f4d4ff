package uk.nhs.psirf.decision.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.decision.api.DecisionFields;
import uk.nhs.psirf.decision.domain.DecisionContent;
import uk.nhs.psirf.decision.domain.DepartureRationalePolicy;
import uk.nhs.psirf.decision.domain.PanelChairPolicy;
import uk.nhs.psirf.decision.domain.PanelMember;
import uk.nhs.psirf.decision.domain.Proposal;
import uk.nhs.psirf.decision.domain.ReferralPolicy;
import uk.nhs.psirf.decision.domain.ReferralTarget;
import uk.nhs.psirf.decision.persistence.ReviewedDocuments;
import uk.nhs.psirf.plan.domain.ResponseType;
import uk.nhs.psirf.platform.error.FieldError;

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
    private final ReviewedDocuments documents;

    public DecisionInputs(ReviewedDocuments documents) {
        this.documents = documents;
    }

    /**
     * {@code eventIds} and {@code proposal} are null when the events decided are not known (the target itself is
     * wrong): the documents and the departure from the proposal cannot be checked then.
     */
    public DecisionContent toContent(DecisionFields in, Collection<UUID> eventIds, Proposal proposal,
                                     List<FieldError> errors) {
        List<PanelMember> panel = in.panelMembers().stream()
                .map(m -> new PanelMember(m.name().strip(), m.role().strip(), m.isChair())).toList();
        if (!PanelChairPolicy.hasExactlyOneChair(panel)) {
            errors.add(new FieldError("panelMembers", DecisionCodes.ONE_CHAIR_REQUIRED,
                    "Mark exactly one panel member as the chair"));
        }
        Optional<ResponseType> type = ResponseType.fromCode(in.responseType().strip());
        if (type.isEmpty()) {
            errors.add(new FieldError("responseType", FieldError.UNKNOWN_CODE, "Select a response from the list"));
        }
        ReferralTarget referralTo = referralTarget(in, type.orElse(null), errors);
        String referralDetail = blankToNull(in.referralDetail());
        if (referralDetail != null && type.isPresent() && type.get() != ResponseType.REFERRAL) {
            errors.add(new FieldError("referralDetail", DecisionCodes.NOT_A_REFERRAL,
                    "Only a referral has referral details"));
        }
        if (eventIds != null) {
            checkDocuments(in.documentIdsOrEmpty(), eventIds, errors);
        }
        String departureRationale = blankToNull(in.departureRationale());
        if (proposal != null && type.isPresent()
                && DepartureRationalePolicy.lacksRationale(proposal, type.get(), departureRationale)) {
            errors.add(new FieldError("departureRationale", DecisionCodes.DEPARTURE_RATIONALE_REQUIRED,
                    "Say why the panel chose a response other than the one proposed ("
                            + proposal.responseType().map(ResponseType::display).orElse("") + ")"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new DecisionContent(panel, in.reportWasReviewed(), List.copyOf(in.documentIdsOrEmpty()), type.get(),
                referralTo, referralDetail, in.rationale().strip(), departureRationale, in.minutes().strip());
    }

    private static ReferralTarget referralTarget(DecisionFields in, ResponseType type, List<FieldError> errors) {
        String code = blankToNull(in.referralTo());
        ReferralTarget target = code == null ? null : ReferralTarget.fromCode(code).orElse(null);
        if (code != null && target == null) {
            errors.add(new FieldError("referralTo", FieldError.UNKNOWN_CODE, "Select where the referral goes"));
            return null;
        }
        if (type != null && ReferralPolicy.needsTarget(type, target)) {
            errors.add(new FieldError("referralTo", FieldError.REQUIRED, "Select where the referral goes"));
        } else if (type != null && ReferralPolicy.targetNotExpected(type, target)) {
            errors.add(new FieldError("referralTo", DecisionCodes.NOT_A_REFERRAL,
                    "Only a referral goes to another process"));
        }
        return target;
    }

    /** Each document reviewed must be one added to the events decided. */
    private void checkDocuments(List<UUID> ids, Collection<UUID> eventIds, List<FieldError> errors) {
        Map<UUID, ReviewedDocuments.Document> found = documents.find(ids);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            ReviewedDocuments.Document document = found.get(id);
            if (!seen.add(id)) {
                errors.add(new FieldError("documentIds[" + i + "]", DecisionCodes.DUPLICATE,
                        "Choose each document once"));
            } else if (document == null || !eventIds.contains(document.eventId())) {
                errors.add(new FieldError("documentIds[" + i + "]", DecisionCodes.UNKNOWN_DOCUMENT,
                        "Choose a document added to the events decided"));
            }
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
