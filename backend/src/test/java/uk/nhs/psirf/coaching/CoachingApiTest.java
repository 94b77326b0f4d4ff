package uk.nhs.psirf.coaching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.coaches.NewCoach;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coaching contracts and records (004_*; issue 12 items 3 and 4): agreement, sessions, review, course, access. */
@QuarkusTest
class CoachingApiTest {
    static final String CONTRACTS = "/api/v1/coaching/contracts";
    static final String SHARED = "/api/v1/coaching/shared-records";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Stamp IVY = new Stamp("ivy-sub", "Ivy Advisor", Instant.parse("2026-09-01T09:00:00Z"));

    @Inject
    PeopleRows people;

    @Inject
    Coaches coaches;

    @Inject
    AuditTrail auditTrail;

    private final LocalDate today = LocalDate.now(UK);

    @Test
    void aContractRunsFromAgreementThroughFourSessionsToItsReview() {
        TestUser cara = coach("Cara Coach");
        TestUser sam = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        String samPerson = people.personFor(sam);

        String id = Api.as(cara).contentType(ContentType.JSON).body(teamContract(samPerson)).post(CONTRACTS).then()
                .statusCode(201)
                .body("status", equalTo("draft"))
                .body("title", equalTo("Ward 7 falls team"))
                .body("coachee.id", equalTo(samPerson))
                .body("coaches[0].name", equalTo(cara.name()))
                .body("aims.code", equalTo(List.of("share-knowledge", "explore-challenges")))
                .body("frequency", equalTo("About monthly"))
                .body("sessionMinutes", equalTo(60))
                .body("yourSides", equalTo(List.of("coach")))
                .body("course.minimumCoachingMinutes", equalTo(300))
                .extract().path("id");
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("create")));

        // A contract cannot start until both sides have accepted the ground rules.
        Api.as(cara).contentType(ContentType.JSON).body(session(today.minusWeeks(12), "14:00", "15:00"))
                .post(CONTRACTS + "/" + id + "/records").then()
                .statusCode(409).body("code", equalTo("conflict")).body("errors[0].code", equalTo("not-agreed"));
        Api.as(cara).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(CONTRACTS + "/" + id + "/acceptances").then().statusCode(200)
                .body("status", equalTo("draft"))
                .body("coachAcceptance.accepted", equalTo(true))
                .body("coachAcceptance.acceptedBy", equalTo(cara.name()))
                .body("coacheeAcceptance.accepted", equalTo(false));
        Api.as(sam).get(CONTRACTS).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.awaitingYourAcceptance", equalTo(true));
        Api.as(sam).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(CONTRACTS + "/" + id + "/acceptances").then().statusCode(200)
                .body("status", equalTo("agreed"))
                .body("yourSides", equalTo(List.of("coachee")))
                .body("coacheeAcceptance.acceptedBy", equalTo(sam.name()));
        Api.as(sam).contentType(ContentType.JSON).body(Map.of("version", 2))
                .post(CONTRACTS + "/" + id + "/acceptances").then().statusCode(409)
                .body("errors[0].code", equalTo("already-accepted"));

        // Three sessions in person, one cancelled and rearranged by the coachee, one by e-mail: the fourth held
        // session puts the contract in review; cancelled sessions count no time.
        for (int week : List.of(12, 8, 4)) {
            Api.as(cara).contentType(ContentType.JSON).body(session(today.minusWeeks(week), "14:00", "15:00"))
                    .post(CONTRACTS + "/" + id + "/records").then().statusCode(201).body("status", equalTo("active"));
        }
        Map<String, Object> cancelled = new HashMap<>(Map.of("heldOn", today.minusWeeks(2).toString(),
                "mode", "in-person", "cancelled", true, "cancelledBy", "coachee",
                "rescheduledTo", today.minusWeeks(1).toString(), "rescheduledBy", "coachee"));
        Api.as(cara).contentType(ContentType.JSON).body(cancelled).post(CONTRACTS + "/" + id + "/records").then()
                .statusCode(201).body("sessionsHeld", equalTo(3)).body("minutesCoached", equalTo(180))
                .body("nextMeetingOn", equalTo(today.minusWeeks(1).toString()));
        Map<String, Object> email = new HashMap<>(Map.of("heldOn", today.minusWeeks(1).toString(), "mode", "email",
                "minutesSpent", 45, "topic", "Run chart annotations",
                "nextMeetingOn", today.plusWeeks(3).toString()));
        String contractAfter = "records.find { it.mode == 'email' }";
        String emailRecord = Api.as(cara).contentType(ContentType.JSON).body(email)
                .post(CONTRACTS + "/" + id + "/records").then().statusCode(201)
                .body("status", equalTo("review"))
                .body("reviewDue", equalTo(true))
                .body("reviewDueBy", equalTo(today.plusWeeks(3).toString()))
                .body("reviewOverdue", equalTo(false))
                .body("sessionsHeld", equalTo(4))
                .body("minutesCoached", equalTo(225))
                .body("records", hasSize(5))
                .body("records[0].actions[0].owner", equalTo("Sam Staff"))
                .extract().path(contractAfter + ".id");

        // A coachee on a QI course cannot complete it with fewer than five hours of coaching recorded.
        int version = Api.as(cara).get(CONTRACTS + "/" + id).then().statusCode(200).extract().path("version");
        Api.as(cara).contentType(ContentType.JSON).body(course(version, true)).put(CONTRACTS + "/" + id + "/course")
                .then().statusCode(409).body("errors[0].field", equalTo("completed"))
                .body("errors[0].code", equalTo("too-few-hours"));
        Api.as(cara).contentType(ContentType.JSON).body(course(version, false)).put(CONTRACTS + "/" + id + "/course")
                .then().statusCode(200).body("course.trainingDaysAttended", equalTo(4))
                .body("course.completedOn", nullValue());

        version++;
        Api.as(cara).contentType(ContentType.JSON).body(Map.of("version", version, "heldOn", today.toString(),
                        "notes", "Weekly measure in place; carry on monthly.", "carryOn", true))
                .post(CONTRACTS + "/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("active")).body("reviewDue", equalTo(false))
                .body("lastReviewOn", equalTo(today.toString()));

        // The coachee reads their contract and its records; the audit trail has every read.
        Api.as(sam).get(CONTRACTS + "/" + id).then().statusCode(200)
                .body("youCoach", equalTo(false)).body("records", hasSize(5))
                .body("records.find { it.id == '" + emailRecord + "' }.minutes", equalTo(45));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(sam.sub())));
    }

    @Test
    void aCoachCannotReadAnotherCoachsRecordsAndOnlySharedRecordsReachThePatientSafetyTeam() {
        TestUser cara = coach("Cara Coach");
        TestUser other = coach("Owen Othercoach");
        TestUser sam = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        String id = agreedContract(cara, sam, people.personFor(sam));
        String record = Api.as(cara).contentType(ContentType.JSON)
                .body(session(today.minusDays(3), "09:00", "10:30")).post(CONTRACTS + "/" + id + "/records")
                .then().statusCode(201).body("minutesCoached", equalTo(90)).extract().path("records[0].id");

        TestUser stranger = PeopleRows.uniqueUser("Stan Stranger", Roles.STAFF);
        people.personFor(stranger);
        for (TestUser outsider : List.of(other, stranger)) {
            Api.invalidRequestAs(outsider).get(CONTRACTS + "/" + id).then().statusCode(403)
                    .body("code", equalTo("forbidden"));
            assertTrue(auditTrail.hasEntry(outsider.sub(), "denied", null), outsider.name());
            Api.as(outsider).get(CONTRACTS).then().statusCode(200).body("id", not(hasItem(id)));
        }
        Api.invalidRequestAs(other).contentType(ContentType.JSON).body(session(today, "09:00", "10:00"))
                .post(CONTRACTS + "/" + id + "/records").then().statusCode(403);
        Api.invalidRequestAs(sam).contentType(ContentType.JSON).body(session(today, "09:00", "10:00"))
                .post(CONTRACTS + "/" + id + "/records").then().statusCode(403);

        TestUser ivy = PeopleRows.uniqueUser("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR, Roles.STAFF);
        Api.as(ivy).get(CONTRACTS).then().statusCode(200).body("id", hasItem(id));
        Api.as(ivy).get(CONTRACTS + "/" + id).then().statusCode(200).body("youCoach", equalTo(false))
                .body("records", hasSize(1));

        // Coaching notes reach the patient safety team and the Chief Nurse only when the coach shares a record.
        Api.as(Users.specialist()).get(SHARED).then().statusCode(200).body("id", not(hasItem(record)));
        Api.invalidRequestAs(Users.specialist()).get(CONTRACTS + "/" + id).then().statusCode(403);
        Api.as(Users.chiefNurse()).get(CONTRACTS).then().statusCode(200).body("id", not(hasItem(id)));
        Api.invalidRequestAs(other).contentType(ContentType.JSON).body(Map.of("version", 0, "shared", true))
                .put(CONTRACTS + "/" + id + "/records/" + record + "/sharing").then().statusCode(403);
        Api.as(cara).contentType(ContentType.JSON).body(Map.of("version", 0, "shared", true))
                .put(CONTRACTS + "/" + id + "/records/" + record + "/sharing").then().statusCode(200)
                .body("sharedWithSafetyTeam", equalTo(true)).body("sharedBy", equalTo(cara.name()));
        assertTrue(auditTrail.byEntity(record).stream().anyMatch(a -> a.action().equals("update")
                && a.detail().contains("shared with the patient safety team")));
        Api.as(Users.chiefNurse()).get(SHARED).then().statusCode(200)
                .body("find { it.id == '" + record + "' }.title", equalTo("Ward 7 falls team"))
                .body("find { it.id == '" + record + "' }.coaches", equalTo(List.of(cara.name())));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingSavedIsLost() {
        TestUser cara = coach("Cara Coach");
        TestUser sam = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        String samPerson = people.personFor(sam);

        Map<String, Object> badContract = new HashMap<>(teamContract(samPerson));
        badContract.put("aims", List.of("share-knowledge", "fix-everything"));
        badContract.remove("teamName");
        Api.as(cara).contentType(ContentType.JSON).body(badContract).post(CONTRACTS).then().statusCode(400)
                .body("errors.field", hasItem("aims[1]")).body("errors.code", hasItem("unknown-code"))
                .body("errors.field", hasItem("teamName"));
        Map<String, Object> unknownCoachee = new HashMap<>(teamContract(UUID.randomUUID().toString()));
        Api.as(cara).contentType(ContentType.JSON).body(unknownCoachee).post(CONTRACTS).then().statusCode(400)
                .body("errors[0].field", equalTo("coacheePersonId")).body("errors[0].code", equalTo("unknown-person"));
        TestUser notOnRegister = PeopleRows.uniqueUser("Nia Notregistered", Roles.COACH);
        people.personFor(notOnRegister);
        Api.as(notOnRegister).contentType(ContentType.JSON).body(teamContract(samPerson)).post(CONTRACTS).then()
                .statusCode(400).body("errors[0].code", equalTo("not-a-coach"));
        TestUser ivy = PeopleRows.uniqueUser("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR, Roles.STAFF);
        Api.as(ivy).contentType(ContentType.JSON).body(teamContract(samPerson)).post(CONTRACTS).then()
                .statusCode(400).body("errors[0].field", equalTo("coachIds"));

        String id = agreedContract(cara, sam, samPerson);
        String path = CONTRACTS + "/" + id + "/records";
        Api.as(cara).contentType(ContentType.JSON).body(session(today.minusDays(1), "15:00", "14:00")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("finishesAt"))
                .body("errors[0].code", equalTo("finish-before-start"));
        Map<String, Object> hoursOnCancelled = new HashMap<>(session(today.minusDays(1), "14:00", "15:00"));
        hoursOnCancelled.put("cancelled", true);
        hoursOnCancelled.put("cancelledBy", "coach");
        Api.as(cara).contentType(ContentType.JSON).body(hoursOnCancelled).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("startsAt")).body("errors[0].code", equalTo("hours-on-cancelled"));
        Api.as(cara).contentType(ContentType.JSON).body(session(today.plusDays(1), "14:00", "15:00")).post(path)
                .then().statusCode(400).body("errors[0].code", equalTo("in-the-future"));
        Api.as(cara).get(CONTRACTS + "/" + id).then().statusCode(200).body("records", hasSize(0));

        String record = Api.as(cara).contentType(ContentType.JSON).body(session(today.minusDays(2), "14:00", "15:00"))
                .post(path).then().statusCode(201).extract().path("records[0].id");
        Map<String, Object> edit = new HashMap<>(session(today.minusDays(2), "14:00", "15:30"));
        edit.put("version", 0);
        Api.as(cara).contentType(ContentType.JSON).body(edit).put(path + "/" + record).then().statusCode(200)
                .body("minutesCoached", equalTo(90));
        Api.as(cara).contentType(ContentType.JSON).body(edit).put(path + "/" + record).then().statusCode(409)
                .body("code", equalTo("stale-version"));
        Api.as(cara).get(CONTRACTS + "/" + id).then().body("records[0].finishesAt", equalTo("15:30"));
        Api.as(cara).contentType(ContentType.JSON).body(Map.of("version", 0, "heldOn", today.toString(),
                "carryOn", true)).post(CONTRACTS + "/" + id + "/review").then().statusCode(409);
    }

    private TestUser coach(String name) {
        TestUser user = PeopleRows.uniqueUser(name, Roles.COACH);
        UUID person = UUID.fromString(people.personFor(user));
        coaches.enrol(new NewCoach(person, "lived-experience", null, today.minusMonths(6)), IVY);
        return user;
    }

    /** A team contract with Sam's team, accepted by both sides. */
    private String agreedContract(TestUser coach, TestUser coachee, String person) {
        String id = Api.as(coach).contentType(ContentType.JSON).body(teamContract(person)).post(CONTRACTS).then()
                .statusCode(201).extract().path("id");
        Api.as(coach).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(CONTRACTS + "/" + id + "/acceptances").then().statusCode(200);
        Api.as(coachee).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(CONTRACTS + "/" + id + "/acceptances").then().statusCode(200).body("status", equalTo("agreed"));
        return id;
    }

    @Test
    void aCoachFindsACoacheeOnlyByASearchOfAtLeastThreeLettersNeverTheWholeDirectory() {
        TestUser cara = coach("Cara Coach");
        TestUser sam = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        String samPerson = people.personFor(sam);
        Api.as(cara).get("/api/v1/coaching/coachees").then().statusCode(200).body("size()", equalTo(0));
        Api.as(cara).queryParam("search", "Sa").get("/api/v1/coaching/coachees").then().statusCode(200)
                .body("size()", equalTo(0));
        Api.as(cara).queryParam("search", sam.name()).get("/api/v1/coaching/coachees").then().statusCode(200)
                .body("personId", equalTo(List.of(samPerson)));
    }

    private static Map<String, Object> teamContract(String coacheePerson) {
        return new HashMap<>(Map.of("coacheeKind", "team", "coacheePersonId", coacheePerson,
                "teamName", "Ward 7 falls team", "aims", List.of("explore-challenges", "share-knowledge"),
                "venue", "Ward 7 seminar room", "onQiCourse", true));
    }

    private static Map<String, Object> session(LocalDate on, String start, String finish) {
        return new HashMap<>(Map.of("heldOn", on.toString(), "mode", "in-person", "startsAt", start,
                "finishesAt", finish, "topic", "Choosing a measure for falls",
                "actions", List.of(Map.of("action", "Draft a weekly tally sheet", "owner", "Sam Staff"))));
    }

    private static Map<String, Object> course(int version, boolean completed) {
        return Map.of("version", version, "trainingDaysAttended", 4, "posterSubmitted", true,
                "presentationGiven", true, "completed", completed);
    }
}
