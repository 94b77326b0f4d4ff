package uk.nhs.psirf.decision;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.DecisionRows;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.ResponsePlans;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.DECISIONS;

/** Recording, reading, changing and approving panel decisions, and who may do each. */
@QuarkusTest
class DecisionApiTest {
    @Inject
    AuditTrail auditTrail;

    @Inject
    DecisionRows rows;

    @Test
    void aSpecialistRecordsADecisionThatAwaitsTheChairsApprovalAndKeepsTheProposal() {
        ResponsePlans.approve(Users.chiefNurse(), ResponsePlans.draft(Users.specialist(), ResponsePlans.valid()));
        String eventId = Reports.file(Users.staff());
        String documentId = rows.addDocument(eventId, "chronology", "Chronology of care");
        TestUser pat = Users.specialist();
        Map<String, Object> body = PanelDecisions.forEvent(eventId, "swarm-huddle");
        body.put("documentIds", List.of(documentId));
        String id = Api.as(pat).contentType(ContentType.JSON).body(body).post(DECISIONS).then()
                .statusCode(201)
                .header("Location", containsString(DECISIONS + "/"))
                .body("status", equalTo("awaiting-chair-approval"))
                .body("version", equalTo(0))
                .body("events[0].id", equalTo(eventId))
                .body("panelMembers[0].chair", equalTo(true))
                .body("panelMembers[1].chair", equalTo(false))
                .body("documentsReviewed[0].id", equalTo(documentId))
                .body("documentsReviewed[0].kind", equalTo("chronology"))
                .body("responseType", equalTo("swarm-huddle"))
                .body("proposal.responseType", equalTo("multi-incident-review"))
                .body("proposal.reason", equalTo("plan"))
                .body("departsFromProposal", equalTo(true))
                .body("departureRationale", equalTo(PanelDecisions.DEPARTURE))
                .body("recordedBy", equalTo("Pat Specialist"))
                .body("chairApproval", nullValue())
                .body("response", nullValue())
                .extract().path("id");
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("create") && a.actor().equals(pat.sub())));
        assertEquals(0, rows.responsesForDecision(id));
        List<String> notes = rows.historyNotes(eventId);
        assertTrue(notes.contains("Panel decision recorded: Swarm huddle (hot debrief); awaiting the chair's approval"),
                notes.toString());
    }

    @Test
    void aDecisionThatDepartsFromThePlanNeedsARationale() {
        ResponsePlans.approve(Users.chiefNurse(), ResponsePlans.draft(Users.specialist(), ResponsePlans.valid()));
        String eventId = Reports.file(Users.staff());
        Map<String, Object> departing = PanelDecisions.forEvent(eventId, "after-action-review");
        departing.remove("departureRationale");
        expectFieldError(departing, "departureRationale", "departure-rationale-required");
        Map<String, Object> asPlanned = PanelDecisions.forEvent(eventId, "multi-incident-review");
        asPlanned.remove("departureRationale");
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(asPlanned).post(DECISIONS).then()
                .statusCode(201).body("departsFromProposal", equalTo(false));
    }

    @Test
    void theEventOrCaseDecidedMustBeOneThatCanBeDecidedNow() {
        expectFieldError(PanelDecisions.forEvent(java.util.UUID.randomUUID().toString(), "psii"), "eventId",
                "unknown-event");
        expectFieldError(PanelDecisions.forCase(java.util.UUID.randomUUID().toString(), "psii"), "caseId",
                "unknown-case");
        String closed = Reports.file(Users.staff());
        rows.close(closed);
        expectFieldError(PanelDecisions.forEvent(closed, "psii"), "eventId", "event-closed");
        String pending = Reports.file(Users.staff());
        PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(pending, "psii"));
        expectFieldError(PanelDecisions.forEvent(pending, "swarm-huddle"), "eventId", "decision-pending");
        String decided = Reports.file(Users.staff());
        PanelDecisions.approve(Users.chiefNurse(),
                PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(decided, "swarm-huddle")));
        expectFieldError(PanelDecisions.forEvent(decided, "psii"), "eventId", "already-decided");
        String grouped = Reports.file(Users.staff());
        String caseId = rows.groupIntoCase("Grouped", grouped);
        expectFieldError(PanelDecisions.forEvent(grouped, "psii"), "eventId", "in-case");
        PanelDecisions.record(Users.specialist(), PanelDecisions.forCase(caseId, "multi-incident-review"));
        expectFieldError(PanelDecisions.forCase(caseId, "psii"), "caseId", "decision-pending");
        Map<String, Object> both = PanelDecisions.forEvent(grouped, "psii");
        both.put("caseId", caseId);
        expectFieldError(both, "eventId", "event-or-case");
    }

    @Test
    void thePanelHasExactlyOneChair() {
        String eventId = Reports.file(Users.staff());
        Map<String, Object> noChair = PanelDecisions.forEvent(eventId, "psii");
        noChair.put("panelMembers", List.of(Map.of("name", "B Viability", "role", "Tissue viability lead")));
        expectFieldError(noChair, "panelMembers", "one-chair-required");
        Map<String, Object> twoChairs = PanelDecisions.forEvent(eventId, "psii");
        twoChairs.put("panelMembers", List.of(Map.of("name", "A", "role", "Chair", "chair", true),
                Map.of("name", "B", "role", "Chair", "chair", true)));
        expectFieldError(twoChairs, "panelMembers", "one-chair-required");
    }

    @Test
    void theDocumentsReviewedAreThoseOfTheEventsDecided() {
        String eventId = Reports.file(Users.staff());
        String otherEvent = Reports.file(Users.staff());
        String othersDocument = rows.addDocument(otherEvent, "report", "Another event's report");
        Map<String, Object> body = PanelDecisions.forEvent(eventId, "psii");
        body.put("documentIds", List.of(rows.addDocument(eventId, "report", "Report"), othersDocument));
        expectFieldError(body, "documentIds[1]", "unknown-document");
        body.put("documentIds", List.of(java.util.UUID.randomUUID().toString()));
        expectFieldError(body, "documentIds[0]", "unknown-document");
    }

    @Test
    void aReferralSaysWhereItGoesAndOnlyAReferralDoes() {
        String eventId = Reports.file(Users.staff());
        Map<String, Object> referral = PanelDecisions.forEvent(eventId, "referral");
        referral.remove("referralTo");
        expectFieldError(referral, "referralTo", "required");
        Map<String, Object> notReferral = PanelDecisions.forEvent(eventId, "psii");
        notReferral.put("referralTo", "police");
        expectFieldError(notReferral, "referralTo", "not-a-referral");
        Map<String, Object> unknownType = PanelDecisions.forEvent(eventId, "a-chat");
        expectFieldError(unknownType, "responseType", "unknown-code");
    }

    @Test
    void theRationaleAndMinutesAreRequired() {
        Map<String, Object> body = PanelDecisions.forEvent(Reports.file(Users.staff()), "psii");
        body.remove("rationale");
        body.put("minutes", " ");
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(body).post(DECISIONS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("rationale"))
                .body("errors.field", hasItem("minutes"))
                .body("errors.code", everyItem(equalTo("required")));
    }

    @Test
    void theChiefNurseCannotRecordADecisionAndTheRefusalIsAudited() {
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON)
                .body(PanelDecisions.forEvent(Reports.file(Users.staff()), "psii")).post(DECISIONS).then()
                .statusCode(403).body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "POST " + DECISIONS));
    }

    @Test
    void decisionsAreListedNewestFirstForAnEventAndTheListIsAudited() {
        String eventId = Reports.file(Users.staff());
        String id = PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(eventId, "psii"));
        TestUser chris = Users.chiefNurse();
        Api.as(chris).queryParam("eventId", eventId).get(DECISIONS).then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].events[0].id", equalTo(eventId));
        Api.as(Users.specialist()).queryParam("status", "awaiting-chair-approval").queryParam("size", 100)
                .get(DECISIONS).then()
                .statusCode(200).body("items.status", everyItem(equalTo("awaiting-chair-approval")));
        Api.invalidRequestAs(chris).queryParam("status", "maybe").get(DECISIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        assertTrue(auditTrail.hasEntry(chris.sub(), "list", "decisions page 0"));
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).get(DECISIONS).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET " + DECISIONS));
    }

    @Test
    void readingADecisionIsAuditedAndOnlyThePatientSafetyTeamAndChiefNurseMayReadIt() {
        String id = PanelDecisions.record(Users.specialist(),
                PanelDecisions.forEvent(Reports.file(Users.staff()), "psii"));
        TestUser chris = Users.chiefNurse();
        Api.as(chris).get(DECISIONS + "/" + id).then()
                .statusCode(200).body("minutes", equalTo(PanelDecisions.MINUTES));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(chris.sub())));
        TestUser cara = Users.coach();
        Api.invalidRequestAs(cara).get(DECISIONS + "/" + id).then()
                .statusCode(403).body(not(containsString(PanelDecisions.MINUTES)));
        assertTrue(auditTrail.hasEntry(cara.sub(), "denied", "GET " + DECISIONS + "/" + id));
        Api.as(Users.specialist()).get(DECISIONS + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aDecisionIsChangedWithTheVersionLastReadUntilTheChairApprovesIt() {
        String eventId = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        String id = PanelDecisions.record(pat, PanelDecisions.forEvent(eventId, "psii"));
        Api.as(pat).contentType(ContentType.JSON).body(PanelDecisions.update(0, "after-action-review"))
                .put(DECISIONS + "/" + id).then()
                .statusCode(200).body("version", equalTo(1)).body("responseType", equalTo("after-action-review"));
        Api.as(pat).contentType(ContentType.JSON).body(PanelDecisions.update(0, "swarm-huddle"))
                .put(DECISIONS + "/" + id).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.as(pat).get(DECISIONS + "/" + id).then().body("responseType", equalTo("after-action-review"));
        Map<String, Object> bad = PanelDecisions.update(1, "referral");
        bad.remove("referralTo");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(bad).put(DECISIONS + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("referralTo"));
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(PanelDecisions.update(1, "psii"))
                .put(DECISIONS + "/" + id).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT " + DECISIONS + "/" + id));
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("update")));
        Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(DECISIONS + "/" + id + "/chair-approval").then().statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(PanelDecisions.update(2, "psii"))
                .put(DECISIONS + "/" + id).then()
                .statusCode(409).body("code", equalTo("conflict"));
    }

    @Test
    void theChairsApprovalIsRefusedToThePersonWhoRecordedTheDecision() {
        TestUser pat = Users.specialist();
        String id = PanelDecisions.record(pat, PanelDecisions.forEvent(Reports.file(Users.staff()), "psii"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(DECISIONS + "/" + id + "/chair-approval").then()
                .statusCode(400).body("errors[0].field", equalTo("decisionId"))
                .body("errors[0].code", equalTo("own-decision"));
        assertEquals(0, rows.responsesForDecision(id));
        TestUser other = Users.specialist();
        Api.as(other).contentType(ContentType.JSON).body(Map.of("version", 3))
                .post(DECISIONS + "/" + id + "/chair-approval").then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.as(other).contentType(ContentType.JSON).body(Map.of("version", 0, "comment", "Agreed."))
                .post(DECISIONS + "/" + id + "/chair-approval").then()
                .statusCode(200).body("status", equalTo("approved"))
                .body("chairApproval.by", equalTo("Pat Specialist"))
                .body("chairApproval.comment", equalTo("Agreed."));
        Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(DECISIONS + "/" + id + "/chair-approval").then()
                .statusCode(409).body("code", equalTo("conflict"));
    }

    @Test
    void staffCannotApproveADecisionAndTheRefusalIsAudited() {
        String id = PanelDecisions.record(Users.specialist(),
                PanelDecisions.forEvent(Reports.file(Users.staff()), "psii"));
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(DECISIONS + "/" + id + "/chair-approval").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "POST " + DECISIONS + "/" + id + "/chair-approval"));
        assertEquals(0, rows.responsesForDecision(id));
    }

    private static void expectFieldError(Map<String, Object> body, String field, String code) {
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(body).post(DECISIONS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
    }
}
