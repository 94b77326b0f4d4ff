package uk.nhs.psirf.response.rest;

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
import uk.nhs.psirf.response.api.ExternalNotificationsInput;
import uk.nhs.psirf.response.api.LearningResponsePage;
import uk.nhs.psirf.response.api.LearningResponseView;
import uk.nhs.psirf.response.api.PsiiVerificationInput;
import uk.nhs.psirf.response.domain.LearningResponseStatus;
import uk.nhs.psirf.response.service.LearningResponseQueryService;
import uk.nhs.psirf.response.service.LearningResponseService;

import java.util.UUID;

/** Learning responses created by approved decisions, the verification of a PSII and notifications outside the trust. */
@Path("/api/v1/responses")
@Produces(MediaType.APPLICATION_JSON)
public class LearningResponseResource {
    private final LearningResponseService responses;
    private final LearningResponseQueryService queries;

    public LearningResponseResource(LearningResponseService responses, LearningResponseQueryService queries) {
        this.responses = responses;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public LearningResponsePage listLearningResponses(@QueryParam("status") String status,
                                                      @QueryParam("page") String page,
                                                      @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        LearningResponseStatus wanted = params.code("status", status, LearningResponseStatus::fromCode).orElse(null);
        var pageRequest = params.page(page, size);
        params.throwIfInvalid();
        return queries.list(wanted, pageRequest);
    }

    @GET
    @Path("/{responseId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
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

    /** A malformed id cannot name a response: 404, as for an id that names none. */
    private static UUID parseId(String responseId) {
        try {
            return UUID.fromString(responseId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("The learning response");
        }
    }
}
