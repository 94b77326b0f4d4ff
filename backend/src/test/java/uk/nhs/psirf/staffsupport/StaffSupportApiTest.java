package uk.nhs.psirf.staffsupport;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.RESPONSES;

/** Support of the staff involved (policy §8, Appendix 2): seen only by those giving it and the patient safety team. */
@QuarkusTest
class StaffSupportApiTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    AuditTrail auditTrail;

    @Inject
    PeopleRows people;

    @Test
    void onlyTheLineManagerTheReviewerAndThePatientSafetyTeamSeeStaffSupportNotTheResponsesLead() {
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        String path = RESPONSES + "/" + responseId + "/staff-support";
        TestUser lead = PeopleRows.uniqueLead();
        people.assignLead(responseId, people.personFor(lead));
        TestUser lineManager = PeopleRows.uniqueUser("Robin Manager", Roles.STAFF);
        TestUser reviewer = PeopleRows.uniqueUser("Rev Reviewer", Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF);
        people.personFor(reviewer);
        Map<String, Object> body = support(people.personFor(lineManager), reviewer.name().toLowerCase().replace(' ', '.')
                + "@example.nhs.uk");
        TestUser pat = Users.specialist();
        String supportId = Api.as(pat).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(201)
                .body("lineManager.name", equalTo(lineManager.name()))
                .body("steps", hasSize(11))
                .body("steps[1].doneOn", equalTo(LocalDate.now(UK).toString()))
                .extract().path("id");
        assertTrue(auditTrail.byEntity(supportId).stream().anyMatch(a -> a.action().equals("create")));

        Api.invalidRequestAs(lead).get(path).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(lead.sub(), "denied", "GET " + path));
        body.put("version", 0);
        Api.invalidRequestAs(lead).contentType(ContentType.JSON).body(body).put(path + "/" + supportId).then()
                .statusCode(403);
        Api.invalidRequestAs(lead).contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);
        TestUser bystander = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        people.personFor(bystander);
        Api.invalidRequestAs(bystander).get(path).then().statusCode(403);
        TestUser coach = Users.coach();
        Api.invalidRequestAs(coach).get(path).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(coach.sub(), "denied", "GET " + path));

        Api.as(lineManager).get(path).then().statusCode(200)
                .body("items", hasSize(1)).body("mayAdd", equalTo(false))
                .body("staffInvolvedInEvents", hasSize(0));
        assertTrue(auditTrail.byEntity(responseId).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(lineManager.sub())));
        body.put("hrContacted", true);
        Api.as(lineManager).contentType(ContentType.JSON).body(body).put(path + "/" + supportId).then()
                .statusCode(200).body("version", equalTo(1)).body("hrContacted", equalTo(true));
        Api.as(reviewer).get(path).then().statusCode(200).body("items[0].hrContacted", equalTo(true));
        Api.as(Users.chiefNurse()).get(path).then().statusCode(200)
                .body("items", hasSize(1)).body("mayAdd", equalTo(true))
                .body("staffInvolvedInEvents.name", hasItem("Dana Nurse"))
                .body("steps[0].text", equalTo("Incident or complaint occurs"));
        Api.as(lineManager).contentType(ContentType.JSON).body(body).put(path + "/" + supportId).then()
                .statusCode(409).body("code", equalTo("stale-version"));
    }

    @Test
    void badStaffSupportIsRefusedNamingTheField() {
        String responseId = PanelDecisions.approvedResponse("after-action-review");
        String path = RESPONSES + "/" + responseId + "/staff-support";
        Map<String, Object> body = new HashMap<>();
        body.put("staffName", "Jo Nurse");
        body.put("lineManager", Map.of());
        body.put("reviewer", Map.of("email", "nobody-" + UUID.randomUUID() + "@example.nhs.uk"));
        body.put("steps", List.of(Map.of("code", "coffee"),
                Map.of("code", "immediate-needs", "doneOn", LocalDate.now(UK).plusDays(1).toString())));
        Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(400)
                .body("errors.find { it.field == 'lineManager.name' }.code", equalTo("required"))
                .body("errors.find { it.field == 'reviewer.email' }.code", equalTo("unknown-person"))
                .body("errors.find { it.field == 'steps[0].code' }.code", equalTo("unknown-code"))
                .body("errors.find { it.field == 'steps[1].doneOn' }.code", equalTo("in-the-future"));
        Api.as(Users.chiefNurse()).get(path).then().statusCode(200).body("items", hasSize(0));
        Api.as(Users.chiefNurse()).get(RESPONSES + "/" + UUID.randomUUID() + "/staff-support").then()
                .statusCode(404);
    }

    private static Map<String, Object> support(String lineManagerId, String reviewerEmail) {
        Map<String, Object> body = new HashMap<>();
        body.put("staffName", "Dana Nurse");
        body.put("staffRole", "District nurse");
        body.put("lineManager", Map.of("personId", lineManagerId));
        body.put("reviewer", Map.of("email", reviewerEmail));
        body.put("signposting", "Employee assistance programme");
        body.put("hrContacted", false);
        body.put("steps", List.of(Map.of("code", "immediate-needs", "doneOn", LocalDate.now(UK).toString(),
                "note", "Time away from the caseload offered")));
        return body;
    }
}
