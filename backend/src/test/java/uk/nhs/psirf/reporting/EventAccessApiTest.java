package uk.nhs.psirf.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may open an event, and who sees identifiable data. */
@QuarkusTest
class EventAccessApiTest {
    @Inject
    AuditTrail auditTrail;

    @Test
    void aPatientSafetySpecialistSeesPatientDetailsAndTheReadIsAudited() {
        String id = Reports.file(Users.staff());
        TestUser pat = Users.specialist();
        Api.as(pat).get("/api/v1/events/" + id).then()
                .statusCode(200)
                .body("identifiable", equalTo(true))
                .body("patient.name", equalTo(Reports.PATIENT_NAME))
                .body("patient.nhsNumber", equalTo(Reports.NHS_NUMBER))
                .body("patient.dateOfBirth", equalTo("1941-03-02"))
                .body("reporterName", equalTo("Sam Staff"))
                .body("whatHappened", containsString("pressure ulcer"));
        assertTrue(auditTrail.hasEntry(pat.sub(), "read", null));
    }

    @Test
    void theChiefNurseSeesAnyEvent() {
        String id = Reports.file(Users.staff());
        Api.as(Users.chiefNurse()).get("/api/v1/events/" + id).then()
                .statusCode(200).body("patient.name", equalTo(Reports.PATIENT_NAME));
    }

    @Test
    void aReporterSeesTheirOwnReport() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        Api.as(sam).get("/api/v1/events/" + id).then()
                .statusCode(200).body("identifiable", equalTo(true)).body("patient.name", equalTo(Reports.PATIENT_NAME));
    }

    @Test
    void aStaffMemberReadingSomeoneElsesReportIsForbiddenAndAudited() {
        String id = Reports.file(Users.staff());
        TestUser other = Users.staff();
        Api.invalidRequestAs(other).get("/api/v1/events/" + id).then()
                .statusCode(403)
                .body("code", equalTo("forbidden"))
                .body(not(containsString(Reports.PATIENT_NAME)))
                .body(not(containsString("PSE-")));
        assertTrue(auditTrail.byActor(other.sub()).stream()
                .anyMatch(a -> a.action().equals("denied") && id.equals(a.entityId())));
    }

    @Test
    void aStaffMemberProbingAnUnknownIdGetsTheSameRefusal() {
        Api.invalidRequestAs(Users.staff()).get("/api/v1/events/" + UUID.randomUUID()).then()
                .statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void aSpecialistAskingForAnUnknownEventGetsNotFound() {
        Api.as(Users.specialist()).get("/api/v1/events/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
    }

    @Test
    void aCoachCannotOpenEventsAtAll() {
        String id = Reports.file(Users.staff());
        TestUser cara = Users.coach();
        Api.invalidRequestAs(cara).get("/api/v1/events/" + id).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(cara.sub(), "denied", "GET /api/v1/events/" + id));
    }

    @Test
    void myReportsListOnlyTheCallersReportsWithoutPatientIdentifiers() {
        TestUser sam = Users.staff();
        String mine = Reports.file(sam);
        Reports.file(Users.staff());
        Api.as(sam).get("/api/v1/events/mine").then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(mine))
                .body("items[0].patient", nullValue())
                .body(not(containsString(Reports.PATIENT_NAME)))
                .body(not(containsString(Reports.NHS_NUMBER)))
                .body(not(containsString("1941-03-02")));
    }

    @Test
    void onlyStaffHaveMyReports() {
        TestUser priya = Users.partner();
        Api.invalidRequestAs(priya).get("/api/v1/events/mine").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(priya.sub(), "denied", "GET /api/v1/events/mine"));
    }
}
