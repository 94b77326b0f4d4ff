package uk.nhs.psirf.partners;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The register of patient safety partners (policy §3.7): supporter, involvement and supervision. */
@QuarkusTest
class PartnerRegisterApiTest {
    static final String PARTNERS = "/api/v1/patient-safety-partners";
    static final String MINE = "/api/v1/me/patient-safety-partner";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    PeopleRows people;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    @Test
    void theTeamRegistersAPartnerRecordsSupervisionAndThePartnerReadsOnlyTheirOwnEntry() {
        TestUser pat = Users.specialist();
        TestUser priya = PeopleRows.uniqueUser("Priya Partner", Roles.PATIENT_SAFETY_PARTNER);
        String priyaPerson = people.personFor(priya);
        String supporter = people.personFor(PeopleRows.uniqueUser("Sue Supporter", Roles.STAFF));
        LocalDate today = LocalDate.now(UK);

        Map<String, Object> entry = entry(priyaPerson, supporter, today.minusMonths(5).toString());
        String id = Api.as(pat).contentType(ContentType.JSON).body(entry).post(PARTNERS).then()
                .statusCode(201)
                .body("partner.personId", equalTo(priyaPerson))
                .body("supporter.personId", equalTo(supporter))
                .body("areas.code", equalTo(List.of("safety-quality-committees", "investigation-oversight-groups")))
                .body("areas[0].display", equalTo("Membership of safety and quality committees"))
                .body("current", equalTo(true))
                .body("supervisionOverdue", equalTo(true))
                .body("supervisionDueBy", equalTo(today.minusMonths(5).plusMonths(3).toString()))
                .body("sessions", hasSize(0))
                .extract().path("id");
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("create")));

        Map<String, Object> session = session(today.minusDays(2).toString(), supporter,
                today.plusMonths(2).toString());
        Api.as(pat).contentType(ContentType.JSON).body(session)
                .post(PARTNERS + "/" + id + "/supervision-sessions").then()
                .statusCode(201)
                .body("sessions", hasSize(1))
                .body("sessions[0].with.personId", equalTo(supporter))
                .body("sessions[0].notes", equalTo("Talked through the committee papers."))
                .body("lastSessionOn", equalTo(today.minusDays(2).toString()))
                .body("nextSessionOn", equalTo(today.plusMonths(2).toString()))
                .body("supervisionOverdue", equalTo(false));

        TestUser chris = Users.chiefNurse();
        Api.as(chris).get(PARTNERS).then().statusCode(200)
                .body("id", hasItem(id));
        Api.as(chris).get(PARTNERS + "/" + id).then().statusCode(200)
                .body("version", equalTo(0)).body("sessions", hasSize(1));
        assertTrue(auditTrail.hasEntry(chris.sub(), "list", null));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(chris.sub())));

        // The team's notes may name patients or staff: the partner's own entry comes without them.
        Api.as(priya).get(MINE).then().statusCode(200)
                .body("id", equalTo(id))
                .body("sessions", hasSize(1))
                .body("sessions[0].heldOn", equalTo(today.minusDays(2).toString()))
                .body("sessions[0].notes", nullValue())
                .body("supervisionOverdue", equalTo(false));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(priya.sub())));

        // The partner reads nobody else's entry, not even the register itself.
        for (String path : List.of(PARTNERS, PARTNERS + "/" + id)) {
            Api.invalidRequestAs(priya).get(path).then().statusCode(403);
            assertTrue(auditTrail.hasEntry(priya.sub(), "denied", "GET " + path));
        }
        Api.invalidRequestAs(priya).contentType(ContentType.JSON).body(session)
                .post(PARTNERS + "/" + id + "/supervision-sessions").then().statusCode(403);
        TestUser other = PeopleRows.uniqueUser("Omar Otherpartner", Roles.PATIENT_SAFETY_PARTNER);
        people.personFor(other);
        Api.as(other).get(MINE).then().statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    void onlyTheTeamChangesTheRegisterAndEveryOtherRoleIsRefusedAndAudited() {
        String id = registered(Users.specialist());
        Map<String, Object> entry = entry(people.personFor(PeopleRows.uniqueUser("Pia Partner", Roles.STAFF)),
                people.personFor(PeopleRows.uniqueUser("Sam Supporter", Roles.STAFF)), "2026-01-05");
        List<TestUser> readersOnly = List.of(Users.chiefNurse());
        List<TestUser> refused = List.of(Users.staff(), Users.coach(), Users.partner(),
                Tokens.user("Lee Lead", Roles.LEARNING_RESPONSE_LEAD),
                Tokens.user("Wes Workforce", Roles.WORKFORCE_PARTNER),
                Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR));
        for (TestUser user : refused) {
            Api.invalidRequestAs(user).get(PARTNERS).then().statusCode(403);
            Api.invalidRequestAs(user).get(PARTNERS + "/" + id).then().statusCode(403);
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "GET " + PARTNERS + "/" + id), user.name());
        }
        for (TestUser user : concat(refused, readersOnly)) {
            Api.invalidRequestAs(user).contentType(ContentType.JSON).body(entry).post(PARTNERS).then().statusCode(403);
            Api.invalidRequestAs(user).contentType(ContentType.JSON).body(session("2026-11-01",
                            UUID.randomUUID().toString(), null))
                    .post(PARTNERS + "/" + id + "/supervision-sessions").then().statusCode(403);
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "POST " + PARTNERS), user.name());
        }
        for (TestUser user : List.of(Users.specialist(), Users.chiefNurse(), Users.staff(), Users.coach())) {
            Api.invalidRequestAs(user).get(MINE).then().statusCode(403);
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "GET " + MINE), user.name());
        }
    }

    /** RegisterKeeperPolicy: "a partner changes no entry, theirs or another's". */
    @Test
    void aPartnerChangesNoEntryOfTheRegisterTheirOwnOrAnothersEvenWithTheRoleOfThoseWhoKeepIt() {
        TestUser pat = Users.specialist();
        TestUser pia = PeopleRows.uniqueUser("Pia Partner", Roles.PATIENT_SAFETY_PARTNER, Roles.PATIENT_SAFETY_SPECIALIST);
        String piaPerson = people.personFor(pia);
        String supporter = people.personFor(PeopleRows.uniqueUser("Sam Supporter", Roles.STAFF));
        String own = Api.as(pat).contentType(ContentType.JSON).body(entry(piaPerson, supporter, "2026-01-05"))
                .post(PARTNERS).then().statusCode(201).extract().path("id");
        String another = registered(pat);
        String anotherPerson = Api.as(pat).get(PARTNERS + "/" + another).then().statusCode(200)
                .extract().path("partner.personId");

        Map<String, Object> ownChange = entry(piaPerson, supporter, "2026-01-05");
        ownChange.put("version", 0);
        ownChange.put("areas", List.of("staff-training"));
        Map<String, Object> anotherChange = entry(anotherPerson, supporter, "2026-01-05");
        anotherChange.put("version", 0);
        for (TestUser partner : List.of(pia, Tokens.user(pia.name(), Roles.PATIENT_SAFETY_PARTNER))) {
            Api.invalidRequestAs(partner).contentType(ContentType.JSON).body(ownChange).put(PARTNERS + "/" + own)
                    .then().statusCode(403).body("code", equalTo("forbidden"));
            Api.invalidRequestAs(partner).contentType(ContentType.JSON).body(anotherChange)
                    .put(PARTNERS + "/" + another).then().statusCode(403);
        }
        Api.invalidRequestAs(pia).contentType(ContentType.JSON).body(session("2026-11-01", supporter, null))
                .post(PARTNERS + "/" + own + "/supervision-sessions").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(pia.sub(), "denied", "PUT " + PARTNERS + "/" + own + " (refused for this record)"));
        assertTrue(auditTrail.hasEntry(pia.sub(), "denied", "PUT " + PARTNERS + "/" + another + " (refused for this record)"));
        assertTrue(auditTrail.hasEntry(pia.sub(), "denied", "POST " + PARTNERS + "/" + own + "/supervision-sessions"));

        Api.as(pat).get(PARTNERS + "/" + own).then().statusCode(200).body("version", equalTo(0))
                .body("areas.code", equalTo(List.of("safety-quality-committees", "investigation-oversight-groups")))
                .body("sessions", hasSize(0));
        Api.as(pat).contentType(ContentType.JSON).body(ownChange).put(PARTNERS + "/" + own).then()
                .statusCode(200).body("areas.code", equalTo(List.of("staff-training")));
    }

    @Test
    void aChangeNeedsTheVersionLastReadAndAStaleOneIsRefusedWithoutLosingTheSavedEntry() {
        TestUser pat = Users.specialist();
        String person = people.personFor(PeopleRows.uniqueUser("Paz Partner", Roles.PATIENT_SAFETY_PARTNER));
        String supporter = people.personFor(PeopleRows.uniqueUser("Sid Supporter", Roles.STAFF));
        String id = Api.as(pat).contentType(ContentType.JSON).body(entry(person, supporter, "2026-02-01"))
                .post(PARTNERS).then().statusCode(201).extract().path("id");
        Map<String, Object> change = entry(person, supporter, "2026-02-01");
        change.put("version", 0);
        change.put("endedOn", "2026-10-31");
        change.put("areas", List.of("staff-training"));
        Api.as(pat).contentType(ContentType.JSON).body(change).put(PARTNERS + "/" + id).then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("endedOn", equalTo("2026-10-31"))
                .body("current", equalTo(false))
                .body("supervisionOverdue", equalTo(false))
                .body("supervisionDueBy", nullValue())
                .body("areas.code", equalTo(List.of("staff-training")));
        change.put("areas", List.of("teams-and-services"));
        Api.as(pat).contentType(ContentType.JSON).body(change).put(PARTNERS + "/" + id).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        change.remove("version");
        Api.as(pat).contentType(ContentType.JSON).body(change).put(PARTNERS + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        Api.as(pat).get(PARTNERS + "/" + id).then().statusCode(200)
                .body("areas.code", equalTo(List.of("staff-training")));
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("update")));
    }

    @Test
    void badEntriesAndSessionsAreRefusedNamingTheFieldAndNothingIsSaved() {
        TestUser pat = Users.specialist();
        String person = people.personFor(PeopleRows.uniqueUser("Bea Partner", Roles.PATIENT_SAFETY_PARTNER));
        String supporter = people.personFor(PeopleRows.uniqueUser("Ben Supporter", Roles.STAFF));

        Map<String, Object> unknown = entry(UUID.randomUUID().toString(), supporter, "2026-03-01");
        Api.as(pat).contentType(ContentType.JSON).body(unknown).post(PARTNERS).then()
                .statusCode(400).body("errors[0].field", equalTo("personId"))
                .body("errors[0].code", equalTo("unknown-person"));
        Map<String, Object> self = entry(person, person, "2026-03-01");
        self.put("endedOn", "2026-02-28");
        Api.as(pat).contentType(ContentType.JSON).body(self).post(PARTNERS).then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("supporterPersonId", "endedOn")))
                .body("errors.code", equalTo(List.of("supporter-is-partner", "end-before-start")));
        Map<String, Object> badArea = entry(person, supporter, "2026-03-01");
        badArea.put("areas", List.of("staff-training", "gardening"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(badArea).post(PARTNERS).then()
                .statusCode(400).body("errors[0].field", equalTo("areas[1]"))
                .body("errors[0].code", equalTo("unknown-code"));
        Map<String, Object> noStart = entry(person, supporter, "2026-03-01");
        noStart.remove("startedOn");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(noStart).post(PARTNERS).then()
                .statusCode(400).body("errors[0].field", equalTo("startedOn"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body("{\"personId\": \"not-a-uuid\"}")
                .post(PARTNERS).then().statusCode(400).body("errors[0].field", equalTo("personId"));
        assertTrue(countFor(person) == 0, "nothing registered");

        String id = Api.as(pat).contentType(ContentType.JSON).body(entry(person, supporter, "2026-03-01"))
                .post(PARTNERS).then().statusCode(201).extract().path("id");
        Api.as(pat).contentType(ContentType.JSON).body(entry(person, supporter, "2026-04-01"))
                .post(PARTNERS).then().statusCode(400).body("errors[0].code", equalTo("already-registered"));

        LocalDate today = LocalDate.now(UK);
        Api.as(pat).contentType(ContentType.JSON)
                .body(session(today.plusDays(1).toString(), UUID.randomUUID().toString(), today.toString()))
                .post(PARTNERS + "/" + id + "/supervision-sessions").then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("heldOn", "nextSessionOn", "withPersonId")))
                .body("errors.code", equalTo(List.of("in-the-future", "before-session", "unknown-person")));
        Map<String, Object> longNotes = session(today.toString(), supporter, null);
        longNotes.put("notes", "x".repeat(1001));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(longNotes)
                .post(PARTNERS + "/" + id + "/supervision-sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("notes"));
        Api.as(pat).contentType(ContentType.JSON).body(session(today.toString(), supporter, null))
                .post(PARTNERS + "/" + UUID.randomUUID() + "/supervision-sessions").then().statusCode(404);
        Api.invalidRequestAs(pat).get(PARTNERS + "/not-an-id").then().statusCode(404);
        Api.as(pat).get(PARTNERS + "/" + id).then().statusCode(200).body("sessions", hasSize(0));
    }

    private String registered(TestUser pat) {
        String person = people.personFor(PeopleRows.uniqueUser("Rae Partner", Roles.PATIENT_SAFETY_PARTNER));
        String supporter = people.personFor(PeopleRows.uniqueUser("Ray Supporter", Roles.STAFF));
        return Api.as(pat).contentType(ContentType.JSON).body(entry(person, supporter, "2026-01-05"))
                .post(PARTNERS).then().statusCode(201).extract().path("id");
    }

    private long countFor(String personId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from patient_safety_partner where person_id = :p")
                .setParameter("p", UUID.fromString(personId)).getSingleResult()).longValue());
    }

    static Map<String, Object> entry(String personId, String supporterId, String startedOn) {
        return new HashMap<>(Map.of("personId", personId, "supporterPersonId", supporterId, "startedOn", startedOn,
                "areas", List.of("investigation-oversight-groups", "safety-quality-committees")));
    }

    static Map<String, Object> session(String heldOn, String withPersonId, String nextSessionOn) {
        Map<String, Object> body = new HashMap<>(Map.of("heldOn", heldOn, "withPersonId", withPersonId,
                "notes", "Talked through the committee papers."));
        if (nextSessionOn != null) {
            body.put("nextSessionOn", nextSessionOn);
        }
        return body;
    }

    private static List<TestUser> concat(List<TestUser> a, List<TestUser> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
