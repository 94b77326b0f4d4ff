package uk.nhs.psirf.staffsupport;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.RESPONSES;

/** The staff support a line manager or reviewer gives: their own records only, wherever they are. */
@QuarkusTest
class MyStaffSupportApiTest {
    private static final String MINE = "/api/v1/me/staff-support";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    AuditTrail auditTrail;

    @Inject
    PeopleRows people;

    @Test
    void theLineManagerAndTheReviewerEachFindTheSupportTheyGiveAndNoOneElseDoes() {
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        String reference = Api.as(Users.specialist()).get(RESPONSES + "/" + responseId).then().statusCode(200)
                .extract().path("reference");
        TestUser lineManager = PeopleRows.uniqueUser("Robin Manager", Roles.STAFF);
        TestUser reviewer = PeopleRows.uniqueUser("Rev Reviewer", Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF);
        String supportId = Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("staffName", "Dana Nurse", "staffRole", "District nurse",
                        "lineManager", Map.of("personId", people.personFor(lineManager)),
                        "reviewer", Map.of("personId", people.personFor(reviewer)),
                        "steps", List.of(Map.of("code", "incident-occurs", "doneOn", LocalDate.now(UK).toString()),
                                Map.of("code", "immediate-needs", "note", "Not yet asked"))))
                .post(RESPONSES + "/" + responseId + "/staff-support").then().statusCode(201)
                .extract().path("id");

        Api.as(lineManager).get(MINE).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].supportId", equalTo(supportId))
                .body("items[0].responseId", equalTo(responseId))
                .body("items[0].reference", equalTo(reference))
                .body("items[0].staffName", equalTo("Dana Nurse"))
                .body("items[0].staffRole", equalTo("District nurse"))
                .body("items[0].parts", equalTo(List.of("line-manager")))
                .body("items[0].nextStep.code", equalTo("immediate-needs"))
                .body("items[0].nextStep.stage", equalTo("immediate"));
        assertTrue(auditTrail.hasEntry(lineManager.sub(), "read", "staff support I give: 1 staff members"));
        assertTrue(auditTrail.hasEntry(lineManager.sub(), "read", supportId));

        Api.as(reviewer).get(MINE).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].supportId", equalTo(supportId))
                .body("items[0].parts", equalTo(List.of("reviewer")));

        TestUser bystander = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        people.personFor(bystander);
        Api.as(bystander).get(MINE).then().statusCode(200).body("items", hasSize(0));
        assertTrue(auditTrail.hasEntry(bystander.sub(), "read", "staff support I give: 0 staff members"));
        TestUser withoutPersonRecord = PeopleRows.uniqueUser("Nora Nobody", Roles.WORKFORCE_PARTNER);
        Api.as(withoutPersonRecord).get(MINE).then().statusCode(200).body("items", hasSize(0));

        Api.as(Users.chiefNurse()).get(MINE).then().statusCode(200)
                .body("items.supportId", not(hasItem(supportId)));
    }

    @Test
    void whenEveryStepIsDoneThereIsNoNextStep() {
        String responseId = PanelDecisions.approvedResponse("after-action-review");
        TestUser both = PeopleRows.uniqueUser("Bo Both", Roles.STAFF);
        String person = people.personFor(both);
        String today = LocalDate.now(UK).toString();
        List<Map<String, String>> steps = List.of("incident-occurs", "immediate-needs", "hr-assessed",
                        "datix-completed", "review-initiated-check-in", "links-with-reviewer", "reviewer-contact",
                        "process-ended", "line-manager-update", "learning-feeds-in", "restorative-approach").stream()
                .map(code -> Map.of("code", code, "doneOn", today)).toList();
        Api.as(Users.chiefNurse()).contentType(ContentType.JSON)
                .body(Map.of("staffName", "Jo Nurse", "lineManager", Map.of("personId", person),
                        "reviewer", Map.of("personId", person), "steps", steps))
                .post(RESPONSES + "/" + responseId + "/staff-support").then().statusCode(201);

        Api.as(both).get(MINE).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].parts", equalTo(List.of("line-manager", "reviewer")))
                .body("items[0].nextStep", nullValue());
    }

    @Test
    void aCoachIsNeverALineManagerOrReviewerHereAndTheRefusalIsAudited() {
        TestUser coach = Users.coach();
        Api.invalidRequestAs(coach).get(MINE).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(coach.sub(), "denied", "GET " + MINE));
    }
}
