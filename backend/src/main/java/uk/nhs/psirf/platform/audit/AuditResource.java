package uk.nhs.psirf.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.security.Roles;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditQueryService service;

    public AuditResource(AuditQueryService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public AuditPage listAuditEntries(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
                                      @QueryParam("entityId") String entityId, @QueryParam("action") String action,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        AuditFilter filter = new AuditFilter(
                params.text("actor", actor, 100),
                params.text("entityType", entityType, 50),
                params.text("entityId", entityId, 100),
                params.code("action", action, AuditAction::fromCode),
                params.instant("from", from),
                params.instant("to", to));
        var pageRequest = params.page(page, size);
        params.throwIfInvalid();
        return service.list(filter, pageRequest);
    }
}
