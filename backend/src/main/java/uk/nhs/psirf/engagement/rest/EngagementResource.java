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
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.security.Roles;

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
    public EngagementView getEngagement(@PathParam("responseId") String responseId) {
        return engagement.view(id(responseId, "The learning response"));
    }

    @POST
    @Path("/people-affected")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public Response addPersonAffected(@PathParam("responseId") String responseId,
            @NotNull(message = "Send the person affected as a JSON object") @Valid PersonAffectedInput body) {
        PersonAffectedView added = engagement.add(id(responseId, "The learning response"), body);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("/people-affected/{personAffectedId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public PersonAffectedView updatePersonAffected(@PathParam("responseId") String responseId,
            @PathParam("personAffectedId") String personAffectedId,
            @NotNull(message = "Send the person affected as a JSON object") @Valid PersonAffectedInput body) {
        return engagement.change(id(responseId, "The learning response"),
                id(personAffectedId, "The person affected"), body);
    }

    @POST
    @Path("/people-affected/{personAffectedId}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public Response recordContact(@PathParam("responseId") String responseId,
            @PathParam("personAffectedId") String personAffectedId,
            @NotNull(message = "Send the contact as a JSON object") @Valid ContactInput body) {
        PersonAffectedView person = engagement.recordContact(id(responseId, "The learning response"),
                id(personAffectedId, "The person affected"), body);
        return Response.status(Response.Status.CREATED).entity(person).build();
    }

    /** A malformed id cannot name anything: 404, as for an id that names nothing. */
    private static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what);
        }
    }
}
