package uk.nhs.psirf.coaches;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coach register (issue 12 §1, §6, §8): entries, work and hours, supervision, and who reads what. */
@QuarkusTest
class CoachRegisterApiTest {
    static final String COACHES = "/api/v1/coaches";
    static final String MINE = "/api/v1/me/coach";
    static final long MENTAL_HEALTH = 3;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    PeopleRows people;

    @Inject
    AuditTrail auditTrail;

    @Inject
    TestCoachWork coachWork;

    @Inject
    EntityManager entityManager;

    @Test
    void theAdvisorRegistersACoachRecordsSupervisionAndTheCoachReadsOnlyTheirOwnEntryWithItsNotes() {
        TestUser ivy = advisor("Ivy Advisor");
        String ivyPerson = people.personFor(ivy);
        TestUser cara = PeopleRows.uniqueUser("Cara Coach", Roles.COACH);
        String caraPerson = people.personFor(cara);
        LocalDate today = LocalDate.now(UK);

        String id = Api.as(ivy).contentType(ContentType.JSON)
                .body(entry(caraPerson, "lived-experience", today.minusMonths(5).toString())).post(COACHES).then()
                .statusCode(201)
                .body("coach.personId", equalTo(caraPerson))
                .body("kind", equalTo("lived-experience"))
                .body("directorate.name", equalTo("Mental Health"))
                .body("current", equalTo(true))
                .body("supervisionOverdue", equalTo(true))
                .body("supervisionDueBy", equalTo(today.minusMonths(5).plusMonths(3).toString()))
                .body("work", hasSize(0))
                .body("minutesCoached", equalTo(0))
                .extract().path("id");
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("create")));

        coachWork.give(UUID.fromString(id), List.of(
                new CoachWorkItem("qi-project", UUID.randomUUID(), "Reducing missed doses", 0, false),
                new CoachWorkItem("coaching-contract", UUID.randomUUID(), "Willow Ward team", 270, true)));
        Api.as(ivy).contentType(ContentType.JSON)
                .body(session(today.minusDays(2).toString(), ivyPerson, today.plusMonths(2).toString()))
                .post(COACHES + "/" + id + "/supervision-sessions").then()
                .statusCode(201)
                .body("sessions", hasSize(1))
                .body("sessions[0].advisor.personId", equalTo(ivyPerson))
                .body("sessions[0].notes", equalTo("Reflected on the first team session."))
                .body("lastSessionOn", equalTo(today.minusDays(2).toString()))
                .body("nextSessionOn", equalTo(today.plusMonths(2).toString()))
                .body("supervisionOverdue", equalTo(false))
                .body("minutesCoached", equalTo(270))
                .body("work.title", equalTo(List.of("Willow Ward team", "Reducing missed doses")));

        Api.as(ivy).get(COACHES).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.minutesCoached", equalTo(270))
                .body("find { it.id == '" + id + "' }.supervisionOverdue", equalTo(false));
        assertTrue(auditTrail.hasEntry(ivy.sub(), "list", null));

        // The coach reads their own entry, notes included, at /me/coach and by its id.
        Api.as(cara).get(MINE).then().statusCode(200)
                .body("id", equalTo(id))
                .body("sessions[0].notes", equalTo("Reflected on the first team session."))
                .body("sessions[0].notesWithheld", equalTo(false))
                .body("work", hasSize(2));
        Api.as(cara).get(COACHES + "/" + id).then().statusCode(200).body("id", equalTo(id));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(cara.sub())));

        // Another advisor sees the session, but the notes are for the two who were there.
        TestUser alex = advisor("Alex Advisor");
        people.personFor(alex);
        Api.as(alex).get(COACHES + "/" + id).then().statusCode(200)
                .body("sessions[0].heldOn", equalTo(today.minusDays(2).toString()))
                .body("sessions[0].notes", nullValue())
                .body("sessions[0].notesWithheld", equalTo(true));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(alex.sub())));
    }

    @Test
    void aCoachCannotReadAnotherCoachsEntryOrTheRegisterAndEachRefusalIsAudited() {
        TestUser ivy = advisor("Ivy Advisor");
        TestUser cara = PeopleRows.uniqueUser("Cara Coach", Roles.COACH);
        String own = register(ivy, people.personFor(cara), "lived-experience", "2026-06-01");
        String another = register(ivy, people.personFor(PeopleRows.uniqueUser("Tom Coach", Roles.COACH, Roles.STAFF)),
                "staff", "2026-02-01");

        Api.as(cara).get(COACHES + "/" + own).then().statusCode(200);
        Api.invalidRequestAs(cara).get(COACHES + "/" + another).then().statusCode(403)
                .body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(cara.sub(), "denied", "GET " + COACHES + "/" + another));
        Api.invalidRequestAs(cara).get(COACHES).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(cara.sub(), "denied", "GET " + COACHES));
        Api.invalidRequestAs(cara).contentType(ContentType.JSON).body(session("2026-11-01",
                UUID.randomUUID().toString(), null)).post(COACHES + "/" + own + "/supervision-sessions")
                .then().statusCode(403);

        // A coach the directory does not know, or who is not on the register, has no entry of their own.
        Api.as(Users.coach()).get(MINE).then().statusCode(404).body("code", equalTo("not-found"));
        Api.invalidRequestAs(Users.coach()).get(COACHES + "/" + own).then().statusCode(403);
    }

    @Test
    void thePatientSafetyTeamTheChiefNurseAndStaffHaveNoAccessToTheCoachRegister() {
        TestUser ivy = advisor("Ivy Advisor");
        String id = register(ivy, people.personFor(PeopleRows.uniqueUser("Cara Coach", Roles.COACH)),
                "lived-experience", "2026-06-01");
        Map<String, Object> body = entry(people.personFor(PeopleRows.uniqueUser("Pia Person", Roles.STAFF)), "staff",
                "2026-06-01");
        for (TestUser user : List.of(Users.specialist(), Users.chiefNurse(), Users.staff(), Users.partner(),
                Tokens.user("Lee Lead", Roles.LEARNING_RESPONSE_LEAD), Tokens.user("Wes Workforce",
                        Roles.WORKFORCE_PARTNER))) {
            Api.invalidRequestAs(user).get(COACHES).then().statusCode(403);
            Api.invalidRequestAs(user).get(COACHES + "/" + id).then().statusCode(403);
            Api.invalidRequestAs(user).get(MINE).then().statusCode(403);
            Api.invalidRequestAs(user).contentType(ContentType.JSON).body(body).post(COACHES).then().statusCode(403);
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "GET " + COACHES + "/" + id), user.name());
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "POST " + COACHES), user.name());
        }
        Api.invalidRequestAs(ivy).get(MINE).then().statusCode(403);
    }

    /** CoachRegisterPolicy: nobody keeps their own entry or records their own supervision. */
    @Test
    void anAdvisorWhoIsAlsoACoachNeitherChangesTheirOwnEntryNorRecordsTheirOwnSupervision() {
        TestUser ivy = advisor("Ivy Advisor");
        String ivyPerson = people.personFor(ivy);
        TestUser ade = PeopleRows.uniqueUser("Ade Advisor-Coach", Roles.IMPROVEMENT_ADVISOR, Roles.COACH, Roles.STAFF);
        String adePerson = people.personFor(ade);
        String own = register(ivy, adePerson, "staff", "2026-03-01");

        Map<String, Object> change = entry(adePerson, "staff", "2026-03-01");
        change.put("version", 0);
        change.put("endedOn", "2026-11-30");
        Api.invalidRequestAs(ade).contentType(ContentType.JSON).body(change).put(COACHES + "/" + own).then()
                .statusCode(403).body("code", equalTo("forbidden"));
        Api.invalidRequestAs(ade).contentType(ContentType.JSON).body(session("2026-11-01", ivyPerson, null))
                .post(COACHES + "/" + own + "/supervision-sessions").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(ade.sub(), "denied", "PUT " + COACHES + "/" + own + " (refused for this record)"));
        assertTrue(auditTrail.hasEntry(ade.sub(), "denied", "POST " + COACHES + "/" + own + "/supervision-sessions"));
        Api.as(ade).get(COACHES + "/" + own).then().statusCode(200).body("version", equalTo(0))
                .body("sessions", hasSize(0));
        Api.as(ivy).contentType(ContentType.JSON).body(change).put(COACHES + "/" + own).then().statusCode(200)
                .body("endedOn", equalTo("2026-11-30"));
    }

    @Test
    void endingAnEntryNeedsTheVersionLastReadAndAStaleOneIsRefusedWithoutLosingTheSavedEntry() {
        TestUser ivy = advisor("Ivy Advisor");
        String person = people.personFor(PeopleRows.uniqueUser("Sol Coach", Roles.COACH, Roles.STAFF));
        String id = register(ivy, person, "staff", "2026-02-01");
        Map<String, Object> change = entry(person, "staff", "2026-02-01");
        change.put("version", 0);
        change.put("endedOn", "2026-10-31");
        change.put("directorateId", 1);
        Api.as(ivy).contentType(ContentType.JSON).body(change).put(COACHES + "/" + id).then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("endedOn", equalTo("2026-10-31"))
                .body("directorate.name", equalTo("Adult Community Services"))
                .body("current", equalTo(false))
                .body("supervisionOverdue", equalTo(false))
                .body("supervisionDueBy", nullValue());
        change.put("directorateId", 2);
        Api.as(ivy).contentType(ContentType.JSON).body(change).put(COACHES + "/" + id).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        change.remove("version");
        Api.as(ivy).contentType(ContentType.JSON).body(change).put(COACHES + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        Map<String, Object> otherPerson = entry(people.personFor(PeopleRows.uniqueUser("Oz Other", Roles.STAFF)),
                "staff", "2026-02-01");
        otherPerson.put("version", 1);
        Api.as(ivy).contentType(ContentType.JSON).body(otherPerson).put(COACHES + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("personId"))
                .body("errors[0].code", equalTo("invalid-value"));
        Api.as(ivy).get(COACHES + "/" + id).then().statusCode(200)
                .body("directorate.id", equalTo(1)).body("version", equalTo(1));
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("update")));
    }

    @Test
    void badEntriesAndSessionsAreRefusedNamingTheFieldAndNothingIsSaved() {
        TestUser ivy = advisor("Ivy Advisor");
        String ivyPerson = people.personFor(ivy);
        String person = people.personFor(PeopleRows.uniqueUser("Bea Coach", Roles.COACH));

        Api.as(ivy).contentType(ContentType.JSON).body(entry(UUID.randomUUID().toString(), "staff", "2026-03-01"))
                .post(COACHES).then().statusCode(400)
                .body("errors[0].field", equalTo("personId")).body("errors[0].code", equalTo("unknown-person"));
        Map<String, Object> bad = entry(person, "volunteer", "2026-03-01");
        bad.put("directorateId", 999);
        bad.put("endedOn", "2026-02-28");
        Api.invalidRequestAs(ivy).contentType(ContentType.JSON).body(bad).post(COACHES).then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("kind", "directorateId", "endedOn")))
                .body("errors.code", equalTo(List.of("unknown-code", "unknown-code", "end-before-start")));
        Map<String, Object> noStart = entry(person, "staff", "2026-03-01");
        noStart.remove("startedOn");
        Api.invalidRequestAs(ivy).contentType(ContentType.JSON).body(noStart).post(COACHES).then()
                .statusCode(400).body("errors[0].field", equalTo("startedOn"));
        Api.invalidRequestAs(ivy).contentType(ContentType.JSON).body("{\"personId\": \"not-a-uuid\"}")
                .post(COACHES).then().statusCode(400).body("errors[0].field", equalTo("personId"));
        assertEquals(0, countFor(person), "nothing registered");

        String id = register(ivy, person, "lived-experience", "2026-03-01");
        Api.as(ivy).contentType(ContentType.JSON).body(entry(person, "staff", "2026-04-01")).post(COACHES).then()
                .statusCode(400).body("errors[0].field", equalTo("personId"))
                .body("errors[0].code", equalTo("already-registered"));

        LocalDate today = LocalDate.now(UK);
        Api.as(ivy).contentType(ContentType.JSON)
                .body(session(today.plusDays(1).toString(), UUID.randomUUID().toString(), today.toString()))
                .post(COACHES + "/" + id + "/supervision-sessions").then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("heldOn", "nextSessionOn", "advisorPersonId")))
                .body("errors.code", equalTo(List.of("in-the-future", "before-session", "unknown-person")));
        Api.as(ivy).contentType(ContentType.JSON).body(session(today.toString(), person, null))
                .post(COACHES + "/" + id + "/supervision-sessions").then()
                .statusCode(400).body("errors[0].code", equalTo("advisor-is-coach"));
        Map<String, Object> longNotes = session(today.toString(), ivyPerson, null);
        longNotes.put("notes", "x".repeat(2001));
        Api.invalidRequestAs(ivy).contentType(ContentType.JSON).body(longNotes)
                .post(COACHES + "/" + id + "/supervision-sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("notes"));
        Api.as(ivy).contentType(ContentType.JSON).body(session(today.toString(), ivyPerson, null))
                .post(COACHES + "/" + UUID.randomUUID() + "/supervision-sessions").then().statusCode(404);
        Api.invalidRequestAs(ivy).get(COACHES + "/not-an-id").then().statusCode(404);
        Api.as(ivy).get(COACHES + "/" + id).then().statusCode(200).body("sessions", hasSize(0));
    }

    @Test
    void theImprovementAdvisorPicksCoachesAndSupervisorsFromThePeopleDirectory() {
        TestUser ivy = advisor("Ivy Advisor");
        TestUser cara = PeopleRows.uniqueUser("Cara Findable", Roles.COACH);
        String caraPerson = people.personFor(cara);
        Api.as(ivy).queryParam("search", cara.name()).get("/api/v1/people").then().statusCode(200)
                .body("items.id", hasItem(caraPerson));
        Api.invalidRequestAs(Users.coach()).get("/api/v1/people").then().statusCode(403);
    }

    static TestUser advisor(String name) {
        return PeopleRows.uniqueUser(name, Roles.IMPROVEMENT_ADVISOR, Roles.STAFF);
    }

    private static String register(TestUser advisor, String personId, String kind, String startedOn) {
        return Api.as(advisor).contentType(ContentType.JSON).body(entry(personId, kind, startedOn)).post(COACHES)
                .then().statusCode(201).extract().path("id");
    }

    private long countFor(String personId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from qi_coach where person_id = :p")
                .setParameter("p", UUID.fromString(personId)).getSingleResult()).longValue());
    }

    static Map<String, Object> entry(String personId, String kind, String startedOn) {
        return new HashMap<>(Map.of("personId", personId, "kind", kind, "directorateId", MENTAL_HEALTH,
                "startedOn", startedOn));
    }

    static Map<String, Object> session(String heldOn, String advisorPersonId, String nextSessionOn) {
        Map<String, Object> body = new HashMap<>(Map.of("heldOn", heldOn, "advisorPersonId", advisorPersonId,
                "notes", "Reflected on the first team session."));
        if (nextSessionOn != null) {
            body.put("nextSessionOn", nextSessionOn);
        }
        return body;
    }
}
