package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.kernel.ResponseType;

import java.util.List;
import java.util.UUID;

/**
 * What the panel minuted: who sat, what they reviewed, the response chosen and why; {@code leadOrganisation} names
 * another organisation that leads the investigation (policy §12.4), else null.
 */
public record DecisionContent(List<PanelMember> panelMembers, boolean reportReviewed, List<UUID> documentIds,
                              ResponseType responseType, ReferralTarget referralTo, String referralDetail,
                              String leadOrganisation, String rationale, String departureRationale, String minutes) {
}
