package uk.nhs.psirf.improvementplans.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanClosure;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanInput;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanPage;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanReopening;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanResponseInput;
import uk.nhs.psirf.improvementplans.api.ImprovementPlanView;
import uk.nhs.psirf.improvementplans.domain.PlanStatus;
import uk.nhs.psirf.improvementplans.service.ImprovementPlanService;
import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.UUID;

/** Safety improvement plans (policy §16): the patient safety team run them; learning response leads read them. */
@Path("/api/v1/improvement-plans")
@Produces(MediaType.APPLICATION_JSON)
public class ImprovementPlanResource {
    private final ImprovementPlanService plans;

    public ImprovementPlanResource(ImprovementPlanService plans) {
        this.plans = plans;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public ImprovementPlanPage listImprovementPlans(@QueryParam("status") String status,
                                                    @QueryParam("page") String page,
                                                    @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PlanStatus wanted = params.code("status", status, PlanStatus::fromCode).orElse(null);
        var pageRequest = params.page(page, size);
        params.throwIfInvalid();
        return plans.list(wanted, pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public Response createImprovementPlan(
            @NotNull(message = "Send the plan as a JSON object") @Valid ImprovementPlanInput body) {
        return Response.status(Response.Status.CREATED).entity(plans.create(body)).build();
    }

    @GET
    @Path("/{planId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public ImprovementPlanView getImprovementPlan(@PathParam("planId") @IdOf("The improvement plan") UUID planId) {
        return plans.plan(planId);
    }

    @PUT
    @Path("/{planId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public ImprovementPlanView updateImprovementPlan(@PathParam("planId") @IdOf("The improvement plan") UUID planId,
            @NotNull(message = "Send the plan as a JSON object") @Valid ImprovementPlanInput body) {
        return plans.change(planId, body);
    }

    @POST
    @Path("/{planId}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public ImprovementPlanView addImprovementPlanResponse(
            @PathParam("planId") @IdOf("The improvement plan") UUID planId,
            @NotNull(message = "Send the response as a JSON object") @Valid ImprovementPlanResponseInput body) {
        return plans.addResponse(planId, body.responseId());
    }

    @DELETE
    @Path("/{planId}/responses/{responseId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public ImprovementPlanView removeImprovementPlanResponse(
            @PathParam("planId") @IdOf("The improvement plan") UUID planId,
            @PathParam("responseId") @IdOf("The learning response") UUID responseId) {
        return plans.removeResponse(planId, responseId);
    }

    @POST
    @Path("/{planId}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public ImprovementPlanView closeImprovementPlan(@PathParam("planId") @IdOf("The improvement plan") UUID planId,
            @NotNull(message = "Send the closure as a JSON object") @Valid ImprovementPlanClosure body) {
        return plans.close(planId, body);
    }

    @POST
    @Path("/{planId}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public ImprovementPlanView reopenImprovementPlan(@PathParam("planId") @IdOf("The improvement plan") UUID planId,
            @NotNull(message = "Send the reopening as a JSON object") @Valid ImprovementPlanReopening body) {
        return plans.reopen(planId, body.version());
    }
}
