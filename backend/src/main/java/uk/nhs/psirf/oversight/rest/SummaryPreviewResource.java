package uk.nhs.psirf.oversight.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.oversight.api.SummaryPreview;
import uk.nhs.psirf.oversight.api.SummaryPreviewInput;
import uk.nhs.psirf.oversight.service.SummaryPreviewService;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.UUID;

/** The summary for oversight of a response as patient safety partners will see it, before it is saved. */
@Path("/api/v1/responses/{responseId}/summary-for-oversight")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryPreviewResource {
    private final SummaryPreviewService previews;

    public SummaryPreviewResource(SummaryPreviewService previews) {
        this.previews = previews;
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public SummaryPreview previewSummaryForOversight(
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = "Send the summary as a JSON object") @Valid SummaryPreviewInput body) {
        return previews.preview(responseId, body.summary());
    }
}
