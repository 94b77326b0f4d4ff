package uk.nhs.psirf.responses.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.responses.domain.InitialReportStatus;

import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExternalNotificationsView(String lfpseReference, LocalDate icbNotifiedOn,
                                        LocalDate commissionerNotifiedOn, LocalDate nhsEnglandNotifiedOn,
                                        LocalDate cqcNotifiedOn, List<OrganisationNotifiedView> otherOrganisations,
                                        String leadOrganisation, LocalDate initialReportDueOn,
                                        LocalDate initialReportSentOn, InitialReportStatus initialReportStatus) {
}
