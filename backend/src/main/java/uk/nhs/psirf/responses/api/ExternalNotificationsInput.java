package uk.nhs.psirf.responses.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Everything is replaced by what is sent; a field left out is cleared. */
public record ExternalNotificationsInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @Size(max = 50, message = "The LFPSE reference must be 50 characters or fewer") String lfpseReference,
        LocalDate icbNotifiedOn,
        LocalDate commissionerNotifiedOn,
        LocalDate nhsEnglandNotifiedOn,
        LocalDate cqcNotifiedOn,
        @Size(max = 20, message = "Record at most 20 other organisations") List<@Valid @NotNull(message = "Enter the organisation") OrganisationNotifiedInput> otherOrganisations,
        @Size(max = 200, message = "The lead organisation must be 200 characters or fewer") String leadOrganisation,
        LocalDate initialReportSentOn) {

    public List<OrganisationNotifiedInput> otherOrganisationsOrEmpty() {
        return otherOrganisations == null ? List.of() : otherOrganisations;
    }
}
