package uk.nhs.psirf.investigation;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.InvestigationRows;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.RESPONSES;

/** The work on a learning response: its parts, who may work on it, the final report PDF, sign-off and closure. */
@QuarkusTest
class InvestigationApiTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String FINDING = "Repositioning was missed on two nights when the ward was short of staff.";

    @Inject
    AuditTrail auditTrail;

    @Inject
    InvestigationRows rows;

    @Test
    void theAssignedLeadWorksOnEachPartWhichIsVersionedAndAudited() {
        String id = PanelDecisions.approvedResponse("after-action-review");
        TestUser lead = lead();
        rows.assignLead(id, rows.personFor(lead));
        String work = RESPONSES + "/" + id + "/investigation";

        Api.as(lead).get(work).then().statusCode(200)
                .body("version", equalTo(0))
                .body("openSteps", contains("final-report", "draft-shared", "oversight-sign-off"));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(lead.sub())));

        Map<String, Object> terms = new HashMap<>(Map.of("version", 0, "text", "How the pressure ulcer developed.",
                "affectedInput", List.of(Map.of("who", "Patient's daughter", "declined", false,
                        "summary", "Asked why the chart was not kept."), Map.of("who", "Patient", "declined", true))));
        Api.as(lead).contentType(ContentType.JSON).body(terms).put(work + "/terms-of-reference").then()
                .statusCode(200).body("version", equalTo(1))
                .body("affectedInput[1].declined", equalTo(true));
        Api.as(lead).contentType(ContentType.JSON).body(terms).put(work + "/terms-of-reference").then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.invalidRequestAs(lead).contentType(ContentType.JSON).body(Map.of("version", 1, "text", "Scope",
                        "affectedInput", List.of(Map.of("who", "Patient", "declined", false))))
                .put(work + "/terms-of-reference").then()
                .statusCode(400).body("errors[0].field", equalTo("affectedInput[0].summary"));

        String later = Api.as(lead).contentType(ContentType.JSON).body(Map.of("version", 1, "entries", List.of(
                        Map.of("at", "2026-11-03T22:00:00Z", "what", "Chart not completed", "source", "Chart"),
                        Map.of("at", "2026-11-02T08:00:00Z", "what", "Admitted to Ward 7", "source", "Notes"))))
                .put(work + "/chronology").then().statusCode(200)
                .body("version", equalTo(2))
                .body("chronology[0].what", equalTo("Admitted to Ward 7"))
                .extract().path("chronology[1].id");

        Api.as(lead).contentType(ContentType.JSON).body(Map.of("version", 2, "factors", List.of(
                        Map.of("category", "organisation", "description", "Two nurses for 28 beds",
                                "chronologyEntryId", later))))
                .put(work + "/contributory-factors").then().statusCode(200)
                .body("factors[0].categoryDisplay", equalTo("Organisation"))
                .body("factors[0].chronologyEntryId", equalTo(later));
        Api.invalidRequestAs(lead).contentType(ContentType.JSON).body(Map.of("version", 3, "factors", List.of(
                        Map.of("category", "tasks", "description", "x", "chronologyEntryId",
                                UUID.randomUUID().toString()))))
                .put(work + "/contributory-factors").then().statusCode(400)
                .body("errors[0].field", equalTo("factors[0].chronologyEntryId"))
                .body("errors[0].code", equalTo("unknown-entry"));

        Api.as(lead).contentType(ContentType.JSON).body(Map.of("version", 3, "accounts", List.of(
                        Map.of("role", "Staff nurse", "takenOn", today(), "account", "We were two that night."))))
                .put(work + "/accounts").then().statusCode(200).body("accounts[0].role", equalTo("Staff nurse"));
        Api.as(lead).contentType(ContentType.JSON).body(findings(4))
                .put(work + "/findings").then().statusCode(200).body("findings[0]", equalTo(FINDING));
        Api.as(lead).contentType(ContentType.JSON).body(Map.of("version", 5, "sharings", List.of(
                        Map.of("name", "Jane Doe", "relationship", "family", "sharedOn", today()))))
                .put(work + "/draft-sharing").then().statusCode(200)
                .body("draftSharings[0].relationship", equalTo("family"));
        Api.as(lead).contentType(ContentType.JSON).body(Map.of("version", 6, "summary", "What happened and why."))
                .put(work + "/report-summary").then().statusCode(200)
                .body("finalReportReady", equalTo(true))
                .body("openSteps", contains("oversight-sign-off"));

        // Removing a linked chronology entry keeps the factor, unlinked
        Api.as(lead).contentType(ContentType.JSON).body(Map.of("version", 7, "entries", List.of()))
                .put(work + "/chronology").then().statusCode(200)
                .body("factors[0].description", equalTo("Two nurses for 28 beds"))
                .body("factors[0].chronologyEntryId", nullValue());
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("update") && a.detail().contains("findings")));
        assertTrue(auditTrail.byEntity(id).stream().noneMatch(a -> a.detail().contains(FINDING)));
    }

    @Test
    void onlyThePatientSafetyTeamTheChiefNurseAndTheResponsesOwnLeadMayWorkOnIt() {
        String id = PanelDecisions.approvedResponse("swarm-huddle");
        String work = RESPONSES + "/" + id + "/investigation";
        TestUser otherLead = lead();
        rows.personFor(otherLead);
        Api.invalidRequestAs(otherLead).get(work).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(otherLead.sub(), "denied", "GET " + work));
        Api.as(Users.chiefNurse()).get(work).then().statusCode(200);
        TestUser sam = Users.staff();
        Map<String, Object> anyBody = Map.of("version", 0);
        for (String part : List.of("terms-of-reference", "chronology", "accounts", "contributory-factors",
                "findings", "draft-sharing", "report-summary")) {
            Api.invalidRequestAs(sam).contentType(ContentType.JSON).body(anyBody).put(work + "/" + part).then()
                    .statusCode(403);
            assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "PUT " + work + "/" + part));
        }
        Api.invalidRequestAs(sam).get(RESPONSES + "/" + id + "/report.pdf").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET " + RESPONSES + "/" + id + "/report.pdf"));
        Api.as(Users.specialist()).get(RESPONSES + "/" + UUID.randomUUID() + "/investigation").then()
                .statusCode(404);
    }

    @Test
    void theFinalReportIsAPdfWithTheReferenceAndTheFindingsAndNoNhsNumber() throws Exception {
        String id = PanelDecisions.approvedResponse("after-action-review");
        TestUser pat = Users.specialist();
        String reference = Api.as(pat).contentType(ContentType.JSON).body(findings(0))
                .put(RESPONSES + "/" + id + "/investigation/findings").then().statusCode(200)
                .extract().path("reference");
        byte[] pdf = Api.as(pat).accept("application/pdf").get(RESPONSES + "/" + id + "/report.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        String flat = text.toString().replaceAll("\\s+", " ");
        assertTrue(flat.contains(reference), flat);
        assertTrue(flat.contains(FINDING), flat);
        assertFalse(flat.contains(Reports.NHS_NUMBER));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.detail().contains("final report PDF")));
    }

    @Test
    void aResponseClosesOnlyWithAFinalReportASharedDraftAndATrainedOverseersSignOff() {
        String id = PanelDecisions.approvedResponse("after-action-review");
        String work = RESPONSES + "/" + id + "/investigation";
        TestUser pat = Users.specialist();
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(RESPONSES + "/" + id + "/closure").then().statusCode(400)
                .body("errors.field", contains("finalReport", "draftSharing", "signOff"))
                .body("errors[0].code", equalTo("open-step"));
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(RESPONSES + "/" + id + "/closure").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "POST " + RESPONSES + "/" + id + "/closure"));

        Api.as(pat).contentType(ContentType.JSON).body(findings(0)).put(work + "/findings").then().statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1, "summary", "What happened."))
                .put(work + "/report-summary").then().statusCode(200);
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of("version", 2, "sharings", List.of(
                        Map.of("name", "Jane Doe", "relationship", "family", "sharedOn", today())),
                        "notSharedReason", "Declined"))
                .put(work + "/draft-sharing").then().statusCode(400)
                .body("errors[0].code", equalTo("reason-or-sharing"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 2, "sharings", List.of(),
                        "notSharedReason", "The family asked not to receive the draft."))
                .put(work + "/draft-sharing").then().statusCode(200);

        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(signOff(3, rows.untrainedOverseer()))
                .post(work + "/sign-off").then().statusCode(400)
                .body("errors[0].field", equalTo("overseerPersonId"))
                .body("errors[0].code", equalTo("training-missing"));
        TestUser lead = lead();
        rows.assignLead(id, rows.personFor(lead));
        Api.invalidRequestAs(lead).contentType(ContentType.JSON).body(signOff(3, rows.trainedOverseer()))
                .post(work + "/sign-off").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(lead.sub(), "denied", "POST " + work + "/sign-off"));
        Api.as(chris).contentType(ContentType.JSON).body(signOff(3, rows.trainedOverseer()))
                .post(work + "/sign-off").then().statusCode(200)
                .body("signOff.overseerName", equalTo("Olive Overseer"))
                .body("openSteps.size()", equalTo(0));

        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 5))
                .post(RESPONSES + "/" + id + "/closure").then().statusCode(409).body("code", equalTo("stale-version"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(RESPONSES + "/" + id + "/closure").then().statusCode(200)
                .body("status", equalTo("closed")).body("closedAt", notNullValue());
        Api.as(pat).get(RESPONSES + "/" + id).then().body("status", equalTo("closed"))
                .body("closedAt", notNullValue())
                .body("timeframe.dueStatus", equalTo("closed"));
        // A closed response is "closed" on the lists too, never "on track" (and not found among the overdue)
        Api.as(pat).get(RESPONSES + "?status=closed&size=100").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.dueStatus", equalTo("closed"));
        Api.as(pat).get(RESPONSES + "?dueStatus=on-track&size=100").then().statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }.size()", equalTo(0));

        // A closed response changes no more: 409 conflict
        Api.as(pat).contentType(ContentType.JSON).body(findings(4)).put(work + "/findings").then()
                .statusCode(409).body("code", equalTo("conflict"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(RESPONSES + "/" + id + "/closure").then().statusCode(409).body("code", equalTo("conflict"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1))
                .put(RESPONSES + "/" + id + "/external-notifications").then().statusCode(409);
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("update") && a.detail().startsWith("close ")));
    }

    /** Policy §3.2: "Once verified, they will ensure ... the review or learning response commences". */
    @Test
    void nothing_of_the_work_on_a_psii_starts_before_the_chief_nurse_verifies_it_but_the_team_may_be_chosen() {
        String id = PanelDecisions.approvedResponse("psii");
        String work = RESPONSES + "/" + id + "/investigation";
        TestUser pat = Users.specialist();
        TestUser chris = Users.chiefNurse();
        String overseer = rows.trainedOverseer();
        Map<String, Map<String, Object>> puts = new java.util.LinkedHashMap<>();
        puts.put("/terms-of-reference", Map.of("version", 0, "text", "Scope", "affectedInput", List.of()));
        puts.put("/chronology", Map.of("version", 0, "entries", List.of()));
        puts.put("/accounts", Map.of("version", 0, "accounts", List.of()));
        puts.put("/contributory-factors", Map.of("version", 0, "factors", List.of()));
        puts.put("/findings", findings(0));
        puts.put("/draft-sharing", Map.of("version", 0, "sharings", List.of(), "notSharedReason", "Declined."));
        puts.put("/report-summary", Map.of("version", 0, "summary", "What happened."));
        for (var put : puts.entrySet()) {
            Api.as(pat).contentType(ContentType.JSON).body(put.getValue()).put(work + put.getKey()).then()
                    .statusCode(409).body("errors[0].field", equalTo("responseId"))
                    .body("errors[0].code", equalTo("psii-not-verified"));
        }
        Api.as(chris).contentType(ContentType.JSON).body(signOff(0, overseer)).post(work + "/sign-off").then()
                .statusCode(409).body("errors[0].code", equalTo("psii-not-verified"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(RESPONSES + "/" + id + "/closure").then()
                .statusCode(409).body("errors[0].code", equalTo("psii-not-verified"));
        Api.as(pat).get(work).then().statusCode(200).body("status", equalTo("awaiting-verification"))
                .body("version", equalTo(0));

        TestUser lead = lead();
        String leadPerson = rows.personFor(lead);
        Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "members", List.of(Map.of("personId", leadPerson))))
                .put(RESPONSES + "/" + id + "/team").then().statusCode(200)
                .body("status", equalTo("awaiting-verification"));

        Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", 1, "comment", "Verified."))
                .post(RESPONSES + "/" + id + "/verification").then().statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(findings(0)).put(work + "/findings").then().statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1, "summary", "What happened."))
                .put(work + "/report-summary").then().statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 2, "sharings", List.of(
                        Map.of("name", "Jane Doe", "relationship", "family", "sharedOn", today()))))
                .put(work + "/draft-sharing").then().statusCode(200);
        Api.as(chris).contentType(ContentType.JSON).body(signOff(3, overseer))
                .post(work + "/sign-off").then().statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 2))
                .post(RESPONSES + "/" + id + "/closure").then().statusCode(200).body("status", equalTo("closed"));
        Api.as(pat).get(RESPONSES + "/" + id).then().body("verification.comment", equalTo("Verified."))
                .body("externalNotifications.initialReportStatus", equalTo("closed"))
                .body("timeframe.dueStatus", equalTo("closed"));
    }

    private static TestUser lead() {
        return Tokens.user("Lee Lead" + UUID.randomUUID().toString().substring(0, 8), Roles.LEARNING_RESPONSE_LEAD,
                Roles.STAFF);
    }

    private static Map<String, Object> findings(long version) {
        return Map.of("version", version, "findings", List.of(FINDING),
                "areasForImprovement", List.of("Keep the repositioning chart at the bedside."));
    }

    private static Map<String, Object> signOff(long version, String overseer) {
        return Map.of("version", version, "overseerPersonId", overseer, "signedOffOn", today(),
                "comment", "The findings follow from the chronology.");
    }

    private static String today() {
        return LocalDate.now(UK).toString();
    }
}
