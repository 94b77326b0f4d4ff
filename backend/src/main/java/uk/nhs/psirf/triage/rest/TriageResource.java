package uk.nhs.psirf.triage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;
import uk.nhs.psirf.reference.ReferenceData;
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.api.EventPage;
import uk.nhs.psirf.reporting.domain.TriageFilter;
import uk.nhs.psirf.triage.api.DuplicateMark;
import uk.nhs.psirf.triage.api.TriageUpdate;
import uk.nhs.psirf.triage.service.DuplicateService;
import uk.nhs.psirf.triage.service.EventExportService;
import uk.nhs.psirf.triage.service.TriageQueueService;
import uk.nhs.psirf.triage.service.TriageService;

import java.util.UUID;

/** The patient safety team's work on reported events: the triage queue and its export, triage, duplicates. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {
    private final TriageService triage;
    private final TriageQueueService queue;
    private final EventExportService export;
    private final DuplicateService duplicates;
    private final ReferenceData referenceData;

    public TriageResource(TriageService triage, TriageQueueService queue, EventExportService export,
                          DuplicateService duplicates, ReferenceData referenceData) {
        this.triage = triage;
        this.queue = queue;
        this.export = export;
        this.duplicates = duplicates;
        this.referenceData = referenceData;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public EventPage listTriageQueue(@QueryParam("status") String status,
                                     @QueryParam("physicalHarm") String physicalHarm,
                                     @QueryParam("category") String category,
                                     @QueryParam("occurredFrom") String occurredFrom,
                                     @QueryParam("occurredTo") String occurredTo,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        TriageFilter filter = TriageFilterParams.parse(params, referenceData, status, physicalHarm, category,
                occurredFrom, occurredTo);
        var pageRequest = params.page(page, size);
        params.throwIfInvalid();
        return queue.triageQueue(filter, pageRequest);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public Response exportTriageQueue(@QueryParam("status") String status,
                                      @QueryParam("physicalHarm") String physicalHarm,
                                      @QueryParam("category") String category,
                                      @QueryParam("occurredFrom") String occurredFrom,
                                      @QueryParam("occurredTo") String occurredTo) {
        QueryParams params = new QueryParams();
        TriageFilter filter = TriageFilterParams.parse(params, referenceData, status, physicalHarm, category,
                occurredFrom, occurredTo);
        params.throwIfInvalid();
        return Response.ok(export.export(filter), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"patient-safety-events.csv\"")
                .build();
    }

    @PUT
    @Path("/{eventId}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public EventDetail updateTriage(@PathParam("eventId") @IdOf("The event") UUID eventId,
                                    @NotNull(message = "Send the triage as a JSON object") @Valid TriageUpdate body) {
        return triage.triage(eventId, body);
    }

    @PUT
    @Path("/{eventId}/duplicate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public EventDetail markEventDuplicate(@PathParam("eventId") @IdOf("The event") UUID eventId,
            @NotNull(message = "Send the duplicate as a JSON object") @Valid DuplicateMark body) {
        return duplicates.markDuplicate(eventId, body);
    }
}
