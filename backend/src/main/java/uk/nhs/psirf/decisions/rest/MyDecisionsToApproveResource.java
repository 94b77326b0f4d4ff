package uk.nhs.psirf.decisions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.decisions.api.DecisionToApproveList;
import uk.nhs.psirf.decisions.service.DecisionQueryService;
import uk.nhs.psirf.platform.security.Roles;

/** The decisions awaiting the signed-in chair's approval: a chair may hold any of these roles. */
@Path("/api/v1/me/decisions-to-approve")
@Produces(MediaType.APPLICATION_JSON)
public class MyDecisionsToApproveResource {
    private final DecisionQueryService queries;

    public MyDecisionsToApproveResource(DecisionQueryService queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public DecisionToApproveList listMyDecisionsToApprove() {
        return queries.awaitingMyApproval();
    }
}
