package uk.nhs.psirf.incident.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import uk.nhs.psirf.incident.api.DuplicateMark;
import uk.nhs.psirf.incident.api.EventDetail;
import uk.nhs.psirf.incident.api.EventPage;
import uk.nhs.psirf.incident.api.NewEventReport;
import uk.nhs.psirf.incident.api.ReporterFeedback;
import uk.nhs.psirf.incident.api.TriageUpdate;
import uk.nhs.psirf.incident.domain.TriageFilter;
import uk.nhs.psirf.incident.service.DuplicateService;
import uk.nhs.psirf.incident.service.EventExportService;
import uk.nhs.psirf.incident.service.EventQueryService;
import uk.nhs.psirf.incident.service.FeedbackService;
import uk.nhs.psirf.incident.service.ReportingService;
import uk.nhs.psirf.incident.service.TriageService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.reference.ReferenceData;

import java.util.UUID;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    private final ReportingService reporting;
    private final TriageService triage;
    private final EventQueryService queries;
    private final EventExportService export;
    private final DuplicateService duplicates;
    private final FeedbackService feedback;
    private final ReferenceData referenceData;

    public EventResource(ReportingService reporting, TriageService triage, EventQueryService queries,
                         EventExportService export, DuplicateService duplicates, FeedbackService feedback,
                         ReferenceData referenceData) {
        this.reporting = reporting;
        this.triage = triage;
        this.queries = queries;
        this.export = export;
        this.duplicates = duplicates;
        this.feedback = feedback;
        this.referenceData = referenceData;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    public Response reportEvent(@NotNull(message = "Send the report as a JSON object") @Valid NewEventReport body,
                                @Context UriInfo uriInfo) {
        EventDetail created = reporting.report(body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/events/{id}").build(created.id()))
                .entity(created).build();
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
        return queries.triageQueue(filter, pageRequest);
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

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.STAFF)
    public EventPage listMyReports(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        var pageRequest = params.page(page, size);
        params.throwIfInvalid();
        return queries.myReports(pageRequest);
    }

    @GET
    @Path("/{eventId}")
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD})
    public EventDetail getEvent(@PathParam("eventId") String eventId) {
        return queries.event(parseId(eventId));
    }

    @PUT
    @Path("/{eventId}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public EventDetail updateTriage(@PathParam("eventId") String eventId,
                                    @NotNull(message = "Send the triage as a JSON object") @Valid TriageUpdate body) {
        return triage.triage(parseId(eventId), body);
    }

    @PUT
    @Path("/{eventId}/duplicate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public EventDetail markEventDuplicate(@PathParam("eventId") String eventId,
            @NotNull(message = "Send the duplicate as a JSON object") @Valid DuplicateMark body) {
        return duplicates.markDuplicate(parseId(eventId), body);
    }

    @PUT
    @Path("/{eventId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public EventDetail shareLearningWithReporter(@PathParam("eventId") String eventId,
            @NotNull(message = "Send the learning as a JSON object") @Valid ReporterFeedback body) {
        return feedback.shareLearning(parseId(eventId), body);
    }

    /** A malformed id cannot name an event: 404, as for an id that names none. */
    static UUID parseId(String eventId) {
        try {
            return UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("The event");
        }
    }
}
