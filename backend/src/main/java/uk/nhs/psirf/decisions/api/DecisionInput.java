package uk.nhs.psirf.decisions.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A panel decision for an event or a case (exactly one of {@code eventId} and {@code caseId}). */
public record DecisionInput(
        UUID eventId,
        UUID caseId,
        @NotEmpty(message = "Enter the panel members") @Size(max = 20, message = "A panel has at most 20 members") List<@Valid @NotNull(message = "Enter the panel member") PanelMemberInput> panelMembers,
        Boolean reportReviewed,
        @Size(max = 50, message = "Choose at most 50 documents") List<@NotNull(message = "Choose a document") UUID> documentIds,
        @NotBlank(message = "Select the response") @Size(max = 40, message = "Select a response from the list") String responseType,
        @Size(max = 40, message = "Select where the referral goes from the list") String referralTo,
        @Size(max = 1000, message = "The referral detail must be 1000 characters or fewer") String referralDetail,
        @Size(max = 200, message = "The name of the organisation must be 200 characters or fewer") String leadOrganisation,
        @NotBlank(message = "Enter the rationale for the decision") @Size(max = 4000, message = "The rationale must be 4000 characters or fewer") String rationale,
        @Size(max = 4000, message = "The rationale for departing from the proposal must be 4000 characters or fewer") String departureRationale,
        @NotBlank(message = "Enter the minutes of the panel") @Size(max = 10000, message = "The minutes must be 10000 characters or fewer") String minutes)
        implements DecisionFields {
}
