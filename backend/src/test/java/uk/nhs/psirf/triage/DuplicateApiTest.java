package uk.nhs.psirf.triage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Triage;
import uk.nhs.psirf.support.Users;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marking an event as a duplicate of another: it is closed and points to the original. */
@QuarkusTest
class DuplicateApiTest {
    @Inject
    AuditTrail auditTrail;

    private static String duplicate(String eventId) {
        return "/api/v1/events/" + eventId + "/duplicate";
    }

    private static Map<String, Object> mark(long version, String reference) {
        return Map.of("version", version, "duplicateOfReference", reference);
    }

    @Test
    void aDuplicateIsClosedAndPointsToTheOriginalAndTheChangeIsAudited() {
        String original = Reports.file(Users.staff());
        String originalReference = Triage.reference(original);
        String id = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        Api.as(pat).contentType(ContentType.JSON).body(mark(0, originalReference.toLowerCase()))
                .put(duplicate(id)).then()
                .statusCode(200)
                .body("status", equalTo("closed"))
                .body("version", equalTo(1))
                .body("duplicateOf.id", equalTo(original))
                .body("duplicateOf.reference", equalTo(originalReference))
                .body("history[1].note", equalTo("Duplicate of " + originalReference));
        Api.as(pat).get("/api/v1/events/" + id).then().body("duplicateOf.reference", equalTo(originalReference));
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("update")
                && a.actor().equals(pat.sub()) && a.detail().contains(originalReference)));
    }

    @Test
    void theReporterIsToldTheReportWasClosedButNotWhichReportItDuplicates() {
        String original = Reports.file(Users.staff());
        String originalReference = Triage.reference(original);
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(mark(0, originalReference))
                .put(duplicate(id)).then().statusCode(200);
        Api.as(sam).get("/api/v1/events/" + id).then()
                .statusCode(200)
                .body("status", equalTo("closed"))
                .body("duplicateOf", nullValue())
                .body(not(containsString(originalReference)));
        Api.as(sam).get("/api/v1/me/notifications").then()
                .statusCode(200)
                .body("items[0].eventId", equalTo(id))
                .body("items[0].message", containsString("has been closed"))
                .body(not(containsString(originalReference)));
    }

    @Test
    void anUnknownReferenceTheEventItselfOrADuplicateAsOriginalIsRefusedNamingTheReference() {
        String original = Reports.file(Users.staff());
        String id = Reports.file(Users.staff());
        String other = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        Api.as(pat).contentType(ContentType.JSON).body(mark(0, "PSE-1999-000001")).put(duplicate(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("duplicateOfReference"))
                .body("errors[0].code", equalTo("unknown-reference"));
        Api.as(pat).contentType(ContentType.JSON).body(mark(0, Triage.reference(id))).put(duplicate(id)).then()
                .statusCode(400).body("errors[0].code", equalTo("same-event"));
        Api.as(pat).contentType(ContentType.JSON).body(mark(0, Triage.reference(original))).put(duplicate(other))
                .then().statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(mark(0, Triage.reference(other))).put(duplicate(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("duplicateOfReference"))
                .body("errors[0].code", equalTo("duplicate-of-duplicate"));
        Api.as(pat).get("/api/v1/events/" + id).then().body("status", equalTo("submitted")).body("version", equalTo(0));
    }

    @Test
    void aClosedOrGroupedEventCannotBeMarkedAsADuplicate() {
        String originalReference = Triage.reference(Reports.file(Users.staff()));
        String closed = Reports.file(Users.staff());
        int version = Triage.setStatus(closed, "closed");
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(mark(version, originalReference))
                .put(duplicate(closed)).then()
                .statusCode(400).body("errors[0].field", equalTo("eventId"))
                .body("errors[0].code", equalTo("event-closed"));
        String grouped = Reports.file(Users.staff());
        Triage.openCase("Heel ulcers", grouped);
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(mark(Triage.version(grouped), originalReference))
                .put(duplicate(grouped)).then()
                .statusCode(400).body("errors[0].field", equalTo("eventId"))
                .body("errors[0].code", equalTo("in-case"));
    }

    @Test
    void aStaleVersionIsAConflictAndNothingChanges() {
        String originalReference = Triage.reference(Reports.file(Users.staff()));
        String id = Reports.file(Users.staff());
        Triage.setStatus(id, "in-triage");
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(mark(0, originalReference))
                .put(duplicate(id)).then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("stale-version"));
        Api.as(Users.specialist()).get("/api/v1/events/" + id).then()
                .body("status", equalTo("in-triage")).body("duplicateOf", nullValue());
    }

    @Test
    void badInputIsNamedAndAnUnknownEventIsNotFound() {
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(Map.of("duplicateOfReference", ""))
                .put(duplicate(Reports.file(Users.staff()))).then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("version",
                        "duplicateOfReference"));
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(mark(0, "PSE-2026-000001"))
                .put(duplicate(UUID.randomUUID().toString())).then().statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    void theChiefNurseCannotMarkADuplicateAndTheRefusalIsAudited() {
        String id = Reports.file(Users.staff());
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(mark(0, "PSE-2026-000001"))
                .put(duplicate(id)).then().statusCode(403).body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT " + duplicate(id)));
    }
}
