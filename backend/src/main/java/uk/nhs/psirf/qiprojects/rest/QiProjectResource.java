package uk.nhs.psirf.qiprojects.rest;

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
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;
import uk.nhs.psirf.qiprojects.api.DataPointsInput;
import uk.nhs.psirf.qiprojects.api.MeasureInput;
import uk.nhs.psirf.qiprojects.api.PdsaCycleInput;
import uk.nhs.psirf.qiprojects.api.ProjectOptions;
import uk.nhs.psirf.qiprojects.api.ProjectUpdateInput;
import uk.nhs.psirf.qiprojects.api.QiProjectInput;
import uk.nhs.psirf.qiprojects.api.QiProjectSummary;
import uk.nhs.psirf.qiprojects.api.QiProjectView;
import uk.nhs.psirf.qiprojects.api.RunChartView;
import uk.nhs.psirf.qiprojects.service.QiProjectService;

import java.util.List;
import java.util.UUID;

/**
 * QI projects: coaches and the improvement advisor run them, sponsors and team members (staff) take part; which
 * project each caller may see or change is decided per record by the service.
 */
@Path("/api/v1/qi-projects")
@Produces(MediaType.APPLICATION_JSON)
public class QiProjectResource {
    private final QiProjectService projects;

    public QiProjectResource(QiProjectService projects) {
        this.projects = projects;
    }

    @GET
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF})
    public List<QiProjectSummary> listQiProjects() {
        return projects.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR})
    public Response startQiProject(@NotNull(message = "Send the project as a JSON object") @Valid QiProjectInput body) {
        return Response.status(Response.Status.CREATED).entity(projects.start(body)).build();
    }

    @GET
    @Path("/options")
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR})
    public ProjectOptions getQiProjectOptions(@QueryParam("search") String search) {
        return projects.options(search);
    }

    @GET
    @Path("/{projectId}")
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF})
    public QiProjectView getQiProject(@PathParam("projectId") @IdOf("The QI project") UUID projectId) {
        return projects.view(projectId);
    }

    @PUT
    @Path("/{projectId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR})
    public QiProjectView updateQiProject(@PathParam("projectId") @IdOf("The QI project") UUID projectId,
            @NotNull(message = "Send the project as a JSON object") @Valid QiProjectInput body) {
        return projects.change(projectId, body);
    }

    @POST
    @Path("/{projectId}/measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF})
    public Response addQiMeasure(@PathParam("projectId") @IdOf("The QI project") UUID projectId,
            @NotNull(message = "Send the measure as a JSON object") @Valid MeasureInput body) {
        return Response.status(Response.Status.CREATED).entity(projects.addMeasure(projectId, body)).build();
    }

    @GET
    @Path("/{projectId}/measures/{measureId}")
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF})
    public RunChartView getQiRunChart(@PathParam("projectId") @IdOf("The QI project") UUID projectId,
            @PathParam("measureId") @IdOf("The measure") UUID measureId) {
        return projects.runChart(projectId, measureId);
    }

    @POST
    @Path("/{projectId}/measures/{measureId}/data-points")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF})
    public Response addQiDataPoints(@PathParam("projectId") @IdOf("The QI project") UUID projectId,
            @PathParam("measureId") @IdOf("The measure") UUID measureId,
            @NotNull(message = "Send the values as a JSON object") @Valid DataPointsInput body) {
        return Response.status(Response.Status.CREATED).entity(projects.addPoints(projectId, measureId, body)).build();
    }

    @POST
    @Path("/{projectId}/pdsa-cycles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF})
    public Response addQiPdsaCycle(@PathParam("projectId") @IdOf("The QI project") UUID projectId,
            @NotNull(message = "Send the cycle as a JSON object") @Valid PdsaCycleInput body) {
        return Response.status(Response.Status.CREATED).entity(projects.addCycle(projectId, body)).build();
    }

    @POST
    @Path("/{projectId}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF})
    public Response postQiProjectUpdate(@PathParam("projectId") @IdOf("The QI project") UUID projectId,
            @NotNull(message = "Send the update as a JSON object") @Valid ProjectUpdateInput body) {
        return Response.status(Response.Status.CREATED).entity(projects.postUpdate(projectId, body)).build();
    }
}
