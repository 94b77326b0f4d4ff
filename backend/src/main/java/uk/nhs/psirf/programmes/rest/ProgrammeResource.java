package uk.nhs.psirf.programmes.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;
import uk.nhs.psirf.programmes.api.MaterialInput;
import uk.nhs.psirf.programmes.api.ProgrammeInput;
import uk.nhs.psirf.programmes.api.ProgrammeSummary;
import uk.nhs.psirf.programmes.api.ProgrammeView;
import uk.nhs.psirf.programmes.api.SessionInput;
import uk.nhs.psirf.programmes.service.MaterialDownload;
import uk.nhs.psirf.programmes.service.ProgrammeService;

import java.util.List;
import java.util.UUID;

/**
 * The trust's training programmes: every member of staff and every coach reads them; the improvement advisors and
 * the patient safety specialists keep them. Material downloads are attachments, never shown inline by the browser.
 */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {
    private final ProgrammeService programmes;

    public ProgrammeResource(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public List<ProgrammeSummary> listProgrammes() {
        return programmes.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.IMPROVEMENT_ADVISOR, Roles.PATIENT_SAFETY_SPECIALIST})
    public Response createProgramme(@NotNull(message = "Send the programme as a JSON object") @Valid ProgrammeInput body) {
        return Response.status(Response.Status.CREATED).entity(programmes.create(body)).build();
    }

    @GET
    @Path("/{programmeId}")
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public ProgrammeView getProgramme(@PathParam("programmeId") @IdOf("The programme") UUID programmeId) {
        return programmes.view(programmeId);
    }

    @POST
    @Path("/{programmeId}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.IMPROVEMENT_ADVISOR, Roles.PATIENT_SAFETY_SPECIALIST})
    public Response addProgrammeSession(@PathParam("programmeId") @IdOf("The programme") UUID programmeId,
            @NotNull(message = "Send the session as a JSON object") @Valid SessionInput body) {
        return Response.status(Response.Status.CREATED).entity(programmes.addSession(programmeId, body)).build();
    }

    @POST
    @Path("/{programmeId}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.IMPROVEMENT_ADVISOR, Roles.PATIENT_SAFETY_SPECIALIST})
    public Response addProgrammeMaterial(@PathParam("programmeId") @IdOf("The programme") UUID programmeId,
            @NotNull(message = "Send the material as a JSON object") @Valid MaterialInput body) {
        return Response.status(Response.Status.CREATED).entity(programmes.addMaterial(programmeId, body)).build();
    }

    @GET
    @Path("/{programmeId}/materials/{materialId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public Response getProgrammeMaterialContent(@PathParam("programmeId") @IdOf("The programme") UUID programmeId,
            @PathParam("materialId") @IdOf("The material") UUID materialId) {
        MaterialDownload content = programmes.materialContent(programmeId, materialId);
        return Response.ok(content.bytes(), content.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + content.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
