package uk.nhs.psirf.responses;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.DecisionRows;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.RESPONSES;

/** Reading learning responses, the Chief Nurse's verification of a PSII and notifications outside the trust. */
@QuarkusTest
class LearningResponseApiTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    AuditTrail auditTrail;

    @Inject
    DecisionRows rows;

    @Test
    void learningResponsesAreListedNewestFirstAndTheListIsAudited() {
        String older = PanelDecisions.approvedResponse("swarm-huddle");
        String newer = PanelDecisions.approvedResponse("psii");
        TestUser pat = Users.specialist();
        Api.as(pat).queryParam("size", 2).get(RESPONSES).then()
                .statusCode(200)
                .body("items[0].id", equalTo(newer))
                .body("items[1].id", equalTo(older))
                .body("items[0].type", equalTo("psii"))
                .body("items[0].initialReportStatus", equalTo("due"))
                .body("items[1].initialReportStatus", equalTo("not-required"));
        Api.as(Users.chiefNurse()).queryParam("status", "awaiting-verification").queryParam("size", 100)
                .get(RESPONSES).then()
                .statusCode(200)
                .body("items.id", hasItem(newer))
                .body("items.status", everyItem(equalTo("awaiting-verification")));
        Api.invalidRequestAs(pat).queryParam("status", "finished").get(RESPONSES).then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        assertTrue(auditTrail.hasEntry(pat.sub(), "list", "learning responses page 0"));
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).get(RESPONSES).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET " + RESPONSES));
    }

    @Test
    void readingAResponseIsAuditedAndOnlyThePatientSafetyTeamAndChiefNurseMayReadIt() {
        String id = PanelDecisions.approvedResponse("after-action-review");
        TestUser chris = Users.chiefNurse();
        Api.as(chris).get(RESPONSES + "/" + id).then().statusCode(200).body("type", equalTo("after-action-review"));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(chris.sub())));
        TestUser priya = Users.partner();
        Api.invalidRequestAs(priya).get(RESPONSES + "/" + id).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(priya.sub(), "denied", "GET " + RESPONSES + "/" + id));
        Api.as(chris).get(RESPONSES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyTheChiefNurseVerifiesAPsiiAndOnlyOnce() {
        String id = PanelDecisions.approvedResponse("psii");
        TestUser pat = Users.specialist();
        Map<String, Object> verification = Map.of("version", 0, "comment", "Verified.");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(verification)
                .post(RESPONSES + "/" + id + "/verification").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(pat.sub(), "denied", "POST " + RESPONSES + "/" + id + "/verification"));
        TestUser chris = Users.chiefNurse();
        Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", 5, "comment", "Verified."))
                .post(RESPONSES + "/" + id + "/verification").then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(Map.of("version", 0, "comment", ""))
                .post(RESPONSES + "/" + id + "/verification").then()
                .statusCode(400).body("errors[0].field", equalTo("comment"));
        Api.as(chris).contentType(ContentType.JSON).body(verification)
                .post(RESPONSES + "/" + id + "/verification").then()
                .statusCode(200).body("status", equalTo("in-progress")).body("version", equalTo(1));
        Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", 1, "comment", "Again."))
                .post(RESPONSES + "/" + id + "/verification").then()
                .statusCode(409).body("code", equalTo("conflict"));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("update") && a.detail().contains("verify PSII")));
    }

    @Test
    void onlyAPsiiIsVerified() {
        String id = PanelDecisions.approvedResponse("multi-incident-review");
        Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(Map.of("version", 0, "comment", "Verified."))
                .post(RESPONSES + "/" + id + "/verification").then()
                .statusCode(400).body("errors[0].field", equalTo("responseId"))
                .body("errors[0].code", equalTo("not-psii"));
    }

    @Test
    void aSpecialistRecordsTheNotificationsOutsideTheTrustAndTheInitialReport() {
        String eventId = Reports.file(Users.staff());
        String id = PanelDecisions.approve(Users.chiefNurse(),
                PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(eventId, "psii")));
        LocalDate today = LocalDate.now(UK);
        TestUser pat = Users.specialist();
        Map<String, Object> body = notifications(0);
        body.put("initialReportSentOn", today.toString());
        Api.as(pat).contentType(ContentType.JSON).body(body)
                .put(RESPONSES + "/" + id + "/external-notifications").then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("externalNotifications.lfpseReference", equalTo("LFPSE-7F3K-2291"))
                .body("externalNotifications.icbNotifiedOn", equalTo(today.toString()))
                .body("externalNotifications.otherOrganisations[0].name", equalTo("East of England Ambulance Service"))
                .body("externalNotifications.leadOrganisation", equalTo("Cambridgeshire Community Services NHS Trust"))
                .body("externalNotifications.initialReportDueOn", equalTo(today.plusDays(3).toString()))
                .body("externalNotifications.initialReportStatus", equalTo("sent"));
        Api.as(pat).contentType(ContentType.JSON).body(notifications(0))
                .put(RESPONSES + "/" + id + "/external-notifications").then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.as(pat).get(RESPONSES + "/" + id).then()
                .body("externalNotifications.initialReportSentOn", equalTo(today.toString()));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("update") && a.detail().contains("external notifications")));
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(notifications(1))
                .put(RESPONSES + "/" + id + "/external-notifications").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied",
                "PUT " + RESPONSES + "/" + id + "/external-notifications"));
    }

    @Test
    void notificationDatesCannotBeInTheFutureNorTheInitialReportBeforeTheEvent() {
        String id = PanelDecisions.approvedResponse("psii");
        LocalDate today = LocalDate.now(UK);
        Map<String, Object> future = notifications(0);
        future.put("cqcNotifiedOn", today.plusDays(1).toString());
        future.put("otherOrganisations", List.of(Map.of("name", "Ambulance", "notifiedOn",
                today.plusDays(2).toString())));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(future)
                .put(RESPONSES + "/" + id + "/external-notifications").then()
                .statusCode(400)
                .body("errors.find { it.field == 'cqcNotifiedOn' }.code", equalTo("in-the-future"))
                .body("errors.find { it.field == 'otherOrganisations[0].notifiedOn' }.code", equalTo("in-the-future"));
        Map<String, Object> early = notifications(0);
        early.put("initialReportSentOn", today.minusDays(5).toString());
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(early)
                .put(RESPONSES + "/" + id + "/external-notifications").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("initialReportSentOn"))
                .body("errors[0].code", equalTo("before-event"));
        Api.as(Users.specialist()).get(RESPONSES + "/" + id).then()
                .body("version", equalTo(0))
                .body("externalNotifications.otherOrganisations.size()", equalTo(0));
    }

    @Test
    void aPsiiInitialReportNotSentByDayThreeIsOverdue() {
        String id = PanelDecisions.approvedResponse("psii");
        rows.makeInitialReportDue(id, LocalDate.now(UK).minusDays(1));
        Api.as(Users.specialist()).get(RESPONSES + "/" + id).then()
                .statusCode(200).body("externalNotifications.initialReportStatus", equalTo("overdue"));
    }

    private static Map<String, Object> notifications(long version) {
        String today = LocalDate.now(UK).toString();
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("lfpseReference", "LFPSE-7F3K-2291");
        body.put("icbNotifiedOn", today);
        body.put("cqcNotifiedOn", today);
        body.put("otherOrganisations", List.of(Map.of("name", "East of England Ambulance Service",
                "notifiedOn", today)));
        body.put("leadOrganisation", "Cambridgeshire Community Services NHS Trust");
        return body;
    }
}
