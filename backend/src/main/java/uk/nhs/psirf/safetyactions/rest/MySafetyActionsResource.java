package uk.nhs.psirf.safetyactions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.safetyactions.api.MySafetyActionList;
import uk.nhs.psirf.safetyactions.service.SafetyActionQueryService;
import uk.nhs.psirf.platform.security.Roles;

/** The safety actions the caller owns: every staff role may own one. */
@Path("/api/v1/me/actions")
@Produces(MediaType.APPLICATION_JSON)
public class MySafetyActionsResource {
    private final SafetyActionQueryService queries;

    public MySafetyActionsResource(SafetyActionQueryService queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public MySafetyActionList listMySafetyActions() {
        return queries.mine();
    }
}
