package uk.nhs.psirf.decisions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import uk.nhs.psirf.decisions.domain.DecisionStatus;
import uk.nhs.psirf.decisions.domain.ReferralTarget;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.responses.api.CaseLink;
import uk.nhs.psirf.responses.api.EventLink;
import uk.nhs.psirf.responses.api.ResponseLink;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A decision as the patient safety team and the Chief Nurse see it; minutes and rationale may name people.
 * {@code canApprove} says whether the caller may give the chair's approval now (the chair or the Chief Nurse, never
 * the person who recorded or last revised it), so that a client offers it to nobody else.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(UUID id, long version, DecisionStatus status, @JsonProperty("case") CaseLink caseLink,
                           List<EventLink> events, List<PanelMemberView> panelMembers, boolean reportReviewed,
                           List<DocumentLink> documentsReviewed, ResponseType responseType,
                           String responseTypeDisplay, ReferralTarget referralTo, String referralToDisplay,
                           String referralDetail, String leadOrganisation, String rationale,
                           String departureRationale, String minutes,
                           ResponseProposalView proposal, boolean departsFromProposal, String recordedBy,
                           Instant recordedAt, ChairApprovalView chairApproval, ResponseLink response,
                           boolean canApprove) {
}
