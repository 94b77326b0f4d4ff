package uk.nhs.psirf.triage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;
import uk.nhs.psirf.triage.api.EventDocumentInput;
import uk.nhs.psirf.triage.api.EventDocumentView;
import uk.nhs.psirf.triage.service.DocumentContent;
import uk.nhs.psirf.triage.service.EventDocumentService;

import java.util.List;
import java.util.UUID;

/** The documents to review for an event; downloads are attachments, never shown inline by the browser. */
@Path("/api/v1/events/{eventId}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class EventDocumentResource {
    private final EventDocumentService documents;

    public EventDocumentResource(EventDocumentService documents) {
        this.documents = documents;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public List<EventDocumentView> listEventDocuments(@PathParam("eventId") @IdOf("The event") UUID eventId) {
        return documents.list(eventId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public Response addEventDocument(@PathParam("eventId") @IdOf("The event") UUID eventId,
            @NotNull(message = "Send the document as a JSON object") @Valid EventDocumentInput body,
            @Context UriInfo uriInfo) {
        EventDocumentView added = documents.add(eventId, body);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/events/{eventId}/documents/{documentId}/content").build(eventId, added.id()))
                .entity(added).build();
    }

    @GET
    @Path("/{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public Response getEventDocumentContent(@PathParam("eventId") @IdOf("The event") UUID eventId,
                                            @PathParam("documentId") @IdOf("The document") UUID documentId) {
        DocumentContent content = documents.content(eventId, documentId);
        return Response.ok(content.bytes(), content.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + content.fileName() + "\"")
                .build();
    }
}
