package uk.nhs.psirf.coachrecruitment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.nhs.psirf.coachrecruitment.api.CandidateInput;
import uk.nhs.psirf.coachrecruitment.api.CandidateSummary;
import uk.nhs.psirf.coachrecruitment.api.CandidateView;
import uk.nhs.psirf.coachrecruitment.api.StepInput;
import uk.nhs.psirf.coachrecruitment.api.WithdrawalInput;
import uk.nhs.psirf.coachrecruitment.service.CandidateService;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.List;
import java.util.UUID;

/** Recruiting QI coaches with lived experience: kept by the improvement advisor (QI department). */
@Path("/api/v1/coach-candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {
    private final CandidateService candidates;

    public CandidateResource(CandidateService candidates) {
        this.candidates = candidates;
    }

    @GET
    @RolesAllowed(Roles.IMPROVEMENT_ADVISOR)
    public List<CandidateSummary> listCoachCandidates() {
        return candidates.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.IMPROVEMENT_ADVISOR)
    public Response recordExpressionOfInterest(
            @NotNull(message = "Send the expression of interest as a JSON object") @Valid CandidateInput body) {
        return Response.status(Response.Status.CREATED).entity(candidates.expressInterest(body)).build();
    }

    @GET
    @Path("/{candidateId}")
    @RolesAllowed(Roles.IMPROVEMENT_ADVISOR)
    public CandidateView getCoachCandidate(@PathParam("candidateId") @IdOf("The candidate") UUID candidateId) {
        return candidates.view(candidateId);
    }

    @POST
    @Path("/{candidateId}/steps/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.IMPROVEMENT_ADVISOR)
    public CandidateView signRecruitmentStep(@PathParam("candidateId") @IdOf("The candidate") UUID candidateId,
            @PathParam("step") String step,
            @NotNull(message = "Send the step as a JSON object") @Valid StepInput body) {
        return candidates.sign(candidateId, step, body);
    }

    @POST
    @Path("/{candidateId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.IMPROVEMENT_ADVISOR)
    public CandidateView withdrawCoachCandidate(@PathParam("candidateId") @IdOf("The candidate") UUID candidateId,
            @NotNull(message = "Send the withdrawal as a JSON object") @Valid WithdrawalInput body) {
        return candidates.withdraw(candidateId, body);
    }
}
