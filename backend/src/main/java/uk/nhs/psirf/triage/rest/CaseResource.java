package uk.nhs.psirf.triage.rest;

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
import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;
import uk.nhs.psirf.triage.api.CaseInput;
import uk.nhs.psirf.triage.api.CasePage;
import uk.nhs.psirf.triage.api.CaseUpdate;
import uk.nhs.psirf.triage.api.CaseView;
import uk.nhs.psirf.triage.service.CaseQueryService;
import uk.nhs.psirf.triage.service.CaseService;

import java.util.UUID;

/** Cases: several events reviewed together (multi-incident review, a theme). */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
    private final CaseService cases;
    private final CaseQueryService queries;

    public CaseResource(CaseService cases, CaseQueryService queries) {
        this.cases = cases;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public CasePage listCases(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        var pageRequest = params.page(page, size);
        params.throwIfInvalid();
        return queries.list(pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public Response createCase(@NotNull(message = "Send the case as a JSON object") @Valid CaseInput body,
                               @Context UriInfo uriInfo) {
        CaseView created = cases.create(body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/cases/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public CaseView getCase(@PathParam("caseId") @IdOf("The case") UUID caseId) {
        return queries.get(caseId);
    }

    @PUT
    @Path("/{caseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public CaseView updateCase(@PathParam("caseId") @IdOf("The case") UUID caseId,
                               @NotNull(message = "Send the case as a JSON object") @Valid CaseUpdate body) {
        return cases.update(caseId, body);
    }
}
