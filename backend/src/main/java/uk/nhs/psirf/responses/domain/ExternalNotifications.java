package uk.nhs.psirf.responses.domain;

import java.time.LocalDate;
import java.util.List;

/** The notifications made outside the trust (LFPSE, ICB, commissioner, NHS England, CQC, others) and the initial report. */
public record ExternalNotifications(String lfpseReference, LocalDate icbNotifiedOn, LocalDate commissionerNotifiedOn,
                                    LocalDate nhsEnglandNotifiedOn, LocalDate cqcNotifiedOn,
                                    List<OrganisationNotified> otherOrganisations, String leadOrganisation,
                                    LocalDate initialReportSentOn) {
}
