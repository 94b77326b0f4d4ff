package uk.nhs.psirf.decisions;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.DecisionRows;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.ResponsePlans;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the rules and the plan in force propose for an event or a case, and who may ask. */
@QuarkusTest
class ResponseProposalApiTest {
    private static final String PROPOSAL = "/api/v1/decisions/proposal";

    @Inject
    AuditTrail auditTrail;

    @Inject
    DecisionRows rows;

    private String planId;

    /** A plan of our own in force: pressure ulcers get a multi-incident review, nothing is planned for falls. */
    @BeforeEach
    void putAPlanInForce() {
        planId = ResponsePlans.draft(Users.specialist(), ResponsePlans.valid());
        ResponsePlans.approve(Users.chiefNurse(), planId);
    }

    @Test
    void theRuleForDeathOrSevereHarmWinsOverThePlan() {
        String severe = Reports.file(Users.staff(), Reports.with("physicalHarm", 2));
        Api.as(Users.specialist()).queryParam("eventId", severe).get(PROPOSAL).then()
                .statusCode(200)
                .body("responseType", equalTo("psii"))
                .body("responseTypeDisplay", containsString("PSII"))
                .body("reason", equalTo("death-or-severe-harm"))
                .body("explanation", containsString("severe harm"));
    }

    @Test
    void thePlanInForceProposesTheResponsePlannedForTheCategory() {
        String event = Reports.file(Users.staff());
        Api.as(Users.chiefNurse()).queryParam("eventId", event).get(PROPOSAL).then()
                .statusCode(200)
                .body("responseType", equalTo("multi-incident-review"))
                .body("reason", equalTo("plan"))
                .body("planVersionId", equalTo(planId))
                .body("planVersionNumber", notNullValue())
                .body("plannedResponse.categoryCode", equalTo("pressure-ulcer"))
                .body("plannedResponse.categoryDisplay", equalTo("Pressure ulcer"));
    }

    @Test
    void aCategoryThePlanDoesNotNameHasNoProposedResponse() {
        String fall = Reports.file(Users.staff(), Reports.with("categoryCode", "fall"));
        Api.as(Users.specialist()).queryParam("eventId", fall).get(PROPOSAL).then()
                .statusCode(200)
                .body("reason", equalTo("no-plan-priority"))
                .body("responseType", nullValue())
                .body("planVersionId", equalTo(planId));
    }

    @Test
    void aCaseIsProposedTheStrongestResponseOverItsEvents() {
        String fall = Reports.file(Users.staff(), Reports.with("categoryCode", "fall"));
        String ulcer = Reports.file(Users.staff());
        String caseId = rows.groupIntoCase("Pressure and falls", fall, ulcer);
        Api.as(Users.specialist()).queryParam("caseId", caseId).get(PROPOSAL).then()
                .statusCode(200)
                .body("responseType", equalTo("multi-incident-review"))
                .body("reason", equalTo("plan"));
    }

    @Test
    void exactlyOneOfEventAndCaseIsGiven() {
        TestUser pat = Users.specialist();
        Api.invalidRequestAs(pat).get(PROPOSAL).then()
                .statusCode(400).body("errors[0].field", equalTo("eventId")).body("errors[0].code", equalTo("required"));
        Api.invalidRequestAs(pat).queryParam("eventId", UUID.randomUUID().toString())
                .queryParam("caseId", UUID.randomUUID().toString()).get(PROPOSAL).then()
                .statusCode(400).body("errors[0].field", equalTo("eventId"));
        Api.invalidRequestAs(pat).queryParam("eventId", "not-an-id").get(PROPOSAL).then()
                .statusCode(400).body("errors[0].field", equalTo("eventId"));
        Api.as(pat).queryParam("eventId", UUID.randomUUID().toString()).get(PROPOSAL).then()
                .statusCode(404).body("code", equalTo("not-found"));
        Api.as(pat).queryParam("caseId", UUID.randomUUID().toString()).get(PROPOSAL).then()
                .statusCode(404);
    }

    @Test
    void staffCannotAskForAProposalAndTheRefusalIsAudited() {
        String event = Reports.file(Users.staff());
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).queryParam("eventId", event).get(PROPOSAL).then()
                .statusCode(403).body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET " + PROPOSAL));
        Api.invalidRequestAs(Users.coach()).queryParam("eventId", event).get(PROPOSAL).then().statusCode(403);
    }
}
