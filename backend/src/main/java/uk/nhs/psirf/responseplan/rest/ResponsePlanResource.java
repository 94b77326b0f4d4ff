package uk.nhs.psirf.responseplan.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.nhs.psirf.platform.web.IdOf;
import uk.nhs.psirf.responseplan.api.PlanApproval;
import uk.nhs.psirf.responseplan.api.PlanVersionInput;
import uk.nhs.psirf.responseplan.api.PlanVersionSummary;
import uk.nhs.psirf.responseplan.api.PlanVersionView;
import uk.nhs.psirf.responseplan.service.PlanQueryService;
import uk.nhs.psirf.responseplan.service.PlanService;
import uk.nhs.psirf.platform.security.Roles;

import java.util.List;
import java.util.UUID;

/** The patient safety incident response plan (PSIRP) and its versions. */
@Path("/api/v1/response-plan")
@Produces(MediaType.APPLICATION_JSON)
public class ResponsePlanResource {
    private final PlanService plans;
    private final PlanQueryService queries;

    public ResponsePlanResource(PlanService plans, PlanQueryService queries) {
        this.plans = plans;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.PATIENT_SAFETY_PARTNER, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public PlanVersionView getResponsePlanInForce() {
        return queries.inForce();
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.PATIENT_SAFETY_PARTNER, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public List<PlanVersionSummary> listResponsePlanVersions() {
        return queries.versions();
    }

    @POST
    @Path("/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public Response createResponsePlanDraft(
            @NotNull(message = "Send the plan as a JSON object") @Valid PlanVersionInput body,
            @Context UriInfo uriInfo) {
        PlanVersionView created = plans.draft(body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/response-plan/versions/{id}")
                .build(created.id())).entity(created).build();
    }

    @GET
    @Path("/versions/{versionId}")
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.PATIENT_SAFETY_PARTNER, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public PlanVersionView getResponsePlanVersion(@PathParam("versionId") @IdOf("The plan version") UUID versionId) {
        return queries.version(versionId);
    }

    @PUT
    @Path("/versions/{versionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public PlanVersionView updateResponsePlanDraft(@PathParam("versionId") @IdOf("The plan version") UUID versionId,
            @NotNull(message = "Send the plan as a JSON object") @Valid PlanVersionInput body) {
        return plans.edit(versionId, body);
    }

    @POST
    @Path("/versions/{versionId}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHIEF_NURSE)
    public PlanVersionView approveResponsePlanVersion(@PathParam("versionId") @IdOf("The plan version") UUID versionId,
            @NotNull(message = "Send the approval as a JSON object") @Valid PlanApproval body) {
        return plans.approve(versionId, body.version());
    }
}
