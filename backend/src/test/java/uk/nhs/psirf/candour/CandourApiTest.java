package uk.nhs.psirf.candour;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Duty of Candour: the notifiable decision, the steps with the written notification's deadline, and the list. */
@QuarkusTest
class CandourApiTest {
    private static final String CANDOUR = "/api/v1/candour";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    @Test
    void theHarmProposesTheSpecialistDecidesAndTheStepsAreRecordedWithTheirDeadline() {
        String eventId = eventWithHarm(3, 40);
        TestUser pat = Users.specialist();
        Api.as(pat).get(eventPath(eventId)).then().statusCode(200)
                .body("version", equalTo(0))
                .body("proposedNotifiable", equalTo(true))
                .body("status", equalTo("not-decided"))
                .body("decision", nullValue())
                .body("mayDecide", equalTo(true));
        Api.as(pat).contentType(ContentType.JSON).body(decision(0, true, false))
                .put(eventPath(eventId) + "/decision").then().statusCode(200)
                .body("version", equalTo(1))
                .body("decision.notifiable", equalTo(true))
                .body("decision.decidedBy", equalTo("Pat Specialist"))
                .body("status", equalTo("due"));
        Api.as(pat).contentType(ContentType.JSON).body(decision(0, false, false))
                .put(eventPath(eventId) + "/decision").then().statusCode(409).body("code", equalTo("stale-version"));

        LocalDate verbal = LocalDate.now(UK).minusDays(30);
        Map<String, Object> steps = new HashMap<>(Map.of("version", 1, "verbalNotifiedOn", verbal.toString(),
                "verbalNotifiedBy", "Ward manager", "verbalNotifiedTo", "The patient's daughter"));
        Api.as(pat).contentType(ContentType.JSON).body(steps).put(eventPath(eventId) + "/steps").then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("steps.writtenDueOn", notNullValue())
                .body("steps.writtenOverdue", equalTo(true))
                .body("status", equalTo("overdue"));
        Api.as(pat).get(CANDOUR).then().statusCode(200)
                .body("items.find { it.eventId == '" + eventId + "' }.status", equalTo("overdue"))
                .body("items[0].status", equalTo("overdue"));
        assertTrue(auditTrail.hasEntry(pat.sub(), "list", "candour list"));
        assertTrue(auditTrail.byEntity(eventId).stream()
                .anyMatch(a -> a.action().equals("update") && a.detail().contains("candour steps")));
        assertTrue(auditTrail.byEntity(eventId).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(pat.sub())));

