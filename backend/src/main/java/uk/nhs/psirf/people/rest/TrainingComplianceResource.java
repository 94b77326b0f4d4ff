package uk.nhs.psirf.people.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.nhs.psirf.people.api.ComplianceReport;
import uk.nhs.psirf.people.service.PeopleQueryService;
import uk.nhs.psirf.platform.query.QueryParams;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.time.ClockProducer;

import java.time.Clock;
import java.time.LocalDate;

/** Who lacks which training, and which leads contributed to fewer than two responses in a year (policy §4). */
@Path("/api/v1/training/compliance")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingComplianceResource {
    private final PeopleQueryService queries;
    private final Clock clock;

    public TrainingComplianceResource(PeopleQueryService queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE})
    public ComplianceReport getTrainingCompliance(@QueryParam("year") String year) {
        QueryParams params = new QueryParams();
        int wanted = params.integer("year", year, 2000, 2100)
                .orElseGet(() -> LocalDate.now(clock.withZone(ClockProducer.UK)).getYear());
        params.throwIfInvalid();
        return queries.compliance(wanted);
    }
}
