package uk.nhs.psirf.people;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.ContributionRows;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.People;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compliance view: gaps per part, responses in the year, and leads under two a year. */
@QuarkusTest
class TrainingComplianceApiTest {
    private static final String COMPLIANCE = "/api/v1/training/compliance";

    @Inject
    AuditTrail auditTrail;

    @Inject
    ContributionRows contributions;

    @Test
    void leadsUnderTwoResponsesInTheYearAreFlaggedAndGapsAreListed() {
        String busy = People.add("Bea Busy");
        String quiet = People.add("Quin Quiet");
        String untrained = People.add("Una Untrained");
        People.trainAsLead(busy);
        People.trainAsLead(quiet);
        for (int i = 0; i < 2; i++) {
            String response = PanelDecisions.approvedResponse("after-action-review");
            contributions.lead(response, busy);
            contributions.createdAt(response, Instant.parse("2024-05-0" + (i + 1) + "T09:00:00Z"));
        }
        String quietResponse = PanelDecisions.approvedResponse("after-action-review");
        contributions.joinTeam(quietResponse, quiet);
        contributions.createdAt(quietResponse, Instant.parse("2024-08-01T09:00:00Z"));

        TestUser chris = Users.chiefNurse();
        var body = Api.as(chris).queryParam("year", 2024).get(COMPLIANCE).then().statusCode(200)
                .body("year", equalTo(2024)).body("minimumResponsesPerYear", equalTo(2)).extract().jsonPath();
        Map<String, Object> busyRow = row(body.getList("people"), busy);
        Map<String, Object> quietRow = row(body.getList("people"), quiet);
        Map<String, Object> untrainedRow = row(body.getList("people"), untrained);
        assertTrue(busyRow.get("lead").equals(true) && busyRow.get("belowMinimumResponses").equals(false)
                && ((Number) busyRow.get("responsesInYear")).intValue() == 2);
        assertTrue(quietRow.get("lead").equals(true) && quietRow.get("belowMinimumResponses").equals(true)
                && ((Number) quietRow.get("responsesInYear")).intValue() == 1);
        assertTrue(untrainedRow.get("lead").equals(false) && untrainedRow.get("belowMinimumResponses").equals(false));
        assertTrue(auditTrail.hasEntry(chris.sub(), "list", "training compliance 2024"));
    }

    @Test
    void inactivePeopleAreLeftOut() {
        String gone = People.add("Gus Gone");
        Api.as(Users.specialist()).contentType("application/json").body(Map.of("version", 0, "name", "Gus Gone",
                "email", People.uniqueEmail("Gus Gone"), "active", false)).put(People.PEOPLE + "/" + gone)
                .then().statusCode(200);
        Api.as(Users.specialist()).get(COMPLIANCE).then().statusCode(200)
                .body("people.personId", not(hasItem(gone)));
    }

    @Test
    void aYearThatIsNotANumberIsRefusedNamingTheParameter() {
        Api.invalidRequestAs(Users.specialist()).queryParam("year", "last").get(COMPLIANCE).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void staffCannotSeeTheComplianceViewAndTheRefusalIsAudited() {
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).get(COMPLIANCE).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET " + COMPLIANCE));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(List<Object> rows, String personId) {
        return rows.stream().map(r -> (Map<String, Object>) r).filter(r -> personId.equals(r.get("personId")))
                .findFirst().orElseThrow();
    }
}
