package uk.nhs.psirf.programmes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Communities of practice (001_*): members, meetings, reflective practice sessions and notes, for members only. */
@QuarkusTest
class CommunitiesOfPracticeApiTest {
    static final String COMMUNITIES = "/api/v1/communities-of-practice";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    PeopleRows people;

    @Inject
    AuditTrail auditTrail;

    @Test
    void membersHoldReflectivePracticeAndAddNotesWhileOthersAreRefusedAndAudited() {
        TestUser ivy = PeopleRows.uniqueUser("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR, Roles.STAFF);
        TestUser cara = PeopleRows.uniqueUser("Cara Coach", Roles.COACH);
        TestUser sam = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        String ivyPerson = people.personFor(ivy);
        String caraPerson = people.personFor(cara);
        people.personFor(sam);
        LocalDate today = LocalDate.now(UK);

        String id = Api.as(ivy).contentType(ContentType.JSON).body(community(null, ivyPerson, caraPerson))
                .post(COMMUNITIES).then().statusCode(201)
                .body("members", hasSize(2)).body("meetings", hasSize(0)).body("mayKeep", equalTo(true))
                .extract().path("id");
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("create")));

        Api.as(cara).get(COMMUNITIES).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.youAreMember", equalTo(true))
                .body("find { it.id == '" + id + "' }.memberCount", equalTo(2));
        Map<String, Object> reflective = Map.of("kind", "reflective-practice", "heldOn", today.toString(),
                "theme", "Noticing good practice", "facilitator", "Ivy Advisor",
                "notes", "We worked through scenario card 5.");
        String meetingId = Api.as(cara).contentType(ContentType.JSON).body(reflective)
                .post(COMMUNITIES + "/" + id + "/meetings").then().statusCode(201)
                .body("meetings", hasSize(1)).body("meetings[0].kind", equalTo("reflective-practice"))
                .body("meetings[0].theme", equalTo("Noticing good practice"))
                .body("mayKeep", equalTo(false)).extract().path("meetings[0].id");
        Api.as(cara).contentType(ContentType.JSON)
                .body(Map.of("text", "I will name one piece of good practice at each handover."))
                .post(COMMUNITIES + "/" + id + "/meetings/" + meetingId + "/notes").then().statusCode(201)
                .body("meetings[0].addedNotes", hasSize(1))
                .body("meetings[0].addedNotes[0].addedBy", equalTo(cara.name()));
        Api.as(ivy).get(COMMUNITIES + "/" + id).then().statusCode(200)
                .body("meetings[0].notes", equalTo("We worked through scenario card 5."))
                .body("meetings[0].addedNotes[0].text",
                        equalTo("I will name one piece of good practice at each handover."));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(ivy.sub())));

        // Not a member: the community is listed, but its meetings and notes are not for them.
        for (TestUser outsider : List.of(sam, Users.chiefNurse())) {
            Api.as(outsider).get(COMMUNITIES).then().statusCode(200)
                    .body("find { it.id == '" + id + "' }.youAreMember", equalTo(false));
            Api.invalidRequestAs(outsider).get(COMMUNITIES + "/" + id).then().statusCode(403)
                    .body("code", equalTo("forbidden"));
            Api.invalidRequestAs(outsider).contentType(ContentType.JSON).body(reflective)
                    .post(COMMUNITIES + "/" + id + "/meetings").then().statusCode(403);
            Api.invalidRequestAs(outsider).contentType(ContentType.JSON).body(Map.of("text", "Let me in"))
                    .post(COMMUNITIES + "/" + id + "/meetings/" + meetingId + "/notes").then().statusCode(403);
            assertTrue(auditTrail.hasEntry(outsider.sub(), "denied", "GET " + COMMUNITIES + "/" + id
                    + " (refused for this record)"), outsider.name());
        }
        Api.as(ivy).get(COMMUNITIES + "/" + id).then().statusCode(200).body("meetings[0].addedNotes", hasSize(1));

        // Only the keepers change the membership, even for a member.
        Api.invalidRequestAs(cara).contentType(ContentType.JSON).body(community(0L, caraPerson))
                .put(COMMUNITIES + "/" + id).then().statusCode(403);
        Api.as(ivy).contentType(ContentType.JSON).body(community(0L, ivyPerson)).put(COMMUNITIES + "/" + id).then()
                .statusCode(200).body("version", equalTo(1)).body("members", hasSize(1));
        Api.invalidRequestAs(cara).get(COMMUNITIES + "/" + id).then().statusCode(403);
    }

    @Test
    void badMeetingsNotesAndMembershipsAreRefusedNamingTheFieldAndNothingIsSaved() {
        TestUser pat = Users.specialist();
        String member = people.personFor(PeopleRows.uniqueUser("Mo Member", Roles.STAFF));
        LocalDate today = LocalDate.now(UK);
        Map<String, Object> twice = community(null, member, member);
        Api.as(pat).contentType(ContentType.JSON).body(twice).post(COMMUNITIES).then().statusCode(400)
                .body("errors[0].field", equalTo("memberPersonIds[1]")).body("errors[0].code", equalTo("duplicate"));
        Api.as(pat).contentType(ContentType.JSON).body(community(null, UUID.randomUUID().toString())).post(COMMUNITIES)
                .then().statusCode(400).body("errors[0].field", equalTo("memberPersonIds[0]"))
                .body("errors[0].code", equalTo("unknown-person"));
        Map<String, Object> body = community(null, member);
        String id = Api.as(pat).contentType(ContentType.JSON).body(body).post(COMMUNITIES).then().statusCode(201)
                .extract().path("id");
        Api.as(pat).contentType(ContentType.JSON).body(body).post(COMMUNITIES).then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].code", equalTo("duplicate-name"));

        String meetings = COMMUNITIES + "/" + id + "/meetings";
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("kind", "reflective-practice", "heldOn",
                today.plusDays(1).toString())).post(meetings).then().statusCode(400)
                .body("errors.field", equalTo(List.of("heldOn", "facilitator", "theme")))
                .body("errors.code", equalTo(List.of("in-the-future", "required", "required")));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of("kind", "meeting")).post(meetings).then()
                .statusCode(400).body("errors[0].field", equalTo("heldOn"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of("kind", "party", "heldOn",
                today.toString())).post(meetings).then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].code", equalTo("unknown-code"));
        String meetingId = Api.as(pat).contentType(ContentType.JSON).body(Map.of("kind", "meeting", "heldOn",
                today.toString())).post(meetings).then().statusCode(201).extract().path("meetings[0].id");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of("text", " "))
                .post(meetings + "/" + meetingId + "/notes").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("text", "A note"))
                .post(meetings + "/" + UUID.randomUUID() + "/notes").then().statusCode(404);

        Api.as(pat).contentType(ContentType.JSON).body(community(0L, member)).put(COMMUNITIES + "/" + id).then()
                .statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(community(0L)).put(COMMUNITIES + "/" + id).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.as(pat).get(COMMUNITIES + "/" + id).then().statusCode(200).body("members", hasSize(1))
                .body("meetings", hasSize(1)).body("meetings[0].addedNotes", hasSize(0));
    }

    private Map<String, Object> community(Long version, String... members) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Compassionate care " + nameSuffix,
                "purpose", "Learning together about compassionate care.", "memberPersonIds", List.of(members)));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private final String nameSuffix = UUID.randomUUID().toString().substring(0, 8);
}
