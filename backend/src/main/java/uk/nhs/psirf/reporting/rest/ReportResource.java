package uk.nhs.psirf.reporting.rest;

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
import uk.nhs.psirf.reporting.api.EventDetail;
import uk.nhs.psirf.reporting.api.EventPage;
import uk.nhs.psirf.reporting.api.NewEventReport;
import uk.nhs.psirf.reporting.api.ReporterFeedback;
import uk.nhs.psirf.reporting.service.EventQueryService;
import uk.nhs.psirf.reporting.service.FeedbackService;
import uk.nhs.psirf.reporting.service.ReportingService;

import java.util.UUID;

/** Reporting an event, the reporter's own reports, one event as the caller may see it, and learning shared back. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
    private final ReportingService reporting;
    private final EventQueryService queries;
    private final FeedbackService feedback;

    public ReportResource(ReportingService reporting, EventQueryService queries, FeedbackService feedback) {
        this.reporting = reporting;
        this.queries = queries;
        this.feedback = feedback;
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
    public EventDetail getEvent(@PathParam("eventId") @IdOf("The event") UUID eventId) {
        return queries.event(eventId);
    }

    @PUT
    @Path("/{eventId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public EventDetail shareLearningWithReporter(@PathParam("eventId") @IdOf("The event") UUID eventId,
            @NotNull(message = "Send the learning as a JSON object") @Valid ReporterFeedback body) {
        return feedback.shareLearning(eventId, body);
    }
}
