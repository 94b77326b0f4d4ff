package uk.nhs.psirf.people.rest;

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
import uk.nhs.psirf.people.api.CpdEntryInput;
import uk.nhs.psirf.people.api.CpdEntryView;
import uk.nhs.psirf.people.api.PersonInput;
import uk.nhs.psirf.people.api.PersonPage;
import uk.nhs.psirf.people.api.PersonUpdate;
import uk.nhs.psirf.people.api.PersonView;
import uk.nhs.psirf.people.api.TrainingRecordInput;
import uk.nhs.psirf.people.api.TrainingRecordView;
import uk.nhs.psirf.people.domain.TrainingRole;
import uk.nhs.psirf.people.domain.TrainingRoleCodes;
import uk.nhs.psirf.people.service.PeopleQueryService;
import uk.nhs.psirf.people.service.PeopleService;
import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.web.IdOf;

import java.util.UUID;

/** The people who run learning responses and their training records (policy §4). */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {
    private final PeopleService people;
    private final PeopleQueryService queries;

    public PeopleResource(PeopleService people, PeopleQueryService queries) {
        this.people = people;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.IMPROVEMENT_ADVISOR})
    public PersonPage listPeople(@QueryParam("search") String search, @QueryParam("qualifiedFor") String qualifiedFor,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        String text = params.text("search", search, 200).map(String::trim).orElse(null);
        TrainingRole role = params.code("qualifiedFor", qualifiedFor, TrainingRoleCodes::fromCode).orElse(null);
        var pageRequest = params.page(page, size);
        params.throwIfInvalid();
        return queries.list(text, role, pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public Response createPerson(@NotNull(message = "Send the person as a JSON object") @Valid PersonInput body,
                                 @Context UriInfo uriInfo) {
        PersonView created = people.create(body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/people/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/{personId}")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public PersonView getPerson(@PathParam("personId") @IdOf("The person") UUID personId) {
        return queries.person(personId);
    }

    @PUT
    @Path("/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public PersonView updatePerson(@PathParam("personId") @IdOf("The person") UUID personId,
                                   @NotNull(message = "Send the person as a JSON object") @Valid PersonUpdate body) {
        return people.update(personId, body);
    }

    @GET
    @Path("/{personId}/training")
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public TrainingRecordView getTrainingRecord(@PathParam("personId") @IdOf("The person") UUID personId) {
        return queries.training(personId);
    }

    @PUT
    @Path("/{personId}/training")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public TrainingRecordView updateTrainingRecord(@PathParam("personId") @IdOf("The person") UUID personId,
            @NotNull(message = "Send the training record as a JSON object") @Valid TrainingRecordInput body) {
        return people.updateTraining(personId, body);
    }

    @POST
    @Path("/{personId}/training/cpd-entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PATIENT_SAFETY_SPECIALIST)
    public Response addCpdEntry(@PathParam("personId") @IdOf("The person") UUID personId,
                                @NotNull(message = "Send the CPD entry as a JSON object") @Valid CpdEntryInput body) {
        CpdEntryView added = people.addCpd(personId, body);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }
}
