package uk.nhs.psirf.programmes.rest;

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
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;
import uk.nhs.psirf.programmes.api.AttendanceInput;
import uk.nhs.psirf.programmes.api.SessionInput;
import uk.nhs.psirf.programmes.api.SessionView;
import uk.nhs.psirf.programmes.service.ProgrammeService;

import java.util.UUID;

/** One session of a programme and its register. */
@Path("/api/v1/programme-sessions/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeSessionResource {
    private final ProgrammeService programmes;

    public ProgrammeSessionResource(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public SessionView getProgrammeSession(@PathParam("sessionId") @IdOf("The session") UUID sessionId) {
        return programmes.session(sessionId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.IMPROVEMENT_ADVISOR, Roles.PATIENT_SAFETY_SPECIALIST})
    public SessionView updateProgrammeSession(@PathParam("sessionId") @IdOf("The session") UUID sessionId,
            @NotNull(message = "Send the session as a JSON object") @Valid SessionInput body) {
        return programmes.changeSession(sessionId, body);
    }

    @PUT
    @Path("/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.IMPROVEMENT_ADVISOR, Roles.PATIENT_SAFETY_SPECIALIST})
    public SessionView recordProgrammeAttendance(@PathParam("sessionId") @IdOf("The session") UUID sessionId,
            @NotNull(message = "Send the register as a JSON object") @Valid AttendanceInput body) {
        return programmes.recordAttendance(sessionId, body);
    }
}
