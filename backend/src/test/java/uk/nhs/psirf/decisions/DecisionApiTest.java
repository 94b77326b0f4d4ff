package uk.nhs.psirf.decisions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.DecisionRows;
import uk.nhs.psirf.platform.error.Refusal;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.People;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.ResponsePlans;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Triage;
import uk.nhs.psirf.support.Users;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.DECISIONS;
import static uk.nhs.psirf.support.PanelDecisions.MY_DECISIONS_TO_APPROVE;

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
        noChair.put("panelMembers", List.of(PanelDecisions.member(PanelDecisions.memberId(), false)));
        expectFieldError(noChair, "panelMembers", "one-chair-required");
        Map<String, Object> twoChairs = PanelDecisions.forEvent(eventId, "psii");
        twoChairs.put("panelMembers", List.of(PanelDecisions.member(PanelDecisions.chairId(), true),
                PanelDecisions.member(PanelDecisions.memberId(), true)));
        expectFieldError(twoChairs, "panelMembers", "one-chair-required");
    }

    @Test
    void thePanelIsChosenFromThePeopleDirectoryAndShownWithNameAndJobRole() {
        String eventId = Reports.file(Users.staff());
        String id = PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(eventId, "psii"));
        Api.as(Users.chiefNurse()).get(DECISIONS + "/" + id).then()
                .statusCode(200)
                .body("panelMembers[0].personId", equalTo(PanelDecisions.chairId()))
                .body("panelMembers[0].name", equalTo(PanelDecisions.CHAIR_NAME))
                .body("panelMembers[0].role", equalTo("Senior nurse"))
                .body("panelMembers[1].name", equalTo(PanelDecisions.MEMBER_NAME));
        Map<String, Object> unknown = PanelDecisions.forEvent(eventId, "psii");
        unknown.put("panelMembers", List.of(PanelDecisions.member(java.util.UUID.randomUUID().toString(), true)));
        expectFieldError(unknown, "panelMembers[0].personId", "unknown-person");
        Map<String, Object> twice = PanelDecisions.forEvent(eventId, "psii");
        twice.put("panelMembers", List.of(PanelDecisions.member(PanelDecisions.chairId(), true),
                PanelDecisions.member(PanelDecisions.chairId(), false)));
        expectFieldError(twice, "panelMembers[1].personId", "duplicate");
        Map<String, Object> typed = PanelDecisions.forEvent(eventId, "psii");
        typed.put("panelMembers", List.of(Map.of("name", "Dr Typed In", "role", "Chair", "chair", true)));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(typed).post(DECISIONS).then()
                .statusCode(400);
    }

    /** Policy §12.3: "As a minimum, PSIs (under our care) leading to unexpected death or severe harm will warrant a PSII." */
    @Test
    void a_psii_is_the_minimum_for_unexpected_death_or_severe_harm_unless_another_organisation_leads_it() {
        String severe = Reports.file(Users.staff(), Reports.with("physicalHarm", 2));
        expectFieldError(PanelDecisions.forEvent(severe, "after-action-review"), "responseType", "psii-minimum");
        expectFieldError(PanelDecisions.forEvent(severe, "no-further-learning-response"), "responseType",
                "psii-minimum");
        Map<String, Object> safeguarding = PanelDecisions.forEvent(severe, "referral");
        safeguarding.put("referralTo", "safeguarding");
        expectFieldError(safeguarding, "responseType", "psii-minimum");

        Map<String, Object> ledElsewhere = PanelDecisions.forEvent(severe, "no-further-learning-response");
        ledElsewhere.put("leadOrganisation", "Northshire Mental Health NHS Foundation Trust");
        TestUser pat = Users.specialist();
        String id = Api.as(pat).contentType(ContentType.JSON).body(ledElsewhere).post(DECISIONS).then()
                .statusCode(201)
                .body("leadOrganisation", equalTo("Northshire Mental Health NHS Foundation Trust"))
                .extract().path("id");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(PanelDecisions.update(0, "after-action-review"))
                .put(DECISIONS + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("responseType"))
                .body("errors[0].code", equalTo("psii-minimum"));
        assertEquals(null, PanelDecisions.approve(Users.chiefNurse(), id));

        String referred = Reports.file(Users.staff(), Reports.with("physicalHarm", 1));
        PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(referred, "referral"));
    }

    @Test
    void a_case_containing_an_event_of_severe_harm_warrants_a_psii() {
        String moderate = Reports.file(Users.staff());
        String severe = Reports.file(Users.staff(), Reports.with("psychologicalHarm", 1));
        String caseId = rows.groupIntoCase("Falls on the ward", moderate, severe);
        expectFieldError(PanelDecisions.forCase(caseId, "multi-incident-review"), "responseType", "psii-minimum");
        PanelDecisions.record(Users.specialist(), PanelDecisions.forCase(caseId, "psii"));
    }

    /**
     * Policy §12.3: "As a minimum, PSIs ... leading to unexpected death or severe harm will warrant a PSII." A case may
     * gain events until it is decided (approved); one that gains an event of severe harm after a weaker decision was
     * recorded for it is refused at approval, and nothing is decided.
     */
    @Test
    void a_case_that_gains_an_event_of_severe_harm_after_a_weaker_decision_is_refused_at_approval() {
        String moderate = Reports.file(Users.staff());
        String caseId = Triage.openCase("Heel ulcers at home", moderate);
        String decisionId = PanelDecisions.record(Users.specialist(),
                PanelDecisions.forCase(caseId, "multi-incident-review"));

        String severe = Reports.file(Users.staff(), Reports.with("physicalHarm", 2));
        int caseVersion = Api.as(Users.specialist()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().path("version");
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(Map.of("version", caseVersion,
                        "title", "Heel ulcers at home", "eventIds", List.of(moderate, severe)))
                .put("/api/v1/cases/" + caseId).then().statusCode(200);

        Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(Map.of("version", 0, "comment", "Agreed."))
                .post(DECISIONS + "/" + decisionId + "/chair-approval").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("responseType"))
                .body("errors[0].code", equalTo("psii-minimum"));
        Api.as(Users.specialist()).get(DECISIONS + "/" + decisionId).then().statusCode(200)
                .body("status", equalTo("awaiting-chair-approval"));
        for (String eventId : List.of(moderate, severe)) {
            Api.as(Users.specialist()).get("/api/v1/events/" + eventId).then().statusCode(200)
                    .body("status", not(equalTo("decided")));
        }
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
    void readingADecisionIsAuditedAndARoleThatReachesNoDecisionIsRefused() {
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
    void theChairApprovesSignedInAsThemselfAndNoOtherSpecialistMay() {
        People.SignedIn chair = People.signedIn("Dr Chair", Roles.PATIENT_SAFETY_SPECIALIST, Roles.STAFF);
        Map<String, Object> body = PanelDecisions.forEvent(Reports.file(Users.staff()), "psii");
        body.put("panelMembers", List.of(PanelDecisions.member(PanelDecisions.memberId(), false),
                PanelDecisions.member(chair.personId(), true)));
        String id = PanelDecisions.record(Users.specialist(), body);
        TestUser other = Users.specialist();
        Api.as(other).get(DECISIONS + "/" + id).then().statusCode(200).body("canApprove", equalTo(false));
        Api.as(Users.chiefNurse()).get(DECISIONS + "/" + id).then().body("canApprove", equalTo(true));
        Api.as(chair.user()).get(DECISIONS + "/" + id).then().body("canApprove", equalTo(true));
        Api.invalidRequestAs(other).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(DECISIONS + "/" + id + "/chair-approval").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(other.sub(), "denied", "POST " + DECISIONS + "/" + id + "/chair-approval"));
        assertEquals(0, rows.responsesForDecision(id));
        Api.as(chair.user()).contentType(ContentType.JSON).body(Map.of("version", 3))
                .post(DECISIONS + "/" + id + "/chair-approval").then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.as(chair.user()).contentType(ContentType.JSON).body(Map.of("version", 0, "comment", "Agreed."))
                .post(DECISIONS + "/" + id + "/chair-approval").then()
                .statusCode(200).body("status", equalTo("approved"))
                .body("chairApproval.by", equalTo(chair.user().name()))
                .body("chairApproval.comment", equalTo("Agreed."))
                .body("canApprove", equalTo(false));
        Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(DECISIONS + "/" + id + "/chair-approval").then()
                .statusCode(409).body("code", equalTo("conflict"));
    }

    @Test
    void aDecisionWhoseChairWasTypedInBeforeTheDirectoryIsApprovedByTheChiefNurseOnly() {
        String id = PanelDecisions.record(Users.specialist(),
                PanelDecisions.forEvent(Reports.file(Users.staff()), "psii"));
        rows.typeInPanel(id, "Dr Typed In");
        Api.as(Users.specialist()).get(DECISIONS + "/" + id).then()
                .statusCode(200).body("panelMembers[0].name", equalTo("Dr Typed In"))
                .body("panelMembers[0].personId", nullValue())
                .body("canApprove", equalTo(false));
        Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(DECISIONS + "/" + id + "/chair-approval").then().statusCode(200);
    }

    @Test
    void whoeverRecordedOrLastRevisedADecisionCannotApproveIt() {
        People.SignedIn chair = People.signedIn("Dr Chair", Roles.PATIENT_SAFETY_SPECIALIST, Roles.STAFF);
        Map<String, Object> body = PanelDecisions.forEvent(Reports.file(Users.staff()), "psii");
        body.put("panelMembers", List.of(PanelDecisions.member(chair.personId(), true)));
        String recordedByChair = PanelDecisions.record(chair.user(), body);
        Api.as(chair.user()).get(DECISIONS + "/" + recordedByChair).then().body("canApprove", equalTo(false));
        Api.as(chair.user()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(DECISIONS + "/" + recordedByChair + "/chair-approval").then()
                .statusCode(400).body("errors[0].field", equalTo("decisionId"))
                .body("errors[0].code", equalTo("own-decision"));

        Map<String, Object> another = PanelDecisions.forEvent(Reports.file(Users.staff()), "psii");
        another.put("panelMembers", List.of(PanelDecisions.member(chair.personId(), true)));
        String revised = PanelDecisions.record(Users.specialist(), another);
        Map<String, Object> update = PanelDecisions.update(0, "psii");
        update.put("panelMembers", List.of(PanelDecisions.member(chair.personId(), true)));
        Api.as(chair.user()).contentType(ContentType.JSON).body(update).put(DECISIONS + "/" + revised).then()
                .statusCode(200).body("canApprove", equalTo(false));
        Api.as(chair.user()).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(DECISIONS + "/" + revised + "/chair-approval").then()
                .statusCode(400).body("errors[0].code", equalTo("own-decision"));
        assertEquals(0, rows.responsesForDecision(revised));

        // Holding both roles does not help: the Chief Nurse who last revised it cannot approve it either.
        TestUser both = Users.specialistAndChiefNurse();
        String third = PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(Reports.file(Users.staff()),
                "psii"));
        Api.as(both).contentType(ContentType.JSON).body(PanelDecisions.update(0, "psii"))
                .put(DECISIONS + "/" + third).then().statusCode(200);
        Api.as(both).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(DECISIONS + "/" + third + "/chair-approval").then()
                .statusCode(400).body("errors[0].code", equalTo("own-decision"));
        Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(DECISIONS + "/" + third + "/chair-approval").then().statusCode(200);
    }

    @Test
    void staffCannotApproveADecisionTheyDoNotChairAndTheRefusalIsAuditedForTheRecord() {
        String id = PanelDecisions.record(Users.specialist(),
                PanelDecisions.forEvent(Reports.file(Users.staff()), "psii"));
        TestUser sam = Users.staff();
        Api.as(sam).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(DECISIONS + "/" + id + "/chair-approval").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "POST " + DECISIONS + "/" + id + "/chair-approval "
                + Refusal.RECORD.auditSuffix()));
        assertEquals(0, rows.responsesForDecision(id));
    }

    @Test
    void aChairWithOnlyTheStaffRoleReadsTheirDecisionListedAwaitingTheirApprovalAndApprovesIt() {
        People.SignedIn director = People.signedIn("Dr Clinical Director", Roles.STAFF);
        Map<String, Object> body = PanelDecisions.forEvent(Reports.file(Users.staff()), "psii");
        body.put("panelMembers", List.of(PanelDecisions.member(director.personId(), true),
                PanelDecisions.member(PanelDecisions.memberId(), false)));
        String id = PanelDecisions.record(Users.specialist(), body);

        Api.as(director.user()).get(MY_DECISIONS_TO_APPROVE).then()
                .statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].responseType", equalTo("psii"))
                .body("items[0].events", hasSize(1));
        assertTrue(auditTrail.hasEntry(director.user().sub(), "list", "decisions awaiting my approval as chair: 1"));
        Api.as(director.user()).get(DECISIONS + "/" + id).then()
                .statusCode(200).body("minutes", equalTo(PanelDecisions.MINUTES))
                .body("canApprove", equalTo(true));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(director.user().sub())));
        Api.as(director.user()).contentType(ContentType.JSON).body(Map.of("version", 0, "comment", "Agreed."))
                .post(DECISIONS + "/" + id + "/chair-approval").then()
                .statusCode(200).body("status", equalTo("approved"))
                .body("chairApproval.by", equalTo(director.user().name()))
                .body("response.id", notNullValue());
        Api.as(director.user()).get(MY_DECISIONS_TO_APPROVE).then().statusCode(200).body("items", hasSize(0));
        // Approved, the decision stays theirs to read.
        Api.as(director.user()).get(DECISIONS + "/" + id).then().statusCode(200).body("status", equalTo("approved"));
    }

    @Test
    void staffOnTheDecisionsPanelButNotItsChairAndStaffNotOnItAreRefusedForTheRecordAndAudited() {
        People.SignedIn director = People.signedIn("Dr Clinical Director", Roles.STAFF);
        People.SignedIn member = People.signedIn("Sam Subject Expert", Roles.STAFF);
        Map<String, Object> body = PanelDecisions.forEvent(Reports.file(Users.staff()), "psii");
        body.put("panelMembers", List.of(PanelDecisions.member(director.personId(), true),
                PanelDecisions.member(member.personId(), false)));
        String id = PanelDecisions.record(Users.specialist(), body);
        TestUser stranger = Users.staff();
        for (TestUser refused : List.of(member.user(), stranger)) {
            Api.as(refused).get(DECISIONS + "/" + id).then()
                    .statusCode(403).body("code", equalTo("forbidden"))
                    .body(not(containsString(PanelDecisions.MINUTES)));
            assertTrue(auditTrail.hasEntry(refused.sub(), "denied", "GET " + DECISIONS + "/" + id + " "
                    + Refusal.RECORD.auditSuffix()), refused.name());
            Api.as(refused).contentType(ContentType.JSON).body(Map.of("version", 0))
                    .post(DECISIONS + "/" + id + "/chair-approval").then().statusCode(403);
            assertTrue(auditTrail.hasEntry(refused.sub(), "denied", "POST " + DECISIONS + "/" + id
                    + "/chair-approval " + Refusal.RECORD.auditSuffix()), refused.name());
            Api.as(refused).get(MY_DECISIONS_TO_APPROVE).then().statusCode(200).body("items", hasSize(0));
        }
        assertEquals(0, rows.responsesForDecision(id));
        // An id that names no decision is refused the same way: ids are not probed.
        String unknown = java.util.UUID.randomUUID().toString();
        Api.as(stranger).get(DECISIONS + "/" + unknown).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(stranger.sub(), "denied", "GET " + DECISIONS + "/" + unknown + " "
                + Refusal.RECORD.auditSuffix()));
    }

    @Test
    void theListAwaitingApprovalHoldsOnlyTheDecisionsTheCallerChairsAndMayApprove() {
        People.SignedIn chair = People.signedIn("Dr Chair", Roles.PATIENT_SAFETY_SPECIALIST, Roles.STAFF);
        People.SignedIn otherChair = People.signedIn("Dr Other Chair", Roles.STAFF);
        Map<String, Object> mine = PanelDecisions.forEvent(Reports.file(Users.staff()), "psii");
        mine.put("panelMembers", List.of(PanelDecisions.member(chair.personId(), true)));
        String awaitingMine = PanelDecisions.record(Users.specialist(), mine);
        Map<String, Object> recordedByMe = PanelDecisions.forEvent(Reports.file(Users.staff()), "psii");
        recordedByMe.put("panelMembers", List.of(PanelDecisions.member(chair.personId(), true)));
        PanelDecisions.record(chair.user(), recordedByMe);
        Map<String, Object> memberOnly = PanelDecisions.forEvent(Reports.file(Users.staff()), "psii");
        memberOnly.put("panelMembers", List.of(PanelDecisions.member(otherChair.personId(), true),
                PanelDecisions.member(chair.personId(), false)));
        String theirs = PanelDecisions.record(Users.specialist(), memberOnly);

        Api.as(chair.user()).get(MY_DECISIONS_TO_APPROVE).then()
                .statusCode(200).body("items.id", equalTo(List.of(awaitingMine)));
        Api.as(otherChair.user()).get(MY_DECISIONS_TO_APPROVE).then()
                .statusCode(200).body("items.id", equalTo(List.of(theirs)));
        // The Chief Nurse, who chairs none of them, has none awaiting their approval as chair.
        Api.as(Users.chiefNurse()).get(MY_DECISIONS_TO_APPROVE).then().statusCode(200)
                .body("items.id", not(hasItem(awaitingMine)));
    }

    private static void expectFieldError(Map<String, Object> body, String field, String code) {
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(body).post(DECISIONS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
    }
}
