package uk.nhs.psirf.responses;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.ResponseLeads;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.RESPONSES;

/** The timeframe of a learning response: target, extensions, pauses and the due status (policy §13). */
@QuarkusTest
class ResponseTimeframeApiTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    ResponseLeads people;

    @Inject
    AuditTrail auditTrail;

    private static LocalDate today() {
        return LocalDate.now(UK);
    }

    @Test
    void a_response_starts_with_the_default_target_of_its_type() {
        String id = PanelDecisions.approvedResponse("swarm-huddle");
        Api.as(Users.chiefNurse()).get(RESPONSES + "/" + id).then().statusCode(200)
                .body("timeframe.startedOn", equalTo(today().toString()))
                .body("timeframe.targetCompletionOn", equalTo(today().plusMonths(1).toString()))
                .body("timeframe.latestAllowedOn", equalTo(today().plusMonths(6).toString()))
                .body("timeframe.dueStatus", equalTo("on-track"));
        String psii = PanelDecisions.approvedResponse("psii");
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "targetCompletionOn", today().toString()))
                .put(RESPONSES + "/" + psii + "/target").then()
                .statusCode(400).body("errors[0].code", equalTo("not-started"));
    }

    @Test
    void the_specialist_may_set_an_earlier_target_but_not_a_later_one_or_one_before_the_start() {
        String id = PanelDecisions.approvedResponse("after-action-review");
        TestUser pat = Users.specialist();
        Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "targetCompletionOn", today().plusDays(10).toString()))
                .put(RESPONSES + "/" + id + "/target").then().statusCode(200)
                .body("timeframe.targetCompletionOn", equalTo(today().plusDays(10).toString()))
                .body("timeframe.dueStatus", equalTo("near-due"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "targetCompletionOn", today().plusMonths(2).toString()))
                .put(RESPONSES + "/" + id + "/target").then()
                .statusCode(400).body("errors[0].field", equalTo("targetCompletionOn"))
                .body("errors[0].code", equalTo("after-default"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "targetCompletionOn", today().minusDays(1).toString()))
                .put(RESPONSES + "/" + id + "/target").then()
                .statusCode(400).body("errors[0].code", equalTo("before-start"));
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "targetCompletionOn", today().toString()))
                .put(RESPONSES + "/" + id + "/target").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT " + RESPONSES + "/" + id + "/target"));
    }

    @Test
    void a_response_cannot_be_extended_beyond_six_months() {
        String id = PanelDecisions.approvedResponse("multi-incident-review");
        String jo = personAffected(id, "Jo Bloggs");
        TestUser pat = Users.specialist();
        Api.invalidRequestAs(pat).contentType(ContentType.JSON)
                .body(extension(0, today().plusMonths(6).plusDays(1), jo))
                .post(RESPONSES + "/" + id + "/extensions").then()
                .statusCode(400).body("errors[0].field", equalTo("newTargetOn"))
                .body("errors[0].code", equalTo("beyond-six-months"));
        Api.as(pat).contentType(ContentType.JSON).body(extension(0, today().plusMonths(6), jo))
                .post(RESPONSES + "/" + id + "/extensions").then().statusCode(200)
                .body("timeframe.targetCompletionOn", equalTo(today().plusMonths(6).toString()))
                .body("timeframe.extensions[0].previousTargetOn", equalTo(today().plusMonths(3).toString()))
                .body("timeframe.extensions[0].agreedBy[0].personAffectedId", equalTo(jo))
                .body("timeframe.extensions[0].agreedBy[0].name", equalTo("Jo Bloggs"))
                .body("timeframe.extensions[0].agreedBy[0].relationship", equalTo("Family member"));
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.detail() != null && a.detail().contains("extension of")));
    }

    @Test
    void an_extension_needs_the_agreement_of_those_affected_to_be_recorded() {
        String id = PanelDecisions.approvedResponse("swarm-huddle");
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "newTargetOn", today().plusMonths(2).toString(), "reason", "Awaiting"))
                .post(RESPONSES + "/" + id + "/extensions").then()
                .statusCode(400).body("errors[0].field", equalTo("agreedBy"))
                .body("errors[0].code", equalTo("agreement-missing"));
        Api.as(Users.specialist()).get(RESPONSES + "/" + id).then().body("version", equalTo(0))
                .body("timeframe.extensions.size()", equalTo(0));
    }

    /** Policy §13: "any extension to timescales will be agreed with those affected". */
    @Test
    void those_who_agree_to_an_extension_are_people_affected_recorded_on_this_response() {
        String id = PanelDecisions.approvedResponse("swarm-huddle");
        String other = PanelDecisions.approvedResponse("swarm-huddle");
        String jo = personAffected(id, "Jo Bloggs");
        String elsewhere = personAffected(other, "Sam Elsewhere");
        TestUser pat = Users.specialist();
        String path = RESPONSES + "/" + id + "/extensions";
        Api.invalidRequestAs(pat).contentType(ContentType.JSON)
                .body(extension(0, today().plusMonths(2), jo, elsewhere, java.util.UUID.randomUUID().toString()))
                .post(path).then()
                .statusCode(400)
                .body("errors.find { it.field == 'agreedBy[1].personAffectedId' }.code",
                        equalTo("unknown-person-affected"))
                .body("errors.find { it.field == 'agreedBy[2].personAffectedId' }.code",
                        equalTo("unknown-person-affected"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(extension(0, today().plusMonths(2), jo, jo))
                .post(path).then()
                .statusCode(400).body("errors[0].field", equalTo("agreedBy[1].personAffectedId"))
                .body("errors[0].code", equalTo("duplicate"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "newTargetOn", today().plusMonths(2).toString(), "reason", "Awaiting",
                        "agreedBy", List.of(Map.of("name", "Jo Bloggs", "relationship", "Patient's daughter"))))
                .post(path).then().statusCode(400);
        Api.as(Users.specialist()).get(RESPONSES + "/" + id).then().body("timeframe.extensions.size()", equalTo(0));
        Api.as(pat).contentType(ContentType.JSON).body(extension(0, today().plusMonths(2), jo)).post(path).then()
                .statusCode(200).body("timeframe.extensions[0].agreedBy[0].name", equalTo("Jo Bloggs"));
    }

    @Test
    void an_extension_agreed_by_a_name_typed_in_before_the_change_stays_readable() {
        String id = PanelDecisions.approvedResponse("swarm-huddle");
        people.typedInExtension(id, "Jo Typed", "Patient's daughter");
        Api.as(Users.specialist()).get(RESPONSES + "/" + id).then().statusCode(200)
                .body("timeframe.extensions[0].agreedBy[0].name", equalTo("Jo Typed"))
                .body("timeframe.extensions[0].agreedBy[0].relationship", equalTo("Patient's daughter"))
                .body("timeframe.extensions[0].agreedBy[0].personAffectedId", nullValue());
    }

    @Test
    void a_pause_stops_the_clock_and_dates_in_the_wrong_order_are_refused() {
        String id = PanelDecisions.approvedResponse("swarm-huddle");
        people.startedDaysAgo(id, 20);
        TestUser pat = Users.specialist();
        String path = RESPONSES + "/" + id;
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(pause(0, today().minusDays(30)))
                .post(path + "/pauses").then().statusCode(400).body("errors[0].code", equalTo("before-start"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(pause(0, today().plusDays(1)))
                .post(path + "/pauses").then().statusCode(400).body("errors[0].code", equalTo("in-the-future"));
        LocalDate target = today().minusDays(20).plusMonths(1);
        Api.as(pat).contentType(ContentType.JSON).body(pause(0, today().minusDays(10)))
                .post(path + "/pauses").then().statusCode(200)
                .body("status", equalTo("paused"))
                .body("timeframe.pausedDays", equalTo(10))
                .body("timeframe.targetCompletionOn", equalTo(target.plusDays(10).toString()));
        Api.as(pat).contentType(ContentType.JSON).body(pause(1, today())).post(path + "/pauses").then()
                .statusCode(409);
        Api.as(pat).queryParam("status", "paused").queryParam("size", 100).get(RESPONSES).then()
                .body("items.id", hasItem(id)).body("items.status", everyItem(equalTo("paused")));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "resumedOn", today().minusDays(11).toString()))
                .post(path + "/resumption").then().statusCode(400).body("errors[0].code", equalTo("before-pause"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1, "resumedOn", today().minusDays(4).toString()))
                .post(path + "/resumption").then().statusCode(200)
                .body("status", equalTo("in-progress"))
                .body("timeframe.pausedDays", equalTo(6))
                .body("timeframe.pauses[0].resumedOn", equalTo(today().minusDays(4).toString()));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 2, "resumedOn", today().toString()))
                .post(path + "/resumption").then().statusCode(409);
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(pause(2, today().minusDays(5)))
                .post(path + "/pauses").then().statusCode(400).body("errors[0].code", equalTo("overlaps-pause"));
    }

    @Test
    void overdue_responses_are_flagged_and_can_be_listed_on_their_own() {
        String overdue = PanelDecisions.approvedResponse("swarm-huddle");
        people.startedDaysAgo(overdue, 40);
        String onTrack = PanelDecisions.approvedResponse("swarm-huddle");
        TestUser pat = Users.specialist();
        Api.as(pat).queryParam("dueStatus", "overdue").queryParam("size", 100).get(RESPONSES).then()
                .statusCode(200)
                .body("items.id", hasItem(overdue))
                .body("items.id", not(hasItem(onTrack)))
                .body("items.dueStatus", everyItem(equalTo("overdue")));
        Api.invalidRequestAs(pat).queryParam("dueStatus", "late").get(RESPONSES).then()
                .statusCode(400).body("errors[0].field", equalTo("dueStatus"));
    }

    @Test
    void only_the_team_and_the_assigned_lead_pause_or_extend() {
        String id = PanelDecisions.approvedResponse("swarm-huddle");
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(pause(0, today()))
                .post(RESPONSES + "/" + id + "/pauses").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "POST " + RESPONSES + "/" + id + "/pauses"));
        TestUser sam = Users.staff();
        String jo = personAffected(id, "Jo Bloggs");
        Api.invalidRequestAs(sam).contentType(ContentType.JSON).body(extension(0, today().plusMonths(2), jo))
                .post(RESPONSES + "/" + id + "/extensions").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "POST " + RESPONSES + "/" + id + "/extensions"));
        Api.invalidRequestAs(sam).contentType(ContentType.JSON).body(Map.of("version", 0, "resumedOn", today().toString()))
                .post(RESPONSES + "/" + id + "/resumption").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "POST " + RESPONSES + "/" + id + "/resumption"));
        TestUser otherLead = ResponseLeads.leadUser("Olly Other");
        people.qualifiedPerson(otherLead);
        Api.invalidRequestAs(otherLead).contentType(ContentType.JSON).body(extension(0, today().plusMonths(2), jo))
                .post(RESPONSES + "/" + id + "/extensions").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(otherLead.sub(), "denied", "POST " + RESPONSES + "/" + id + "/extensions"));
        Api.invalidRequestAs(otherLead).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "resumedOn", today().toString()))
                .post(RESPONSES + "/" + id + "/resumption").then().statusCode(403);
    }

    /** Adds Jo Bloggs, of the patient's family, to the people affected recorded on the response; returns her id. */
    static String personAffected(String responseId, String name) {
        return Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("kind", "family", "name", name, "namedContactName", "Lee Lead",
                        "involvement", List.of("terms-of-reference")))
                .post(RESPONSES + "/" + responseId + "/people-affected").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> extension(long version, LocalDate newTarget, String... personAffectedIds) {
        return Map.of("version", version, "newTargetOn", newTarget.toString(), "reason",
                "Independent clinical review requested by the family",
                "agreedBy", java.util.Arrays.stream(personAffectedIds).map(id -> Map.of("personAffectedId", id))
                        .toList());
    }

    static Map<String, Object> pause(long version, LocalDate on) {
        return Map.of("version", version, "startedOn", on.toString(), "reason", "Requested by the police");
    }
}
