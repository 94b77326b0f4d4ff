package uk.nhs.psirf.responses;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.ResponseLeads;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.RESPONSES;

/** "The assigned lead sees identifiable data of their own responses only; other leads do not" (issue 4, item 7). */
@QuarkusTest
class ResponseLeadAccessApiTest {
    private static final String EVENTS = "/api/v1/events";

    @Inject
    ResponseLeads people;

    @Inject
    AuditTrail auditTrail;

    /** A new response led by {@code lead}; returns its id. */
    private String responseLedBy(TestUser lead) {
        String id = PanelDecisions.approvedResponse("after-action-review");
        String personId = people.qualifiedPerson(lead);
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(Map.of("version", 0, "leadPersonId", personId))
                .put(RESPONSES + "/" + id + "/team").then().statusCode(200);
        return id;
    }

    @Test
    void the_assigned_lead_sees_their_response_s_event_another_lead_gets_403() {
        TestUser lee = ResponseLeads.leadUser("Lee Lead");
        String id = responseLedBy(lee);
        String eventId = Api.as(lee).get(RESPONSES + "/" + id).then().statusCode(200)
                .body("team.lead.name", equalTo(lee.name())).extract().path("events[0].id");
        Api.as(lee).get(EVENTS + "/" + eventId).then().statusCode(200)
                .body("patient.name", equalTo(Reports.PATIENT_NAME));
        assertTrue(auditTrail.byEntity(eventId).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(lee.sub())));
        TestUser olly = ResponseLeads.leadUser("Olly Other");
        people.qualifiedPerson(olly);
        Api.invalidRequestAs(olly).get(EVENTS + "/" + eventId).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(olly.sub(), "denied", "GET " + EVENTS + "/" + eventId));
        Api.invalidRequestAs(olly).get(RESPONSES + "/" + id).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(olly.sub(), "denied", "GET " + RESPONSES + "/" + id));
        Api.invalidRequestAs(olly).get(RESPONSES + "/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void a_lead_lists_only_their_own_responses_and_may_pause_and_extend_them() {
        TestUser lee = ResponseLeads.leadUser("Lee Lead");
        String mine = responseLedBy(lee);
        String theirs = responseLedBy(ResponseLeads.leadUser("Olly Other"));
        Api.as(lee).queryParam("size", 100).get(RESPONSES).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", hasItem(mine))
                .body("items.leadName", everyItem(equalTo(lee.name())));
        assertTrue(auditTrail.hasEntry(lee.sub(), "list", "learning responses page 0"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Api.as(lee).contentType(ContentType.JSON).body(ResponseTimeframeApiTest.pause(1, today))
                .post(RESPONSES + "/" + mine + "/pauses").then().statusCode(200).body("status", equalTo("paused"));
        Api.invalidRequestAs(lee).contentType(ContentType.JSON).body(ResponseTimeframeApiTest.pause(1, today))
                .post(RESPONSES + "/" + theirs + "/pauses").then().statusCode(403);
        TestUser stranger = ResponseLeads.leadUser("Nobody Known");
        Api.as(stranger).get(RESPONSES).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
