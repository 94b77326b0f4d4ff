package uk.nhs.psirf.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReportingApiTest {
    @Inject
    AuditTrail auditTrail;

    @Test
    void staffReportAnEventAndGetTheReferenceToQuote() {
        Api.as(Users.staff()).contentType(ContentType.JSON).body(Reports.valid())
                .post("/api/v1/events").then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("reference", matchesPattern("PSE-\\d{4}-\\d{6,}"));
    }

    @Test
    void theReporterGetsTheirOwnIdentifiableView() {
        TestUser sam = Users.staff();
        var response = Api.as(sam).contentType(ContentType.JSON).body(Reports.valid())
                .post("/api/v1/events").then()
                .statusCode(201)
                .body("reference", matchesPattern("PSE-\\d{4}-\\d{6,}"))
                .body("status", equalTo("submitted"))
                .body("version", equalTo(0))
                .body("identifiable", equalTo(true))
                .body("reporterName", equalTo("Sam Staff"))
                .body("patient.nhsNumber", equalTo(Reports.NHS_NUMBER))
                .body("category.display", equalTo("Pressure ulcer"))
                .body("physicalHarm.display", equalTo("Low physical harm"))
                .body("location.service", equalTo("District Nursing"))
                .body("staffInvolved[0].name", equalTo("Dana Nurse"))
                .body("history[0].status", equalTo("submitted"))
                .extract();
        String id = response.path("id");
        assertTrue(response.header("Location").endsWith("/api/v1/events/" + id));
        assertTrue(auditTrail.hasEntry(sam.sub(), "create", response.path("reference")));
    }

    @Test
    void anAnonymousReportKeepsNoReporterIdentityButTheReporterCanFollowIt() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam, Reports.with("anonymous", true));
        Api.as(sam).get("/api/v1/events/" + id).then()
                .statusCode(200)
                .body("anonymous", equalTo(true))
                .body("reporterName", nullValue())
                .body("history[0].by", equalTo("Anonymous reporter"));
        Api.as(sam).get("/api/v1/events/mine").then().statusCode(200).body("items[0].id", equalTo(id));
        Api.as(Users.specialist()).get("/api/v1/events/" + id).then()
                .statusCode(200)
                .body("reporterName", nullValue())
                .body("history[0].by", equalTo("Anonymous reporter"));
        var created = auditTrail.byEntity(id).stream().filter(a -> a.action().equals("create")).findFirst().orElseThrow();
        assertEquals("anonymous", created.actor());
        assertEquals(null, created.clientAddress(), "the address could identify the reporter too");
        assertTrue(auditTrail.byActor(sam.sub()).stream().noneMatch(a -> id.equals(a.entityId())),
                "no audit row ties the anonymous reporter to their report");
    }

    @Test
    void aReportWithoutOptionalPartsIsAccepted() {
        Map<String, Object> report = Reports.valid();
        report.remove("patient");
        report.remove("staffInvolved");
        report.remove("immediateActions");
        report.remove("anonymous");
        Api.as(Users.staff()).contentType(ContentType.JSON).body(report).post("/api/v1/events").then()
                .statusCode(201)
                .body("patientInvolved", equalTo(false))
                .body("patient", nullValue());
    }

    @Test
    void aPatientWithoutDetailsStillCountsAsInvolved() {
        Map<String, Object> report = Reports.with("patient", Map.of());
        Api.as(Users.staff()).contentType(ContentType.JSON).body(report).post("/api/v1/events").then()
                .statusCode(201)
                .body("patientInvolved", equalTo(true));
    }

    @Test
    void anNhsNumberWithSpacesIsStoredAsTenDigits() {
        Map<String, Object> report = Reports.valid();
        ((Map<String, Object>) report.get("patient")).put("nhsNumber", "943 476 5919");
        Api.as(Users.staff()).contentType(ContentType.JSON).body(report).post("/api/v1/events").then()
                .statusCode(201).body("patient.nhsNumber", equalTo("9434765919"));
    }

    @Test
    void onlyStaffMayReport() {
        TestUser coach = Users.coach();
        Api.invalidRequestAs(coach).contentType(ContentType.JSON).body(Reports.valid()).post("/api/v1/events").then()
                .statusCode(403).body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(coach.sub(), "denied", "POST /api/v1/events"));
    }
}
