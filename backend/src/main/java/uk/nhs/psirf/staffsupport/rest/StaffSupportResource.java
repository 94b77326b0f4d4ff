package uk.nhs.psirf.staffsupport.rest;

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
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;
import uk.nhs.psirf.staffsupport.api.StaffSupportInput;
import uk.nhs.psirf.staffsupport.api.StaffSupportList;
import uk.nhs.psirf.staffsupport.api.StaffSupportView;
import uk.nhs.psirf.staffsupport.service.StaffSupportService;

import java.util.UUID;

/**
 * Staff support of a learning response. Line managers and reviewers reach it through their ordinary roles; which
 * records they see is decided by whether they are the line manager or reviewer of that record.
 */
@Path("/api/v1/responses/{responseId}/staff-support")
@Produces(MediaType.APPLICATION_JSON)
public class StaffSupportResource {
    private final StaffSupportService support;

    public StaffSupportResource(StaffSupportService support) {
        this.support = support;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF,
            Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public StaffSupportList listStaffSupport(@PathParam("responseId") @IdOf("The learning response") UUID responseId) {
        return support.list(responseId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public Response addStaffSupport(@PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = "Send the staff support as a JSON object") @Valid StaffSupportInput body) {
        StaffSupportView added = support.start(responseId, body);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("/{supportId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF,
            Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public StaffSupportView updateStaffSupport(
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @PathParam("supportId") @IdOf("The staff support record") UUID supportId,
            @NotNull(message = "Send the staff support as a JSON object") @Valid StaffSupportInput body) {
        return support.change(responseId, supportId, body);
    }
}
