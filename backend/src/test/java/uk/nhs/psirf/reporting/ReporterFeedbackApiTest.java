package uk.nhs.psirf.reporting;

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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What was learnt is shared back with the reporter, who sees it on their report and in "My reports". */
@QuarkusTest
class ReporterFeedbackApiTest {
    private static final String LEARNING = "Heel offloading is now checked at every visit for patients in bed.";

    @Inject
    AuditTrail auditTrail;

    private static String feedback(String eventId) {
        return "/api/v1/events/" + eventId + "/feedback";
    }

    @Test
    void aSpecialistSharesTheLearningAndTheReporterIsToldAndSeesIt() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        String reference = Triage.reference(id);
        Api.as(sam).get("/api/v1/events/mine").then().body("items[0].outcome", nullValue());
        TestUser pat = Users.specialist();
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0, "learning", LEARNING))
                .put(feedback(id)).then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("outcome.learning", equalTo(LEARNING))
                .body("outcome.learningSharedAt", notNullValue());
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("update")
                && a.actor().equals(pat.sub()) && a.detail().contains("learning shared")
                && !a.detail().contains(LEARNING)));

        Api.as(sam).get("/api/v1/me/notifications").then()
                .body("items[0].message", equalTo("What was learnt from your report " + reference
                        + " has been shared with you."));
        Api.as(sam).get("/api/v1/events/" + id).then()
                .statusCode(200)
                .body("outcome.learning", equalTo(LEARNING))
                .body("outcome.responseType", nullValue());
        Api.as(sam).get("/api/v1/events/mine").then()
                .statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].outcome.learning", equalTo(LEARNING));
    }

    @Test
    void onlyTheReportersOwnListCarriesTheOutcome() {
        String id = Reports.file(Users.staff());
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(Map.of("version", 0, "learning", LEARNING))
                .put(feedback(id)).then().statusCode(200);
        Api.as(Users.specialist()).queryParam("size", 100).get("/api/v1/events").then()
                .statusCode(200).body(not(containsString(LEARNING)));
    }

    @Test
    void theReporterSeesTheirOwnWordsButNotTheTeamsNotesOrNames() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        Map<String, Object> triage = Map.of("version", 0, "status", "in-triage", "categoryCode", "pressure-ulcer",
                "physicalHarm", 4, "psychologicalHarm", 4, "note", "Spoke to Dr Other about the visit");
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(triage)
                .put("/api/v1/events/" + id + "/triage").then().statusCode(200);
        Api.as(sam).get("/api/v1/events/" + id).then()
                .statusCode(200)
                .body("whatHappened", containsString("pressure ulcer"))
                .body("history[1].by", equalTo("Patient safety team"))
                .body("history[1].note", nullValue())
                .body(not(containsString("Dr Other")))
                .body(not(containsString("Pat Specialist")));
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsShared() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        Triage.setStatus(id, "in-triage");
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(Map.of("version", 0, "learning", LEARNING))
                .put(feedback(id)).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.as(sam).get("/api/v1/events/" + id).then().body("outcome", nullValue());
        Api.as(sam).get("/api/v1/me/notifications").then()
                .body(not(containsString("shared with you")));
    }

    @Test
    void emptyOrTooLongLearningIsRefusedAndAnUnknownEventIsNotFound() {
        String id = Reports.file(Users.staff());
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(Map.of("version", 0, "learning", " "))
                .put(feedback(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("learning"));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "learning", "x".repeat(4001)))
                .put(feedback(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("learning")).body("errors[0].code", equalTo("too-long"));
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(Map.of("version", 0, "learning", LEARNING))
                .put(feedback(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void theChiefNurseCannotShareLearningAndTheRefusalIsAudited() {
        String id = Reports.file(Users.staff());
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(Map.of("version", 0, "learning", LEARNING))
                .put(feedback(id)).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT " + feedback(id)));
    }
}
