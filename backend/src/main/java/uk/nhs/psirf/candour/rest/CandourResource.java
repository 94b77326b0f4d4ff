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
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

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
    public CandourView getEventCandour(@PathParam("eventId") @IdOf("The event") UUID eventId) {
        return candour.read(eventId);
    }

    @PUT
    @Path("/events/{eventId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public CandourView decideCandour(@PathParam("eventId") @IdOf("The event") UUID eventId,
            @NotNull(message = "Send the decision as a JSON object") @Valid CandourDecisionInput body) {
        return candour.decide(eventId, body);
    }

    @PUT
    @Path("/events/{eventId}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.LEARNING_RESPONSE_LEAD})
    public CandourView recordCandourSteps(@PathParam("eventId") @IdOf("The event") UUID eventId,
            @NotNull(message = "Send the steps as a JSON object") @Valid CandourStepsInput body) {
        return candour.recordSteps(eventId, body);
    }
}
