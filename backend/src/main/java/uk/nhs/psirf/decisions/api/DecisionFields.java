package uk.nhs.psirf.decisions.api;

import java.util.List;
import java.util.UUID;

/** What a new decision and a change to one have in common; the codes are checked by the service. */
public interface DecisionFields {
    List<PanelMemberInput> panelMembers();

    Boolean reportReviewed();

    List<UUID> documentIds();

    String responseType();

    String referralTo();

    String referralDetail();

    /** Another organisation that leads the investigation (policy §12.4), when it is not ours to lead. */
    String leadOrganisation();

    String rationale();

    String departureRationale();

    String minutes();

    default List<UUID> documentIdsOrEmpty() {
        return documentIds() == null ? List.of() : documentIds();
    }

    /** The panel reviewed the incident report unless it says otherwise. */
    default boolean reportWasReviewed() {
        return !Boolean.FALSE.equals(reportReviewed());
    }
}
