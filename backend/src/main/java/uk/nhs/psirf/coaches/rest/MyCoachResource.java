package uk.nhs.psirf.coaches.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.coaches.api.CoachView;
import uk.nhs.psirf.coaches.service.CoachRegisterService;
import uk.nhs.psirf.platform.security.Roles;

/** A coach reads their own entry of the register: their work, hours and supervision. */
@Path("/api/v1/me/coach")
@Produces(MediaType.APPLICATION_JSON)
public class MyCoachResource {
    private final CoachRegisterService register;

    public MyCoachResource(CoachRegisterService register) {
        this.register = register;
    }

    @GET
    @RolesAllowed(Roles.COACH)
    public CoachView getMyCoach() {
        return register.mine();
    }
}
