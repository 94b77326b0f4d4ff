package uk.nhs.psirf.responses.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.people.domain.TrainingRole;
import uk.nhs.psirf.responses.api.CandidateList;
import uk.nhs.psirf.responses.api.ExtensionInput;
import uk.nhs.psirf.responses.api.ExternalNotificationsInput;
import uk.nhs.psirf.responses.api.LearningResponsePage;
import uk.nhs.psirf.responses.api.LearningResponseView;
import uk.nhs.psirf.responses.api.PauseInput;
import uk.nhs.psirf.responses.api.PsiiVerificationInput;
import uk.nhs.psirf.responses.api.ResumptionInput;
import uk.nhs.psirf.responses.api.TargetInput;
import uk.nhs.psirf.responses.api.TeamInput;
import uk.nhs.psirf.responses.domain.DueStatus;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;
import uk.nhs.psirf.responses.service.LearningResponseQueryService;
import uk.nhs.psirf.responses.service.LearningResponseService;
import uk.nhs.psirf.responses.service.ResponseTeamService;
import uk.nhs.psirf.responses.service.ResponseTimeframeService;

import java.util.Optional;
import java.util.UUID;

/** Learning responses created by approved decisions, the verification of a PSII and notifications outside the trust. */
@Path("/api/v1/responses")
@Produces(MediaType.APPLICATION_JSON)
public class LearningResponseResource {
    private final LearningResponseService responses;
    private final LearningResponseQueryService queries;
    private final ResponseTeamService teams;
    private final ResponseTimeframeService timeframes;

    public LearningResponseResource(LearningResponseService responses, LearningResponseQueryService queries,
                                    ResponseTeamService teams, ResponseTimeframeService timeframes) {
        this.responses = responses;
        this.queries = queries;
        this.teams = teams;
        this.timeframes = timeframes;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public LearningResponsePage listLearningResponses(@QueryParam("status") String status,
                                                      @QueryParam("dueStatus") String dueStatus,
                                                      @QueryParam("page") String page,
                                                      @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        LearningResponseStatus wanted = params.code("status", status, LearningResponseStatus::fromCode).orElse(null);
        DueStatus due = params.code("dueStatus", dueStatus, DueStatus::fromCode).orElse(null);
        var pageRequest = params.page(page, size);
        params.throwIfInvalid();
        return queries.list(wanted, due, pageRequest);
    }

    @GET
    @Path("/{responseId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public LearningResponseView getLearningResponse(@PathParam("responseId") String responseId) {
        return queries.response(parseId(responseId));
    }

    @POST
    @Path("/{responseId}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHIEF_NURSE)
    public LearningResponseView verifyPsii(@PathParam("responseId") String responseId,
            @NotNull(message = "Send the verification as a JSON object") @Valid PsiiVerificationInput body) {
        return responses.verify(parseId(responseId), body);
    }

    @PUT
    @Path("/{responseId}/external-notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public LearningResponseView updateExternalNotifications(@PathParam("responseId") String responseId,
            @NotNull(message = "Send the notifications as a JSON object") @Valid ExternalNotificationsInput body) {
        return responses.recordNotifications(parseId(responseId), body);
    }

    @PUT
    @Path("/{responseId}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public LearningResponseView assignResponseTeam(@PathParam("responseId") String responseId,
            @NotNull(message = "Send the team as a JSON object") @Valid TeamInput body) {
        return teams.assign(parseId(responseId), body);
    }

    @GET
    @Path("/{responseId}/candidates")
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public CandidateList listResponseCandidates(@PathParam("responseId") String responseId,
                                                @QueryParam("role") String role) {
        QueryParams params = new QueryParams();
        Optional<TrainingRole> trainingRole = params.code("role", role == null ? "team" : role,
                ResponseTeamRoles::fromCode).orElse(Optional.empty());
        params.throwIfInvalid();
        return teams.candidates(parseId(responseId), trainingRole);
    }

    @PUT
    @Path("/{responseId}/target")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public LearningResponseView setResponseTarget(@PathParam("responseId") String responseId,
            @NotNull(message = "Send the target as a JSON object") @Valid TargetInput body) {
        return timeframes.setTarget(parseId(responseId), body);
    }

    @POST
    @Path("/{responseId}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.LEARNING_RESPONSE_LEAD})
    public LearningResponseView extendResponse(@PathParam("responseId") String responseId,
            @NotNull(message = "Send the extension as a JSON object") @Valid ExtensionInput body) {
        return timeframes.extend(parseId(responseId), body);
    }

    @POST
    @Path("/{responseId}/pauses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.LEARNING_RESPONSE_LEAD})
    public LearningResponseView pauseResponse(@PathParam("responseId") String responseId,
            @NotNull(message = "Send the pause as a JSON object") @Valid PauseInput body) {
        return timeframes.pause(parseId(responseId), body);
    }

    @POST
    @Path("/{responseId}/resumption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.LEARNING_RESPONSE_LEAD})
    public LearningResponseView resumeResponse(@PathParam("responseId") String responseId,
            @NotNull(message = "Send the resumption as a JSON object") @Valid ResumptionInput body) {
        return timeframes.resume(parseId(responseId), body);
    }

    /** A malformed id cannot name a response: 404, as for an id that names none. */
    private static UUID parseId(String responseId) {
        try {
            return UUID.fromString(responseId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("The learning response");
        }
    }
}
