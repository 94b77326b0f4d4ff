package uk.nhs.psirf.beingfair.rest;

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
import uk.nhs.psirf.beingfair.api.BeingFairAnswerInput;
import uk.nhs.psirf.beingfair.api.BeingFairList;
import uk.nhs.psirf.beingfair.api.BeingFairOpenInput;
import uk.nhs.psirf.beingfair.api.BeingFairView;
import uk.nhs.psirf.beingfair.api.ConsiderationsInput;
import uk.nhs.psirf.beingfair.api.VersionInput;
import uk.nhs.psirf.beingfair.service.BeingFairService;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.UUID;

/**
 * The Being Fair tool. Patient safety specialists and workforce partners use it, the Chief Nurse reads it; which
 * records each sees is decided per record by whether they are one of its two users.
 */
@Path("/api/v1/being-fair")
@Produces(MediaType.APPLICATION_JSON)
public class BeingFairResource {
    private final BeingFairService service;

    public BeingFairResource(BeingFairService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.WORKFORCE_PARTNER, Roles.CHIEF_NURSE})
    public BeingFairList listBeingFair() {
        return service.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.WORKFORCE_PARTNER})
    public Response openBeingFair(@NotNull(message = "Send the record as a JSON object") @Valid BeingFairOpenInput body) {
        return Response.status(Response.Status.CREATED).entity(service.open(body)).build();
    }

    @GET
    @Path("/{beingFairId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.WORKFORCE_PARTNER, Roles.CHIEF_NURSE})
    public BeingFairView getBeingFair(@PathParam("beingFairId") @IdOf("The Being Fair record") UUID beingFairId) {
        return service.get(beingFairId);
    }

    @POST
    @Path("/{beingFairId}/join")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.WORKFORCE_PARTNER})
    public BeingFairView joinBeingFair(@PathParam("beingFairId") @IdOf("The Being Fair record") UUID beingFairId) {
        return service.join(beingFairId);
    }

    @PUT
    @Path("/{beingFairId}/considerations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.WORKFORCE_PARTNER})
    public BeingFairView recordBeingFairConsiderations(
            @PathParam("beingFairId") @IdOf("The Being Fair record") UUID beingFairId,
            @NotNull(message = "Send the considerations as a JSON object") @Valid ConsiderationsInput body) {
        return service.consider(beingFairId, body);
    }

    @POST
    @Path("/{beingFairId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.WORKFORCE_PARTNER})
    public BeingFairView answerBeingFair(@PathParam("beingFairId") @IdOf("The Being Fair record") UUID beingFairId,
            @NotNull(message = "Send the answer as a JSON object") @Valid BeingFairAnswerInput body) {
        return service.answer(beingFairId, body);
    }

    @POST
    @Path("/{beingFairId}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.WORKFORCE_PARTNER})
    public Response revisitBeingFair(@PathParam("beingFairId") @IdOf("The Being Fair record") UUID beingFairId,
            @NotNull(message = "Send the version as a JSON object") @Valid VersionInput body) {
        return Response.status(Response.Status.CREATED).entity(service.revisit(beingFairId, body)).build();
    }
}
