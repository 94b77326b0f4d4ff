package uk.nhs.psirf.investigation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.nhs.psirf.investigation.api.AccountsInput;
import uk.nhs.psirf.investigation.api.ChronologyInput;
import uk.nhs.psirf.investigation.api.ClosureInput;
import uk.nhs.psirf.investigation.api.DraftSharingInput;
import uk.nhs.psirf.investigation.api.FactorsInput;
import uk.nhs.psirf.investigation.api.FindingsInput;
import uk.nhs.psirf.investigation.api.InvestigationView;
import uk.nhs.psirf.investigation.api.ReportSummaryInput;
import uk.nhs.psirf.investigation.api.SignOffInput;
import uk.nhs.psirf.investigation.api.TermsOfReferenceInput;
import uk.nhs.psirf.investigation.service.InvestigationService;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.UUID;

/** The work on a learning response: its parts, the final report PDF, the overseer's sign-off and closure. */
@Path("/api/v1/responses/{responseId}")
@Produces(MediaType.APPLICATION_JSON)
public class InvestigationResource {
    private static final String BODY = "Send the content as a JSON object";

    private final InvestigationService investigations;

    public InvestigationResource(InvestigationService investigations) {
        this.investigations = investigations;
    }

    @GET
    @Path("/investigation")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public InvestigationView getInvestigation(@PathParam("responseId") @IdOf("The learning response") UUID responseId) {
        return investigations.view(responseId);
    }

    @PUT
    @Path("/investigation/terms-of-reference")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public InvestigationView updateTermsOfReference(
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = BODY) @Valid TermsOfReferenceInput body) {
        return investigations.updateTermsOfReference(responseId, body);
    }

    @PUT
    @Path("/investigation/chronology")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public InvestigationView updateChronology(@PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = BODY) @Valid ChronologyInput body) {
        return investigations.updateChronology(responseId, body);
    }

    @PUT
    @Path("/investigation/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public InvestigationView updateFirstHandAccounts(
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = BODY) @Valid AccountsInput body) {
        return investigations.updateAccounts(responseId, body);
    }

    @PUT
    @Path("/investigation/contributory-factors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public InvestigationView updateContributoryFactors(
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = BODY) @Valid FactorsInput body) {
        return investigations.updateFactors(responseId, body);
    }

    @PUT
    @Path("/investigation/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public InvestigationView updateFindings(@PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = BODY) @Valid FindingsInput body) {
        return investigations.updateFindings(responseId, body);
    }

    @PUT
    @Path("/investigation/draft-sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public InvestigationView updateDraftSharing(@PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = BODY) @Valid DraftSharingInput body) {
        return investigations.updateDraftSharing(responseId, body);
    }

    @PUT
    @Path("/investigation/report-summary")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public InvestigationView updateReportSummary(
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = BODY) @Valid ReportSummaryInput body) {
        return investigations.updateReportSummary(responseId, body);
    }

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public Response getFinalReportPdf(@PathParam("responseId") @IdOf("The learning response") UUID responseId) {
        InvestigationService.FinalReport report = investigations.finalReport(responseId);
        return Response.ok(report.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
                .build();
    }

    @POST
    @Path("/investigation/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public InvestigationView signOffLearningResponse(
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = BODY) @Valid SignOffInput body) {
        return investigations.signOff(responseId, body);
    }

    @POST
    @Path("/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public InvestigationView closeLearningResponse(
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = BODY) @Valid ClosureInput body) {
        return investigations.close(responseId, body);
    }
}