        steps.put("version", 2);
        steps.put("writtenNotDoneReason", "The daughter asked for no letters");
        steps.put("findingsSharedOn", LocalDate.now(UK).toString());
        Api.as(pat).contentType(ContentType.JSON).body(steps).put(eventPath(eventId) + "/steps").then()
                .statusCode(200).body("status", equalTo("complete")).body("steps.writtenOverdue", equalTo(false));
    }

    @Test
    void anEventOfLessThanModerateHarmIsOnTheListOnlyOnceItHasACandourRecord() {
        String recorded = eventWithHarm(4, 20);
        String unrecorded = eventWithHarm(4, 20);
        TestUser pat = Users.specialist();
        Api.as(pat).contentType(ContentType.JSON).body(decision(0, true, true))
                .put(eventPath(recorded) + "/decision").then().statusCode(200);
        Api.as(pat).get(CANDOUR).then().statusCode(200)
                .body("items.eventId", hasItem(recorded))
                .body("items.eventId", not(hasItem(unrecorded)));
    }

    @Test
    void badStepsAreRefusedNamingTheFieldAndNothingChanges() {
        String eventId = eventWithHarm(2, 10);
        TestUser pat = Users.specialist();
        Map<String, Object> tooEarly = Map.of("version", 0, "verbalNotifiedOn", LocalDate.now(UK).toString());
        Api.as(pat).contentType(ContentType.JSON).body(tooEarly).put(eventPath(eventId) + "/steps").then()
                .statusCode(409).body("code", equalTo("conflict"));
        Api.as(pat).contentType(ContentType.JSON).body(decision(0, true, false))
                .put(eventPath(eventId) + "/decision").then().statusCode(200);
        LocalDate today = LocalDate.now(UK);
        Map<String, Object> bad = Map.of("version", 1, "verbalNotifiedOn", today.toString(),
                "verbalNotifiedTo", "The patient", "verbalNotDoneReason", "Could not reach them",
                "writtenSentOn", today.minusDays(1).toString(), "findingsSharedOn", today.plusDays(1).toString());
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(bad).put(eventPath(eventId) + "/steps").then()
                .statusCode(400)
                .body("errors.field", hasItem("verbalNotifiedOn"))
                .body("errors.code", hasItem("date-and-reason"))
                .body("errors.code", hasItem("in-the-future"))
                .body("errors.field", hasItem("verbalNotifiedBy"))
                .body("errors.code", hasItem("before-verbal"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "notifiable", false, "prolongedPsychologicalHarm", true, "reason", "x"))
                .put(eventPath(eventId) + "/decision").then()
                .statusCode(400).body("errors[0].field", equalTo("notifiable"))
                .body("errors[0].code", equalTo("contradicts-harm"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of("version", 1, "notifiable", true))
                .put(eventPath(eventId) + "/decision").then().statusCode(400);
        Api.as(pat).get(eventPath(eventId)).then().statusCode(200).body("version", equalTo(1))
                .body("steps.verbalNotifiedOn", nullValue()).body("decision.notifiable", equalTo(true));
        Api.as(pat).get(CANDOUR + "/events/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theChiefNurseReadsButOnlyASpecialistDecides() {
        String eventId = eventWithHarm(3, 1);
        TestUser chris = Users.chiefNurse();
        Api.as(chris).get(eventPath(eventId)).then().statusCode(200).body("mayDecide", equalTo(false))
                .body("mayRecordSteps", equalTo(false));
        Api.as(chris).get(CANDOUR).then().statusCode(200);
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(decision(0, true, false))
                .put(eventPath(eventId) + "/decision").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT " + eventPath(eventId) + "/decision"));
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).get(CANDOUR).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET " + CANDOUR));
        Api.invalidRequestAs(sam).get(eventPath(eventId)).then().statusCode(403);
    }

    @Test
    void theAssignedLeadRecordsTheStepsOfTheirResponsesEventsAndOtherLeadsAreRefused() {
        String eventId = eventWithHarm(2, 5);
        String responseId = PanelDecisions.approve(Users.chiefNurse(),
                PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(eventId, "psii")));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestUser lead = Tokens.user("Lena Lead" + suffix, Roles.LEARNING_RESPONSE_LEAD);
        TestUser otherLead = Tokens.user("Otto Lead" + suffix, Roles.LEARNING_RESPONSE_LEAD);
        UUID leadPerson = person(lead);
        person(otherLead);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update learning_response set lead_person_id = :person where id = :id")
                .setParameter("person", leadPerson).setParameter("id", UUID.fromString(responseId)).executeUpdate());
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(decision(0, true, false))
                .put(eventPath(eventId) + "/decision").then().statusCode(200);

        Api.as(lead).get(eventPath(eventId)).then().statusCode(200)
                .body("mayRecordSteps", equalTo(true)).body("responses[0].id", equalTo(responseId));
        Api.as(lead).contentType(ContentType.JSON).body(Map.of("version", 1, "verbalNotifiedOn",
                        LocalDate.now(UK).toString(), "verbalNotifiedBy", "Lena Lead", "verbalNotifiedTo", "The patient"))
                .put(eventPath(eventId) + "/steps").then().statusCode(200).body("status", equalTo("due"));
        Api.invalidRequestAs(otherLead).get(eventPath(eventId)).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(otherLead.sub(), "denied", "GET " + eventPath(eventId)));
        Api.invalidRequestAs(otherLead).contentType(ContentType.JSON).body(Map.of("version", 2))
                .put(eventPath(eventId) + "/steps").then().statusCode(403);
        Api.invalidRequestAs(lead).contentType(ContentType.JSON).body(decision(2, false, false))
                .put(eventPath(eventId) + "/decision").then().statusCode(403);
    }

    @Test
    void aSpecialistUploadsBankHolidaysWhichReplaceTheYearsTheFileHolds() {
        TestUser pat = Users.specialist();
        int year = 2090 + (int) (Math.random() * 9);
        String csv = "date,title\n" + year + "-01-01,New Year's Day\n" + year + "-12-25,Christmas Day\n";
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("fileName", "holidays.csv", "content", csv))
                .post(CANDOUR + "/bank-holidays").then().statusCode(200)
                .body("yearsReplaced", equalTo(List.of(year))).body("holidaysLoaded", equalTo(2));
        String json = "{\"england-and-wales\":{\"events\":[{\"title\":\"Boxing Day\",\"date\":\"" + year
                + "-12-26\"}]}}";
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("fileName", "bank-holidays.json", "content", json))
                .post(CANDOUR + "/bank-holidays").then().statusCode(200);
        List<String> dates = Api.as(Users.chiefNurse()).get(CANDOUR + "/bank-holidays").then().statusCode(200)
                .body("items.date", hasItem("2026-12-28"))
                .extract().path("items.findAll { it.date.startsWith('" + year + "') }.date");
        assertEquals(List.of(year + "-12-26"), dates);
        assertTrue(auditTrail.hasEntry(pat.sub(), "update", "uploaded bank-holidays.json"));

        Api.invalidRequestAs(pat).contentType(ContentType.JSON)
                .body(Map.of("fileName", "bad.csv", "content", year + "-01-01,New Year\n" + year + "-13-01,Oops\n"))
                .post(CANDOUR + "/bank-holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("content")).body("errors[0].code", equalTo("invalid-date"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("Line 2"));
        Api.as(pat).get(CANDOUR + "/bank-holidays").then()
                .body("items.findAll { it.date.startsWith('" + year + "') }.date", equalTo(List.of(year + "-12-26")));
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(Map.of("fileName", "a.csv", "content", csv))
                .post(CANDOUR + "/bank-holidays").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "POST " + CANDOUR + "/bank-holidays"));
        Api.invalidRequestAs(Users.staff()).get(CANDOUR + "/bank-holidays").then().statusCode(403);
    }

    private static String eventPath(String eventId) {
        return CANDOUR + "/events/" + eventId;
    }

    static Map<String, Object> decision(long version, boolean notifiable, boolean prolonged) {
        return Map.of("version", version, "notifiable", notifiable, "prolongedPsychologicalHarm", prolonged,
                "reason", "Harm confirmed with the ward.");
    }

    static String eventWithHarm(int physicalHarm, int daysAgo) {
        Map<String, Object> report = Reports.with("physicalHarm", physicalHarm);
        report.put("occurredAt", Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        return Reports.file(Users.staff(), report);
    }

    private UUID person(TestUser user) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into person (id, version, name, email, active, created_at, updated_at)
                        values (:id, 0, :name, :email, true, now(), now())""")
                .setParameter("id", id).setParameter("name", user.name())
                .setParameter("email", user.name().toLowerCase().replace(' ', '.') + "@example.nhs.uk")
                .executeUpdate());
        return id;
    }
}
