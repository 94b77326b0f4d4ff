package uk.nhs.psirf.safetyactions.rest;

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
import jakarta.ws.rs.core.Response;
import uk.nhs.psirf.platform.web.IdOf;
import uk.nhs.psirf.safetyactions.api.ActionOwnerCandidateList;
import uk.nhs.psirf.safetyactions.api.SafetyActionAgreementInput;
import uk.nhs.psirf.safetyactions.api.SafetyActionInput;
import uk.nhs.psirf.safetyactions.api.SafetyActionPage;
import uk.nhs.psirf.safetyactions.api.SafetyActionProgressInput;
import uk.nhs.psirf.safetyactions.api.SafetyActionReviewInput;
import uk.nhs.psirf.safetyactions.api.SafetyActionUpdate;
import uk.nhs.psirf.safetyactions.api.SafetyActionView;
import uk.nhs.psirf.safetyactions.domain.ActionStatus;
import uk.nhs.psirf.safetyactions.service.SafetyActionQueryService;
import uk.nhs.psirf.safetyactions.service.SafetyActionService;
import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Safety actions: managed by the patient safety team, the Chief Nurse and a lead on their own responses; read and
 * progressed also by the action's owner, who may hold any staff role.
 */
@Path("/api/v1/safety-actions")
@Produces(MediaType.APPLICATION_JSON)
public class SafetyActionResource {
    private final SafetyActionService actions;
    private final SafetyActionQueryService queries;

    public SafetyActionResource(SafetyActionService actions, SafetyActionQueryService queries) {
        this.actions = actions;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public SafetyActionPage listSafetyActions(@QueryParam("status") String status,
                                              @QueryParam("overdue") String overdue,
                                              @QueryParam("notEffective") String notEffective,
                                              @QueryParam("reviewDue") String reviewDue,
                                              @QueryParam("responseId") String responseId,
                                              @QueryParam("planId") String planId,
                                              @QueryParam("page") String page,
                                              @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        ActionStatus wanted = params.code("status", status, ActionStatus::fromCode).orElse(null);
        boolean isOverdue = params.code("overdue", overdue, SafetyActionResource::bool).orElse(false);
        boolean isNotEffective = params.code("notEffective", notEffective, SafetyActionResource::bool).orElse(false);
        boolean isReviewDue = params.code("reviewDue", reviewDue, SafetyActionResource::bool).orElse(false);
        UUID response = params.id("responseId", responseId).orElse(null);
        UUID plan = params.id("planId", planId).orElse(null);
        var pageRequest = params.page(page, size);
        params.throwIfInvalid();
        return queries.list(new SafetyActionQueryService.Filter(wanted, isOverdue, isNotEffective, isReviewDue,
                response, plan), pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public Response createSafetyAction(
            @NotNull(message = "Send the safety action as a JSON object") @Valid SafetyActionInput body) {
        SafetyActionView created = actions.create(body);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/owner-candidates")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public ActionOwnerCandidateList listActionOwnerCandidates(@QueryParam("search") String search) {
        QueryParams params = new QueryParams();
        String text = params.text("search", search, 200).orElse(null);
        params.throwIfInvalid();
        return queries.ownerCandidates(text);
    }

    @GET
    @Path("/{actionId}")
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public SafetyActionView getSafetyAction(@PathParam("actionId") @IdOf("The safety action") UUID actionId) {
        return queries.action(actionId);
    }

    @PUT
    @Path("/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public SafetyActionView updateSafetyAction(@PathParam("actionId") @IdOf("The safety action") UUID actionId,
            @NotNull(message = "Send the safety action as a JSON object") @Valid SafetyActionUpdate body) {
        return actions.change(actionId, body);
    }

    @POST
    @Path("/{actionId}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public SafetyActionView agreeSafetyAction(@PathParam("actionId") @IdOf("The safety action") UUID actionId,
            @NotNull(message = "Send the version as a JSON object") @Valid SafetyActionAgreementInput body) {
        return actions.agree(actionId, body);
    }

    @POST
    @Path("/{actionId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public Response addSafetyActionProgress(@PathParam("actionId") @IdOf("The safety action") UUID actionId,
            @NotNull(message = "Send the progress update as a JSON object") @Valid SafetyActionProgressInput body) {
        SafetyActionView action = actions.progress(actionId, body);
        return Response.status(Response.Status.CREATED).entity(action).build();
    }

    @POST
    @Path("/{actionId}/effectiveness-reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public Response addEffectivenessReview(@PathParam("actionId") @IdOf("The safety action") UUID actionId,
            @NotNull(message = "Send the review as a JSON object") @Valid SafetyActionReviewInput body) {
        SafetyActionView action = actions.review(actionId, body);
        return Response.status(Response.Status.CREATED).entity(action).build();
    }

    private static Optional<Boolean> bool(String value) {
        return switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
