package uk.nhs.psirf.partners.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.partners.api.PartnerView;
import uk.nhs.psirf.partners.service.PartnerRegisterService;
import uk.nhs.psirf.platform.security.Roles;

/** A patient safety partner reads their own entry of the register: who supports them and their supervision. */
@Path("/api/v1/me/patient-safety-partner")
@Produces(MediaType.APPLICATION_JSON)
public class MyPartnershipResource {
    private final PartnerRegisterService register;

    public MyPartnershipResource(PartnerRegisterService register) {
        this.register = register;
    }

    @GET
    @RolesAllowed(Roles.PATIENT_SAFETY_PARTNER)
    public PartnerView getMyPartnership() {
        return register.mine();
    }
}
