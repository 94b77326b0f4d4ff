package uk.nhs.psirf.coaching.rest;

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
import uk.nhs.psirf.coaching.api.AcceptanceInput;
import uk.nhs.psirf.coaching.api.CoacheeOption;
import uk.nhs.psirf.coaching.api.CoachingContractInput;
import uk.nhs.psirf.coaching.api.CoachingContractSummary;
import uk.nhs.psirf.coaching.api.CoachingContractView;
import uk.nhs.psirf.coaching.api.CoachingRecordInput;
import uk.nhs.psirf.coaching.api.CoachingRecordView;
import uk.nhs.psirf.coaching.api.CoachingTermsView;
import uk.nhs.psirf.coaching.api.CourseInput;
import uk.nhs.psirf.coaching.api.ReviewInput;
import uk.nhs.psirf.coaching.api.SharedCoachingRecord;
import uk.nhs.psirf.coaching.api.SharingInput;
import uk.nhs.psirf.coaching.service.CoacheeSearch;
import uk.nhs.psirf.coaching.service.CoachingService;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.List;
import java.util.UUID;

/** Coaching contracts and their records (004_*): coaches, coachees and the improvement advisors. */
@Path("/api/v1/coaching")
@Produces(MediaType.APPLICATION_JSON)
public class CoachingResource {
    private static final String CONTRACT = "The coaching contract";
    private static final String RECORD = "The coaching record";

    private final CoachingService coaching;
    private final CoacheeSearch coachees;

    public CoachingResource(CoachingService coaching, CoacheeSearch coachees) {
        this.coaching = coaching;
        this.coachees = coachees;
    }

    @GET
    @Path("/terms")
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF})
    public CoachingTermsView getCoachingTerms() {
        return coaching.terms();
    }

    @GET
    @Path("/coachees")
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR})
    public List<CoacheeOption> findCoachees(@QueryParam("search") String search) {
        return coachees.find(search);
    }

    @GET
    @Path("/contracts")
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF})
    public List<CoachingContractSummary> listCoachingContracts() {
        return coaching.list();
    }

    @POST
    @Path("/contracts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR})
    public Response createCoachingContract(
            @NotNull(message = "Send the contract as a JSON object") @Valid CoachingContractInput body) {
        return Response.status(Response.Status.CREATED).entity(coaching.create(body)).build();
    }

    @GET
    @Path("/contracts/{contractId}")
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF})
    public CoachingContractView getCoachingContract(@PathParam("contractId") @IdOf(CONTRACT) UUID contractId) {
        return coaching.view(contractId);
    }

    @POST
    @Path("/contracts/{contractId}/acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.STAFF})
    public CoachingContractView acceptCoachingGroundRules(@PathParam("contractId") @IdOf(CONTRACT) UUID contractId,
            @NotNull(message = "Send the acceptance as a JSON object") @Valid AcceptanceInput body) {
        return coaching.accept(contractId, body);
    }

    @POST
    @Path("/contracts/{contractId}/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COACH)
    public Response recordCoachingSession(@PathParam("contractId") @IdOf(CONTRACT) UUID contractId,
            @NotNull(message = "Send the record as a JSON object") @Valid CoachingRecordInput body) {
        return Response.status(Response.Status.CREATED).entity(coaching.recordSession(contractId, body)).build();
    }

    @PUT
    @Path("/contracts/{contractId}/records/{recordId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COACH)
    public CoachingContractView updateCoachingRecord(@PathParam("contractId") @IdOf(CONTRACT) UUID contractId,
            @PathParam("recordId") @IdOf(RECORD) UUID recordId,
            @NotNull(message = "Send the record as a JSON object") @Valid CoachingRecordInput body) {
        return coaching.changeRecord(contractId, recordId, body);
    }

    @PUT
    @Path("/contracts/{contractId}/records/{recordId}/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COACH)
    public CoachingRecordView shareCoachingRecord(@PathParam("contractId") @IdOf(CONTRACT) UUID contractId,
            @PathParam("recordId") @IdOf(RECORD) UUID recordId,
            @NotNull(message = "Send the sharing as a JSON object") @Valid SharingInput body) {
        return coaching.share(contractId, recordId, body);
    }

    @POST
    @Path("/contracts/{contractId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COACH)
    public CoachingContractView recordCoachingReview(@PathParam("contractId") @IdOf(CONTRACT) UUID contractId,
            @NotNull(message = "Send the review as a JSON object") @Valid ReviewInput body) {
        return coaching.review(contractId, body);
    }

    @PUT
    @Path("/contracts/{contractId}/course")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.IMPROVEMENT_ADVISOR})
    public CoachingContractView updateCoachingCourse(@PathParam("contractId") @IdOf(CONTRACT) UUID contractId,
            @NotNull(message = "Send the course progress as a JSON object") @Valid CourseInput body) {
        return coaching.course(contractId, body);
    }

    @GET
    @Path("/shared-records")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public List<SharedCoachingRecord> listSharedCoachingRecords() {
        return coaching.shared();
    }
}
