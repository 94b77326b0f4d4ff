package uk.nhs.psirf.coaches.rest;

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
import uk.nhs.psirf.coaches.api.CoachInput;
import uk.nhs.psirf.coaches.api.CoachSummary;
import uk.nhs.psirf.coaches.api.CoachSupervisionInput;
import uk.nhs.psirf.coaches.api.CoachView;
import uk.nhs.psirf.coaches.service.CoachRegisterService;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.List;
import java.util.UUID;

/** The coach register: kept by the improvement advisors; a coach reads their own entry. */
@Path("/api/v1/coaches")
@Produces(MediaType.APPLICATION_JSON)
public class CoachResource {
    private final CoachRegisterService register;

    public CoachResource(CoachRegisterService register) {
        this.register = register;
    }

    @GET
    @RolesAllowed(Roles.IMPROVEMENT_ADVISOR)
    public List<CoachSummary> listCoaches() {
        return register.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.IMPROVEMENT_ADVISOR)
    public Response registerCoach(@NotNull(message = "Send the coach as a JSON object") @Valid CoachInput body) {
        return Response.status(Response.Status.CREATED).entity(register.register(body)).build();
    }

    @GET
    @Path("/{coachId}")
    @RolesAllowed({Roles.IMPROVEMENT_ADVISOR, Roles.COACH})
    public CoachView getCoach(@PathParam("coachId") @IdOf("The coach") UUID coachId) {
        return register.view(coachId);
    }

    @PUT
    @Path("/{coachId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.IMPROVEMENT_ADVISOR)
    public CoachView updateCoach(@PathParam("coachId") @IdOf("The coach") UUID coachId,
            @NotNull(message = "Send the coach as a JSON object") @Valid CoachInput body) {
        return register.change(coachId, body);
    }

    @POST
    @Path("/{coachId}/supervision-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.IMPROVEMENT_ADVISOR)
    public Response recordCoachSupervisionSession(@PathParam("coachId") @IdOf("The coach") UUID coachId,
            @NotNull(message = "Send the session as a JSON object") @Valid CoachSupervisionInput body) {
        return Response.status(Response.Status.CREATED).entity(register.recordSession(coachId, body)).build();
    }
}
