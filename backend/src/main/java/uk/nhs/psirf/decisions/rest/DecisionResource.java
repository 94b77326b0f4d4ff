package uk.nhs.psirf.decisions.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.nhs.psirf.decisions.api.DecisionApproval;
import uk.nhs.psirf.decisions.api.DecisionInput;
import uk.nhs.psirf.decisions.api.DecisionPage;
import uk.nhs.psirf.decisions.api.DecisionUpdate;
import uk.nhs.psirf.decisions.api.DecisionView;
import uk.nhs.psirf.decisions.api.ResponseProposalView;
import uk.nhs.psirf.decisions.domain.DecisionStatus;
import uk.nhs.psirf.decisions.persistence.DecisionFilter;
import uk.nhs.psirf.decisions.service.DecisionQueryService;
import uk.nhs.psirf.decisions.service.DecisionService;
import uk.nhs.psirf.decisions.service.ProposalService;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.UUID;

/**
 * Panel decisions on the response to an event or a case, proposed by the rules and approved by the chair. A caller
 * whose roles are staff-level reads and approves only the decisions whose panel they chair.
 */
@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {
    private final DecisionService decisions;
    private final DecisionQueryService queries;
    private final ProposalService proposals;

    public DecisionResource(DecisionService decisions, DecisionQueryService queries, ProposalService proposals) {
        this.decisions = decisions;
        this.queries = queries;
        this.proposals = proposals;
    }

    @GET
    @Path("/proposal")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public ResponseProposalView getResponseProposal(@QueryParam("eventId") String eventId,
                                                    @QueryParam("caseId") String caseId) {
        QueryParams params = new QueryParams();
        UUID event = params.id("eventId", eventId).orElse(null);
        UUID triageCase = params.id("caseId", caseId).orElse(null);
        params.throwIfInvalid();
        if ((event == null) == (triageCase == null)) {
            params.addError(event == null
                    ? new FieldError("eventId", FieldErrorCode.REQUIRED, "Give the event or the case")
                    : new FieldError("eventId", FieldErrorCode.EVENT_OR_CASE,
                            "Give either an event or a case, not both"));
            params.throwIfInvalid();
        }
        return proposals.propose(event, triageCase);
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public DecisionPage listDecisions(@QueryParam("eventId") String eventId, @QueryParam("caseId") String caseId,
                                      @QueryParam("status") String status, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        DecisionFilter filter = new DecisionFilter(params.id("eventId", eventId).orElse(null),
                params.id("caseId", caseId).orElse(null),
                params.code("status", status, DecisionStatus::fromCode).orElse(null));
        var pageRequest = params.page(page, size);
        params.throwIfInvalid();
        return queries.list(filter, pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public Response recordDecision(@NotNull(message = "Send the decision as a JSON object") @Valid DecisionInput body,
                                   @Context UriInfo uriInfo) {
        DecisionView created = decisions.record(body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/decisions/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/{decisionId}")
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public DecisionView getDecision(@PathParam("decisionId") @IdOf("The decision") UUID decisionId) {
        return queries.decision(decisionId);
    }

    @PUT
    @Path("/{decisionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public DecisionView updateDecision(@PathParam("decisionId") @IdOf("The decision") UUID decisionId,
            @NotNull(message = "Send the decision as a JSON object") @Valid DecisionUpdate body) {
        return decisions.revise(decisionId, body);
    }

    @POST
    @Path("/{decisionId}/chair-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public DecisionView approveDecision(@PathParam("decisionId") @IdOf("The decision") UUID decisionId,
            @NotNull(message = "Send the approval as a JSON object") @Valid DecisionApproval body) {
        return decisions.approve(decisionId, body);
    }
}
