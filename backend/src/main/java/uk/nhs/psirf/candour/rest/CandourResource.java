package uk.nhs.psirf.candour.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.candour.api.CandourDecisionInput;
import uk.nhs.psirf.candour.api.CandourList;
import uk.nhs.psirf.candour.api.CandourStepsInput;
import uk.nhs.psirf.candour.api.CandourView;
import uk.nhs.psirf.candour.service.CandourService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.security.Roles;

import java.util.UUID;

/** Duty of Candour per event (policy §6) and the list of events with candour steps. */
@Path("/api/v1/candour")
@Produces(MediaType.APPLICATION_JSON)
public class CandourResource {
    private final CandourService candour;

    public CandourResource(CandourService candour) {
        this.candour = candour;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public CandourList listCandour() {
        return candour.list();
    }

    @GET
    @Path("/events/{eventId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public CandourView getEventCandour(@PathParam("eventId") String eventId) {
        return candour.read(parseId(eventId));
    }

    @PUT
    @Path("/events/{eventId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public CandourView decideCandour(@PathParam("eventId") String eventId,
            @NotNull(message = "Send the decision as a JSON object") @Valid CandourDecisionInput body) {
        return candour.decide(parseId(eventId), body);
    }

    @PUT
    @Path("/events/{eventId}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.LEARNING_RESPONSE_LEAD})
    public CandourView recordCandourSteps(@PathParam("eventId") String eventId,
            @NotNull(message = "Send the steps as a JSON object") @Valid CandourStepsInput body) {
        return candour.recordSteps(parseId(eventId), body);
    }

    /** A malformed id cannot name an event: 404, as for an id that names none. */
    private static UUID parseId(String eventId) {
        try {
            return UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("The event");
        }
    }
}
