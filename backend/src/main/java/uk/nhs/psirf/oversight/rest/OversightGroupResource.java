package uk.nhs.psirf.oversight.rest;

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
import uk.nhs.psirf.oversight.api.DeidentifiedPlan;
import uk.nhs.psirf.oversight.api.DeidentifiedResponse;
import uk.nhs.psirf.oversight.api.GroupMemberInput;
import uk.nhs.psirf.oversight.api.OversightGroupInput;
import uk.nhs.psirf.oversight.api.OversightGroupList;
import uk.nhs.psirf.oversight.api.OversightGroupView;
import uk.nhs.psirf.oversight.api.PlanAssignmentInput;
import uk.nhs.psirf.oversight.api.ResponseAssignmentInput;
import uk.nhs.psirf.oversight.service.OversightService;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.List;
import java.util.UUID;

/** Oversight groups, their members and the work they oversee; partners read their own groups, de-identified. */
@Path("/api/v1/oversight-groups")
@Produces(MediaType.APPLICATION_JSON)
public class OversightGroupResource {
    private static final String GROUP = "The oversight group";

    private final OversightService oversight;

    public OversightGroupResource(OversightService oversight) {
        this.oversight = oversight;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.PATIENT_SAFETY_PARTNER})
    public OversightGroupList listOversightGroups() {
        return oversight.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public Response createOversightGroup(
            @NotNull(message = "Send the group as a JSON object") @Valid OversightGroupInput body) {
        return Response.status(Response.Status.CREATED).entity(oversight.create(body)).build();
    }

    @GET
    @Path("/{groupId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.PATIENT_SAFETY_PARTNER})
    public OversightGroupView getOversightGroup(@PathParam("groupId") @IdOf(GROUP) UUID groupId) {
        return oversight.get(groupId);
    }

    @PUT
    @Path("/{groupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public OversightGroupView updateOversightGroup(@PathParam("groupId") @IdOf(GROUP) UUID groupId,
            @NotNull(message = "Send the group as a JSON object") @Valid OversightGroupInput body) {
        return oversight.change(groupId, body);
    }

    @POST
    @Path("/{groupId}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public OversightGroupView addOversightGroupMember(@PathParam("groupId") @IdOf(GROUP) UUID groupId,
            @NotNull(message = "Send the member as a JSON object") @Valid GroupMemberInput body) {
        return oversight.addMember(groupId, body);
    }

    @DELETE
    @Path("/{groupId}/members/{personId}")
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public OversightGroupView removeOversightGroupMember(@PathParam("groupId") @IdOf(GROUP) UUID groupId,
            @PathParam("personId") @IdOf("The member") UUID personId, @QueryParam("version") String version) {
        return oversight.removeMember(groupId, personId, version(version));
    }

    @PUT
    @Path("/{groupId}/responses/{responseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public OversightGroupView assignResponseToOversightGroup(@PathParam("groupId") @IdOf(GROUP) UUID groupId,
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = "Send the assignment as a JSON object") @Valid ResponseAssignmentInput body) {
        return oversight.assignResponse(groupId, responseId, body);
    }

    @DELETE
    @Path("/{groupId}/responses/{responseId}")
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public OversightGroupView removeResponseFromOversightGroup(@PathParam("groupId") @IdOf(GROUP) UUID groupId,
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @QueryParam("version") String version) {
        return oversight.removeResponse(groupId, responseId, version(version));
    }

    @GET
    @Path("/{groupId}/responses/{responseId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.PATIENT_SAFETY_PARTNER})
    public DeidentifiedResponse getOversightResponse(@PathParam("groupId") @IdOf(GROUP) UUID groupId,
            @PathParam("responseId") @IdOf("The learning response") UUID responseId) {
        return oversight.response(groupId, responseId);
    }

    @PUT
    @Path("/{groupId}/improvement-plans/{planId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public OversightGroupView assignPlanToOversightGroup(@PathParam("groupId") @IdOf(GROUP) UUID groupId,
            @PathParam("planId") @IdOf("The improvement plan") UUID planId,
            @NotNull(message = "Send the assignment as a JSON object") @Valid PlanAssignmentInput body) {
        return oversight.assignPlan(groupId, planId, body);
    }

    @DELETE
    @Path("/{groupId}/improvement-plans/{planId}")
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public OversightGroupView removePlanFromOversightGroup(@PathParam("groupId") @IdOf(GROUP) UUID groupId,
            @PathParam("planId") @IdOf("The improvement plan") UUID planId, @QueryParam("version") String version) {
        return oversight.removePlan(groupId, planId, version(version));
    }

    @GET
    @Path("/{groupId}/improvement-plans/{planId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.PATIENT_SAFETY_PARTNER})
    public DeidentifiedPlan getOversightPlan(@PathParam("groupId") @IdOf(GROUP) UUID groupId,
            @PathParam("planId") @IdOf("The improvement plan") UUID planId) {
        return oversight.plan(groupId, planId);
    }

    /** The version the client last read, required on a removal (a query parameter: a DELETE has no body). */
    private static long version(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        try {
            long version = Long.parseLong(value.strip());
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.INVALID_VALUE,
                "The version is not valid")));
    }
}
