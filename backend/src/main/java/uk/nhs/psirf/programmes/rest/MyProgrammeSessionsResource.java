package uk.nhs.psirf.programmes.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.programmes.api.MySessions;
import uk.nhs.psirf.programmes.service.ProgrammeService;

/** The caller's own programme sessions, matched by the e-mail address of their sign-in. */
@Path("/api/v1/me/programme-sessions")
@Produces(MediaType.APPLICATION_JSON)
public class MyProgrammeSessionsResource {
    private final ProgrammeService programmes;

    public MyProgrammeSessionsResource(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public MySessions listMyProgrammeSessions() {
        return programmes.mine();
    }
}
