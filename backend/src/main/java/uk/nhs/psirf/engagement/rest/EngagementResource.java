package uk.nhs.psirf.engagement.rest;

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
import uk.nhs.psirf.engagement.api.ContactInput;
import uk.nhs.psirf.engagement.api.EngagementView;
import uk.nhs.psirf.engagement.api.PersonAffectedInput;
import uk.nhs.psirf.engagement.api.PersonAffectedView;
import uk.nhs.psirf.engagement.service.EngagementService;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.UUID;

/** The people affected by a learning response and the log of contacts with them; the lead on their own responses only. */
@Path("/api/v1/responses/{responseId}")
@Produces(MediaType.APPLICATION_JSON)
public class EngagementResource {
    private final EngagementService engagement;

    public EngagementResource(EngagementService engagement) {
        this.engagement = engagement;
    }

    @GET
    @Path("/engagement")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public EngagementView getEngagement(@PathParam("responseId") @IdOf("The learning response") UUID responseId) {
        return engagement.view(responseId);
    }

    @POST
    @Path("/people-affected")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public Response addPersonAffected(@PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @NotNull(message = "Send the person affected as a JSON object") @Valid PersonAffectedInput body) {
        PersonAffectedView added = engagement.add(responseId, body);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("/people-affected/{personAffectedId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public PersonAffectedView updatePersonAffected(
            @PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @PathParam("personAffectedId") @IdOf("The person affected") UUID personAffectedId,
            @NotNull(message = "Send the person affected as a JSON object") @Valid PersonAffectedInput body) {
        return engagement.change(responseId, personAffectedId, body);
    }

    @POST
    @Path("/people-affected/{personAffectedId}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public Response recordContact(@PathParam("responseId") @IdOf("The learning response") UUID responseId,
            @PathParam("personAffectedId") @IdOf("The person affected") UUID personAffectedId,
            @NotNull(message = "Send the contact as a JSON object") @Valid ContactInput body) {
        PersonAffectedView person = engagement.recordContact(responseId, personAffectedId, body);
        return Response.status(Response.Status.CREATED).entity(person).build();
    }
}
