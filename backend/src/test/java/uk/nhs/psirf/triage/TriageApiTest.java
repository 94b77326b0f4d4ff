package uk.nhs.psirf.triage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TriageApiTest {
    @Inject
    AuditTrail auditTrail;

    private static Map<String, Object> triage(long version, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("status", status);
        body.put("categoryCode", "pressure-ulcer");
        body.put("physicalHarm", 3);
        body.put("psychologicalHarm", 4);
        body.put("note", "Harm raised to moderate after tissue viability review.");
        return body;
    }

    @Test
    void theTriageQueueListsEventsNewestFirstWithoutPatientIdentifiers() {
        String older = Reports.file(Users.staff());
        String newer = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        Api.as(pat).queryParam("size", 2).get("/api/v1/events").then()
                .statusCode(200)
                .body("items[0].id", equalTo(newer))
                .body("items[1].id", equalTo(older))
                .body("size", equalTo(2))
                .body(not(containsString(Reports.PATIENT_NAME)))
                .body(not(containsString(Reports.NHS_NUMBER)))
                .body(not(containsString("1941-03-02")))
                .body(not(containsString("High Street")));
        assertTrue(auditTrail.hasEntry(pat.sub(), "list", "triage queue"));
    }

    @Test
    void theTriageQueueFiltersByStatusHarmCategoryAndDate() {
        Map<String, Object> fall = Reports.with("categoryCode", "fall");
        fall.put("physicalHarm", 2);
        String id = Reports.file(Users.staff(), fall);
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        Api.as(Users.chiefNurse())
                .queryParam("status", "submitted").queryParam("physicalHarm", 2).queryParam("category", "fall")
                .queryParam("occurredFrom", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString())
                .queryParam("occurredTo", today)
                .get("/api/v1/events").then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.category.code", everyItem(equalTo("fall")))
                .body("items.physicalHarm.code", everyItem(equalTo("2")))
                .body("items.status", everyItem(equalTo("submitted")));
        Api.as(Users.chiefNurse()).queryParam("occurredTo", "2000-01-01").get("/api/v1/events").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void pagingGivesTotalsAndBoundedPages() {
        Reports.file(Users.staff());
        Reports.file(Users.staff());
        Api.as(Users.specialist()).queryParam("page", 1).queryParam("size", 1).get("/api/v1/events").then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("items.size()", lessThanOrEqualTo(1))
                .body("totalPages", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    void badFiltersAreNamed() {
        Api.invalidRequestAs(Users.specialist())
                .queryParam("status", "lost").queryParam("physicalHarm", 7).queryParam("category", "nope")
                .queryParam("occurredFrom", "yesterday").queryParam("size", 1000)
                .get("/api/v1/events").then()
                .statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("status", "physicalHarm", "category",
                        "occurredFrom", "size"));
    }

    @Test
    void staffCannotSeeTheTriageQueue() {
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).get("/api/v1/events").then().statusCode(403).body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET /api/v1/events"));
    }

    @Test
    void theExportIsCsvWithTheSameFiltersAndNoIdentifiers() {
        Map<String, Object> report = Reports.with("categoryCode", "medication");
        String id = Reports.file(Users.staff(), report);
        String reference = Api.as(Users.specialist()).get("/api/v1/events/" + id).then().extract().path("reference");
        TestUser pat = Users.specialist();
        String csv = Api.as(pat).accept("text/csv").queryParam("category", "medication")
                .get("/api/v1/events/export").then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asString();
        assertTrue(csv.startsWith("reference,status,reportedAt"));
        assertTrue(csv.contains(reference));
        assertTrue(!csv.contains("pressure-ulcer"));
        assertTrue(!csv.contains(Reports.PATIENT_NAME) && !csv.contains(Reports.NHS_NUMBER));
        assertTrue(auditTrail.hasEntry(pat.sub(), "export", "category=medication"));
    }

    @Test
    void staffCannotExport() {
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).accept("text/csv").get("/api/v1/events/export").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET /api/v1/events/export"));
    }

    @Test
    void aSpecialistTriagesAnEventAndTheStatusChangeIsRecorded() {
        String id = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        Api.as(pat).contentType(ContentType.JSON).body(triage(0, "in-triage"))
                .put("/api/v1/events/" + id + "/triage").then()
                .statusCode(200)
                .body("status", equalTo("in-triage"))
                .body("version", equalTo(1))
                .body("physicalHarm.code", equalTo("3"))
                .body("history.size()", equalTo(2))
                .body("history[1].status", equalTo("in-triage"))
                .body("history[1].by", equalTo("Pat Specialist"))
                .body("history[1].note", containsString("tissue viability"));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("update") && a.actor().equals(pat.sub())));
    }

    @Test
    void aStaleVersionIsRejectedWithConflictAndNothingChanges() {
        String id = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        Api.as(pat).contentType(ContentType.JSON).body(triage(0, "in-triage"))
                .put("/api/v1/events/" + id + "/triage").then().statusCode(200);
        Map<String, Object> stale = triage(0, "closed");
        stale.put("physicalHarm", 1);
        Api.as(pat).contentType(ContentType.JSON).body(stale)
                .put("/api/v1/events/" + id + "/triage").then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("stale-version"));
        Api.as(pat).get("/api/v1/events/" + id).then()
                .body("status", equalTo("in-triage"))
                .body("version", equalTo(1))
                .body("physicalHarm.code", equalTo("3"))
                .body("history.size()", equalTo(2));
    }

    @Test
    void triageOfAnUnknownEventIsNotFound() {
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(triage(0, "closed"))
                .put("/api/v1/events/" + java.util.UUID.randomUUID() + "/triage").then()
                .statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    void triageWithAnUnknownCategoryOrMissingFieldsIsRefused() {
        String id = Reports.file(Users.staff());
        Map<String, Object> body = triage(0, "in-triage");
        body.put("categoryCode", "nope");
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/events/" + id + "/triage").then()
                .statusCode(400).body("errors[0].field", equalTo("categoryCode"))
                .body("errors[0].code", equalTo("unknown-code"));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(Map.of("note", "x"))
                .put("/api/v1/events/" + id + "/triage").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("version", "status",
                        "categoryCode", "physicalHarm", "psychologicalHarm"));
    }

    @Test
    void theChiefNurseCannotTriage() {
        String id = Reports.file(Users.staff());
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(triage(0, "closed"))
                .put("/api/v1/events/" + id + "/triage").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT /api/v1/events/" + id + "/triage"));
        Api.as(Users.specialist()).get("/api/v1/events/" + id).then().body("status", equalTo("submitted"));
    }

    @Test
    void anUnknownPathIsAProblemNotAStackTrace() {
        Api.protocolErrorAs(Users.staff()).get("/api/v1/nothing-here").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
    }

    @Test
    void aWrongMethodIsAProblem() {
        Api.protocolErrorAs(Users.specialist()).delete("/api/v1/events").then()
                .statusCode(405).contentType("application/problem+json").body("code", equalTo("method-not-allowed"));
    }

    @Test
    void anUnacceptableFormatIsAProblem() {
        Api.protocolErrorAs(Users.staff()).accept("application/xml").get("/api/v1/me").then()
                .statusCode(406).body("code", equalTo("not-acceptable"));
    }

}
