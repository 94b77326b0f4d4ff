package uk.nhs.psirf.partners.rest;

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
import uk.nhs.psirf.partners.api.PartnerInput;
import uk.nhs.psirf.partners.api.PartnerSummary;
import uk.nhs.psirf.partners.api.PartnerView;
import uk.nhs.psirf.partners.api.SessionInput;
import uk.nhs.psirf.partners.service.PartnerRegisterService;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.List;
import java.util.UUID;

/** The register of patient safety partners: kept by the patient safety team, read by the Chief Nurse. */
@Path("/api/v1/patient-safety-partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {
    private final PartnerRegisterService register;

    public PartnerResource(PartnerRegisterService register) {
        this.register = register;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public List<PartnerSummary> listPartners() {
        return register.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public Response registerPartner(@NotNull(message = "Send the partner as a JSON object") @Valid PartnerInput body) {
        return Response.status(Response.Status.CREATED).entity(register.register(body)).build();
    }

    @GET
    @Path("/{partnerId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public PartnerView getPartner(@PathParam("partnerId") @IdOf("The patient safety partner") UUID partnerId) {
        return register.view(partnerId);
    }

    @PUT
    @Path("/{partnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public PartnerView updatePartner(@PathParam("partnerId") @IdOf("The patient safety partner") UUID partnerId,
            @NotNull(message = "Send the partner as a JSON object") @Valid PartnerInput body) {
        return register.change(partnerId, body);
    }

    @POST
    @Path("/{partnerId}/supervision-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public Response recordSupervisionSession(@PathParam("partnerId") @IdOf("The patient safety partner") UUID partnerId,
            @NotNull(message = "Send the session as a JSON object") @Valid SessionInput body) {
        return Response.status(Response.Status.CREATED).entity(register.recordSession(partnerId, body)).build();
    }
}
