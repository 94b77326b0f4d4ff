package uk.nhs.psirf.people.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.people.api.TrainingRecordView;
import uk.nhs.psirf.people.service.PeopleQueryService;
import uk.nhs.psirf.platform.security.Roles;

/** Anyone signed in may read their own training record, matched by the e-mail address of their sign-in. */
@Path("/api/v1/me/training")
@Produces(MediaType.APPLICATION_JSON)
public class MyTrainingResource {
    private final PeopleQueryService queries;

    public MyTrainingResource(PeopleQueryService queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.LEARNING_RESPONSE_LEAD,
            Roles.COACH, Roles.PATIENT_SAFETY_PARTNER, Roles.WORKFORCE_PARTNER, Roles.IMPROVEMENT_ADVISOR})
    public TrainingRecordView getMyTraining() {
        return queries.mine();
    }
}
