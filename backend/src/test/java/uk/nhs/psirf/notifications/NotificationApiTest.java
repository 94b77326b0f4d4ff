package uk.nhs.psirf.notifications;

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

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reporters are told in the app when their report moves on; nobody else sees their notifications. */
@QuarkusTest
class NotificationApiTest {
    private static final String MINE = "/api/v1/me/notifications";

    @Inject
    AuditTrail auditTrail;

    @Test
    void theReporterIsToldInPlainWordsWhenTriageChangesTheStatusNewestFirst() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        String reference = Triage.reference(id);
        Api.as(sam).get(MINE).then().statusCode(200).body("items.size()", equalTo(0)).body("unread", equalTo(0));
        Triage.setStatus(id, "in-triage");
        Triage.setStatus(id, "closed");
        Api.as(sam).get(MINE).then()
                .statusCode(200)
                .body("unread", equalTo(2))
                .body("items.size()", equalTo(2))
                .body("items[0].message", equalTo("Your report " + reference + " has been closed."))
                .body("items[0].eventId", equalTo(id))
                .body("items[0].eventReference", equalTo(reference))
                .body("items[0].read", equalTo(false))
                .body("items[1].message", equalTo("Your report " + reference
                        + " is being reviewed by the patient safety team."));
        assertTrue(auditTrail.hasEntry(sam.sub(), "list", "my notifications"));
    }

    @Test
    void aTriageThatKeepsTheStatusTellsTheReporterNothing() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        Triage.setStatus(id, "submitted");
        Api.as(sam).get(MINE).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void anAnonymousReporterIsToldTooAndAnotherStaffMemberSeesNoneOfIt() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam, Reports.with("anonymous", true));
        Triage.setStatus(id, "in-triage");
        long notificationId = ((Number) Api.as(sam).get(MINE).then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].eventId", equalTo(id))
                .extract().path("items[0].id")).longValue();

        TestUser other = Users.staff();
        Api.as(other).get(MINE).then().statusCode(200).body("items.size()", equalTo(0)).body("unread", equalTo(0));
        Api.as(other).accept("*/*").post(MINE + "/" + notificationId + "/read").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        Api.as(sam).get(MINE).then().body("items[0].read", equalTo(false));

        Api.as(sam).accept("*/*").post(MINE + "/" + notificationId + "/read").then().statusCode(204);
        Api.as(sam).get(MINE).then().body("items[0].read", equalTo(true)).body("unread", equalTo(0));
        assertTrue(auditTrail.byActor(sam.sub()).stream()
                        .noneMatch(a -> id.equals(a.entityId()) || Long.toString(notificationId).equals(a.entityId())),
                "no audit row ties the anonymous reporter to their report");
        assertEquals(List.of("anonymous"), auditTrail.byEntity(Long.toString(notificationId)).stream()
                .filter(a -> a.action().equals("update")).map(a -> a.actor()).distinct().toList());
    }

    @Test
    void markingANamedReportersNotificationReadIsAudited() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        Triage.setStatus(id, "in-triage");
        long notificationId = ((Number) Api.as(sam).get(MINE).then().extract().path("items[0].id")).longValue();
        Api.as(sam).accept("*/*").post(MINE + "/" + notificationId + "/read").then().statusCode(204);
        Api.as(sam).accept("*/*").post(MINE + "/" + notificationId + "/read").then().statusCode(204);
        assertTrue(auditTrail.byEntity(Long.toString(notificationId)).stream()
                .anyMatch(a -> a.action().equals("update") && a.actor().equals(sam.sub())));
    }

    @Test
    void markAllAsReadMarksEveryUnreadNotificationOfTheCallerOnlyEachAudited() {
        TestUser sam = Users.staff();
        String named = Reports.file(sam);
        String anonymous = Reports.file(sam, Reports.with("anonymous", true));
        Triage.setStatus(named, "in-triage");
        Triage.setStatus(named, "closed");
        Triage.setStatus(anonymous, "in-triage");
        TestUser other = Users.staff();
        Triage.setStatus(Reports.file(other), "in-triage");
        Api.as(sam).get(MINE).then().body("unread", equalTo(3));

        Api.as(sam).accept("*/*").post(MINE + "/read-all").then().statusCode(204);
        List<Number> ids = Api.as(sam).get(MINE).then().statusCode(200)
                .body("unread", equalTo(0)).body("items.size()", equalTo(3))
                .body("items.read", org.hamcrest.Matchers.everyItem(equalTo(true)))
                .extract().path("items.id");
        Api.as(other).get(MINE).then().body("unread", equalTo(1)).body("items[0].read", equalTo(false));
        for (Number id : ids) {
            assertTrue(auditTrail.byEntity(id.toString()).stream().anyMatch(a -> a.action().equals("update")
                            && a.entityType().equals("reporter-notification")),
                    "marking notification " + id + " read is audited");
        }
        assertTrue(auditTrail.byActor(sam.sub()).stream().noneMatch(a -> anonymous.equals(a.entityId())),
                "no audit row ties the anonymous reporter to their report");

        // Nothing left unread: nothing changes, still 204
        Api.as(sam).accept("*/*").post(MINE + "/read-all").then().statusCode(204);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        Api.as(Users.staff()).accept("*/*").post(MINE + "/987654321/read").then().statusCode(404);
        Api.invalidRequestAs(Users.staff()).post(MINE + "/abc/read").then().statusCode(404);
    }

    @Test
    void atMostFiftyAreListedButAllUnreadAreCounted() {
        TestUser sam = Users.staff();
        String id = Reports.file(sam);
        for (int i = 0; i < 51; i++) {
            Triage.setStatus(id, i % 2 == 0 ? "in-triage" : "submitted");
        }
        Api.as(sam).get(MINE).then().statusCode(200).body("items.size()", equalTo(50))
                .body("items[0].message", org.hamcrest.Matchers.containsString("being reviewed"))
                .body("unread", equalTo(51));
    }

    @Test
    void aCoachHasNoNotificationsAndTheRefusalIsAudited() {
        TestUser cara = Users.coach();
        Api.invalidRequestAs(cara).get(MINE).then().statusCode(403).body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(cara.sub(), "denied", "GET " + MINE));
        Api.invalidRequestAs(cara).post(MINE + "/1/read").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(cara.sub(), "denied", "POST " + MINE + "/1/read"));
        Api.invalidRequestAs(cara).post(MINE + "/read-all").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(cara.sub(), "denied", "POST " + MINE + "/read-all"));
    }
}
