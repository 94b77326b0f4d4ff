package uk.nhs.psirf.decisions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.DecisionRows;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.DECISIONS;
import static uk.nhs.psirf.support.PanelDecisions.RESPONSES;

/** From a reported event to a learning response in progress, and what the event and its reporter are told. */
@QuarkusTest
class DecisionFlowApiTest {
    @Inject
    DecisionRows rows;

    @Test
    void aSevereHarmEventIsDecidedApprovedByTheChairVerifiedAndStarted() {
        TestUser reporter = Users.staff();
        String eventId = Reports.file(reporter, Reports.with("physicalHarm", 2));
        TestUser pat = Users.specialist();
        TestUser chris = Users.chiefNurse();
        Map<String, Object> body = PanelDecisions.forEvent(eventId, "psii");
        body.remove("departureRationale");
        String decisionId = Api.as(pat).contentType(ContentType.JSON).body(body).post(DECISIONS).then()
                .statusCode(201)
                .body("proposal.reason", equalTo("death-or-severe-harm"))
                .body("departsFromProposal", equalTo(false))
                .extract().path("id");
        assertEquals(0, rows.responsesForDecision(decisionId));

        String responseId = Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(DECISIONS + "/" + decisionId + "/chair-approval").then()
                .statusCode(200)
                .body("status", equalTo("approved"))
                .body("chairApproval.by", equalTo("Chris Chief-Nurse"))
                .body("response.type", equalTo("psii"))
                .body("response.status", equalTo("awaiting-verification"))
                .body("response.reference", matchesPattern("LR-\\d{4}-\\d{4}"))
                .extract().path("response.id");
        String reference = Api.as(pat).get(RESPONSES + "/" + responseId).then()
                .statusCode(200)
                .body("status", equalTo("awaiting-verification"))
                .body("startedAt", nullValue())
                .body("decisionId", equalTo(decisionId))
                .body("events[0].id", equalTo(eventId))
                .body("externalNotifications.initialReportStatus", equalTo("due"))
                .extract().path("reference");

        Api.as(chris).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "comment", "Verified under the national requirement for severe harm."))
                .post(RESPONSES + "/" + responseId + "/verification").then()
                .statusCode(200)
                .body("status", equalTo("in-progress"))
                .body("startedAt", notNullValue())
                .body("verification.by", equalTo("Chris Chief-Nurse"))
                .body("verification.comment", equalTo("Verified under the national requirement for severe harm."));

        Api.as(pat).get("/api/v1/events/" + eventId).then()
                .statusCode(200)
                .body("status", equalTo("decided"))
                .body("history.note", hasItem("Panel decision recorded: "
                        + "Patient safety incident investigation (PSII); awaiting the chair's approval"))
                .body("history.note", hasItem("Decision approved by the chair: "
                        + "Patient safety incident investigation (PSII) (" + reference + ")"));
        assertNothingPrivateIn(rows.historyNotes(eventId));
        List<String> told = rows.reporterMessages(eventId);
        assertFalse(told.isEmpty());
        assertNothingPrivateIn(told);
    }

    @Test
    void aReferralIsToldWithoutSayingWhereAndCreatesNoLearningResponse() {
        String eventId = Reports.file(Users.staff());
        String decisionId = PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(eventId, "referral"));
        Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(DECISIONS + "/" + decisionId + "/chair-approval").then()
                .statusCode(200)
                .body("referralTo", equalTo("police"))
                .body("response", nullValue());
        assertEquals(0, rows.responsesForDecision(decisionId));
        Api.as(Users.specialist()).get("/api/v1/events/" + eventId).then().body("status", equalTo("decided"));
        List<String> notes = rows.historyNotes(eventId);
        assertTrue(notes.contains("Decision approved by the chair: Referral to another organisation or process"),
                notes.toString());
        assertNothingPrivateIn(notes);
        assertNothingPrivateIn(rows.reporterMessages(eventId));
    }

    @Test
    void noFurtherLearningResponseCreatesNoLearningResponse() {
        String eventId = Reports.file(Users.staff());
        String decisionId = PanelDecisions.record(Users.specialist(),
                PanelDecisions.forEvent(eventId, "no-further-learning-response"));
        assertEquals(null, PanelDecisions.approve(Users.chiefNurse(), decisionId));
        assertEquals(0, rows.responsesForDecision(decisionId));
    }

    @Test
    void aCaseIsDecidedForAllItsEventsAndItsResponseLinksTheCase() {
        String first = Reports.file(Users.staff());
        String second = Reports.file(Users.staff(), Reports.with("categoryCode", "fall"));
        String caseId = rows.groupIntoCase("Heel ulcers in the north", first, second);
        String document = rows.addDocument(second, "first-hand-account", "Account of the night shift");
        Map<String, Object> body = PanelDecisions.forCase(caseId, "multi-incident-review");
        body.put("documentIds", List.of(document));
        String decisionId = Api.as(Users.specialist()).contentType(ContentType.JSON).body(body).post(DECISIONS)
                .then().statusCode(201)
                .body("case.id", equalTo(caseId))
                .body("case.title", equalTo("Heel ulcers in the north"))
                .body("events.id", equalTo(List.of(first, second)))
                .extract().path("id");
        String responseId = PanelDecisions.approve(Users.chiefNurse(), decisionId);
        Api.as(Users.chiefNurse()).get(RESPONSES + "/" + responseId).then()
                .statusCode(200)
                .body("status", equalTo("in-progress"))
                .body("startedAt", notNullValue())
                .body("case.id", equalTo(caseId))
                .body("events.id", equalTo(List.of(first, second)))
                .body("externalNotifications.initialReportStatus", equalTo("not-required"));
        for (String eventId : List.of(first, second)) {
            Api.as(Users.specialist()).get("/api/v1/events/" + eventId).then().body("status", equalTo("decided"));
        }
        Api.as(Users.specialist()).queryParam("caseId", caseId).get(DECISIONS).then()
                .statusCode(200).body("items[0].id", equalTo(decisionId));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(PanelDecisions.forCase(caseId, "psii")).post(DECISIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("caseId"))
                .body("errors[0].code", equalTo("already-decided"));
    }

    /** History notes and reporters' messages name the response only. */
    private static void assertNothingPrivateIn(List<String> texts) {
        for (String text : texts) {
            for (String secret : List.of(PanelDecisions.MINUTES, PanelDecisions.RATIONALE, PanelDecisions.CHAIR_NAME,
                    "Dana Nurse", "Dr Bloggs", "B Viability", "police", "Police", PanelDecisions.DEPARTURE)) {
                assertFalse(text.contains(secret), text + " contains " + secret);
            }
        }
    }
}
