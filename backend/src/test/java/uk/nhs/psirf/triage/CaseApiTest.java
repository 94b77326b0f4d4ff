package uk.nhs.psirf.triage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Triage;
import uk.nhs.psirf.support.Users;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases group events for a multi-incident review or a theme; an event is in one case at a time. */
@QuarkusTest
class CaseApiTest {
    private static final String CASES = "/api/v1/cases";

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    private static Map<String, Object> update(long version, String title, String... eventIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("title", title);
        body.put("theme", "Offloading of heels");
        body.put("eventIds", List.of(eventIds));
        return body;
    }

    @Test
    void aSpecialistGroupsEventsIntoACaseAndEachEventLinksToIt() {
        String a = Reports.file(Users.staff());
        String b = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        var created = Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("title", "Heel pressure ulcers in the North team", "theme", "Offloading of heels",
                        "eventIds", List.of(a, b)))
                .post(CASES).then()
                .statusCode(201)
                .body("reference", matchesPattern("CASE-\\d{4}-\\d{4,}"))
                .body("version", equalTo(0))
                .body("decided", equalTo(false))
                .body("createdBy", equalTo("Pat Specialist"))
                .body("events.size()", equalTo(2))
                .body("events[0].id", equalTo(a))
                .body("events[0].summary", containsString("pressure ulcer"))
                .body("events[0].outcome", nullValue())
                .extract();
        String caseId = created.path("id");
        assertTrue(created.header("Location").endsWith(CASES + "/" + caseId));
        Api.as(pat).get("/api/v1/events/" + a).then()
                .body("case.id", equalTo(caseId))
                .body("case.reference", equalTo(created.path("reference")))
                .body("case.title", equalTo("Heel pressure ulcers in the North team"));
        assertTrue(auditTrail.byEntity(caseId).stream()
                .anyMatch(a2 -> a2.action().equals("create") && a2.actor().equals(pat.sub())));
    }

    @Test
    void theChiefNurseListsAndOpensCasesAndTheReadsAreAudited() {
        String caseId = Triage.openCase("Falls on the stroke ward", Reports.file(Users.staff()));
        TestUser chris = Users.chiefNurse();
        Api.as(chris).queryParam("size", 100).get(CASES).then()
                .statusCode(200)
                .body("items.id", hasItem(caseId))
                .body("items.find { it.id == '" + caseId + "' }.eventCount", equalTo(1));
        Api.as(chris).get(CASES + "/" + caseId).then()
                .statusCode(200).body("title", equalTo("Falls on the stroke ward")).body("events.size()", equalTo(1));
        assertTrue(auditTrail.hasEntry(chris.sub(), "list", "cases"));
        assertTrue(auditTrail.byEntity(caseId).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(chris.sub())));
    }

    @Test
    void anEventAlreadyInACaseAnUnknownEventAndAClosedEventAreRefusedEachNamed() {
        String grouped = Reports.file(Users.staff());
        Triage.openCase("First case", grouped);
        String closed = Reports.file(Users.staff());
        Triage.setStatus(closed, "closed");
        String fine = Reports.file(Users.staff());
        Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("title", "Second case",
                        "eventIds", List.of(fine, grouped, UUID.randomUUID().toString(), closed)))
                .post(CASES).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("eventIds[1]", "eventIds[2]", "eventIds[3]")))
                .body("errors.code", equalTo(List.of("already-in-case", "unknown-event", "event-closed")));
        Api.as(Users.specialist()).get("/api/v1/events/" + fine).then().body("case", nullValue());
    }

    @Test
    void anUpdateChangesTheTitleAndEventsAndRemovedEventsLeaveTheCase() {
        String a = Reports.file(Users.staff());
        String b = Reports.file(Users.staff());
        String c = Reports.file(Users.staff());
        String caseId = Triage.openCase("Heel ulcers", a, b);
        TestUser pat = Users.specialist();
        Api.as(pat).contentType(ContentType.JSON).body(update(0, "Heel ulcers, North and South", a, c))
                .put(CASES + "/" + caseId).then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("title", equalTo("Heel ulcers, North and South"))
                .body("theme", equalTo("Offloading of heels"))
                .body("events.id", equalTo(List.of(a, c)));
        Api.as(pat).get("/api/v1/events/" + b).then().body("case", nullValue());
        Api.as(pat).get("/api/v1/events/" + c).then().body("case.id", equalTo(caseId));
        Triage.openCase("Now free to join another", b);
        assertTrue(auditTrail.byEntity(caseId).stream()
                .anyMatch(x -> x.action().equals("update") && x.actor().equals(pat.sub())));
    }

    @Test
    void aDecidedCaseCannotChange() {
        String a = Reports.file(Users.staff());
        String b = Reports.file(Users.staff());
        String caseId = Triage.openCase("Heel ulcers", a);
        // As the decision feature's approval does (EventDecisions.recordOutcome marks the case decided).
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update triage_case set decided = true where id = :id")
                .setParameter("id", UUID.fromString(caseId)).executeUpdate());
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(update(0, "Heel ulcers", a, b))
                .put(CASES + "/" + caseId).then()
                .statusCode(400).body("errors[0].field", equalTo("eventIds"))
                .body("errors[0].code", equalTo("case-decided"));
        Api.as(Users.specialist()).get(CASES + "/" + caseId).then()
                .body("decided", equalTo(true)).body("events.size()", equalTo(1));
        Api.as(Users.specialist()).get("/api/v1/events/" + b).then().body("case", nullValue());
    }

    @Test
    void aStaleVersionIsAConflictAndNothingChanges() {
        String a = Reports.file(Users.staff());
        String b = Reports.file(Users.staff());
        String caseId = Triage.openCase("Heel ulcers", a);
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(update(0, "Renamed", a))
                .put(CASES + "/" + caseId).then().statusCode(200);
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(update(0, "Stale", a, b))
                .put(CASES + "/" + caseId).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.as(Users.specialist()).get(CASES + "/" + caseId).then()
                .body("title", equalTo("Renamed")).body("events.size()", equalTo(1));
    }

    @Test
    void badInputIsNamedAndAnUnknownCaseIsNotFound() {
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("title", "", "eventIds", List.of()))
                .post(CASES).then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("title", "eventIds"));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("title", "T", "eventIds", List.of("not-a-uuid")))
                .post(CASES).then()
                .statusCode(400).body("errors[0].field", containsString("eventIds"));
        String a = Reports.file(Users.staff());
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("title", "T", "eventIds", List.of(a, a)))
                .post(CASES).then()
                .statusCode(400).body("errors[0].field", equalTo("eventIds[1]"));
        Api.as(Users.specialist()).get(CASES + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(update(0, "T", a))
                .put(CASES + "/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("not-found"));
        Api.invalidRequestAs(Users.specialist()).queryParam("size", 0).get(CASES).then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void staffCannotSeeCasesAndTheChiefNurseCannotChangeThemAndTheRefusalsAreAudited() {
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).get(CASES).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET " + CASES));
        String caseId = Triage.openCase("Heel ulcers", Reports.file(Users.staff()));
        Api.invalidRequestAs(sam).get(CASES + "/" + caseId).then().statusCode(403)
                .body(org.hamcrest.Matchers.not(containsString("Heel ulcers")));
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON)
                .body(Map.of("title", "T", "eventIds", List.of(UUID.randomUUID().toString())))
                .post(CASES).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "POST " + CASES));
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(update(0, "T", UUID.randomUUID().toString()))
                .put(CASES + "/" + caseId).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT " + CASES + "/" + caseId));
    }

    @Test
    void theReporterDoesNotSeeTheCaseTheirReportIsIn() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        Triage.openCase("Ulcers on the ward of Mrs Other", id);
        Api.as(sam).get("/api/v1/events/" + id).then()
                .statusCode(200).body("case", nullValue()).body(org.hamcrest.Matchers.not(containsString("Mrs Other")));
        Api.as(Users.specialist()).get("/api/v1/events/" + id).then().body("case", notNullValue());
    }
}
