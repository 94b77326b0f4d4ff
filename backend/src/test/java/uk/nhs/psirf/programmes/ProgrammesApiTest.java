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
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training programmes (issue 12 item 7): sessions, registers, materials, and attendance in the training record. */
@QuarkusTest
class ProgrammesApiTest {
    static final String PROGRAMMES = "/api/v1/programmes";
    static final String SESSIONS = "/api/v1/programme-sessions";
    static final String CHALLENGING_POOR_PRACTICE = "7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0002";
    static final String RESTORATIVE = "7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0001";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    PeopleRows people;

    @Inject
    AuditTrail auditTrail;

    @Test
    void aSessionsAttendanceLandsInTheTrainingRecordsOfThoseWhoAttended() {
        TestUser ivy = PeopleRows.uniqueUser("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR, Roles.STAFF);
        TestUser sam = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        TestUser cara = PeopleRows.uniqueUser("Cara Coach", Roles.COACH);
        String samPerson = people.personFor(sam);
        String caraPerson = people.personFor(cara);
        LocalDate today = LocalDate.now(UK);

        Api.as(cara).get(PROGRAMMES).then().statusCode(200)
                .body("title", hasItems("Restorative just and learning culture awareness", "Challenging poor practice",
                        "Quality improvement course"));
        Api.as(sam).get(PROGRAMMES + "/" + CHALLENGING_POOR_PRACTICE).then().statusCode(200)
                .body("code", equalTo("challenging-poor-practice"))
                .body("scenarioCards", hasSize(5))
                .body("scenarioCards[4].title", equalTo("Noticing good practice"))
                .body("mayKeep", equalTo(false));
        Api.as(sam).get(PROGRAMMES + "/" + RESTORATIVE).then().statusCode(200)
                .body("scenarioCards", nullValue());

        String sessionId = Api.as(ivy).contentType(ContentType.JSON)
                .body(session(today.minusDays(3).toString(), "09:30", "12:30")).post(PROGRAMMES + "/" + RESTORATIVE
                        + "/sessions").then().statusCode(201)
                .body("programmeTitle", equalTo("Restorative just and learning culture awareness"))
                .body("hours", equalTo(3)).body("held", equalTo(true)).body("attendees", hasSize(0))
                .extract().path("id");
        Api.as(ivy).contentType(ContentType.JSON).body(register(0, samPerson, "attended", caraPerson, "attended"))
                .put(SESSIONS + "/" + sessionId + "/attendance").then().statusCode(200)
                .body("version", equalTo(1))
                .body("attendees.personId", hasItems(samPerson, caraPerson))
                .body("attendees.status", equalTo(List.of("attended", "attended")));
        assertTrue(auditTrail.byEntity(sessionId).stream().anyMatch(a -> a.action().equals("update")
                && a.detail().contains("attended=2")));

        // Each attendee's own training record, and the record the patient safety team reads, show the session.
        for (TestUser attendee : List.of(sam, cara)) {
            Api.as(attendee).get("/api/v1/me/training").then().statusCode(200)
                    .body("programmesAttended", hasSize(1))
                    .body("programmesAttended[0].sessionId", equalTo(sessionId))
                    .body("programmesAttended[0].programmeTitle",
                            equalTo("Restorative just and learning culture awareness"))
                    .body("programmesAttended[0].heldOn", equalTo(today.minusDays(3).toString()))
                    .body("programmesAttended[0].hours", equalTo(3));
        }
        Api.as(Users.specialist()).get("/api/v1/people/" + samPerson + "/training").then().statusCode(200)
                .body("programmesAttended.sessionId", equalTo(List.of(sessionId)));

        // An attendee sees their own place, not the register; the keepers see it, and their read is audited.
        Api.as(sam).get(SESSIONS + "/" + sessionId).then().statusCode(200)
                .body("yourAttendance", equalTo("attended")).body("attendees", nullValue())
                .body("mayKeep", equalTo(false));
        Api.as(ivy).get(SESSIONS + "/" + sessionId).then().statusCode(200).body("attendees", hasSize(2));
        assertTrue(auditTrail.byEntity(sessionId).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(ivy.sub())));

        // Who did not attend after all no longer has it on their record.
        Api.as(ivy).contentType(ContentType.JSON).body(register(1, samPerson, "did-not-attend", caraPerson,
                "attended")).put(SESSIONS + "/" + sessionId + "/attendance").then().statusCode(200);
        Api.as(sam).get("/api/v1/me/training").then().statusCode(200).body("programmesAttended", hasSize(0));
    }

    @Test
    void aBookedPersonSeesTheirNextSessionsAndTheirPastAttendance() {
        TestUser pat = Users.specialist();
        TestUser sam = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        String samPerson = people.personFor(sam);
        LocalDate today = LocalDate.now(UK);
        String next = Api.as(pat).contentType(ContentType.JSON).body(online(today.plusDays(7).toString()))
                .post(PROGRAMMES + "/" + CHALLENGING_POOR_PRACTICE + "/sessions").then().statusCode(201)
                .body("online", equalTo(true)).body("venue", nullValue()).body("held", equalTo(false))
                .extract().path("id");
        Api.as(pat).contentType(ContentType.JSON).body(register(0, samPerson, "booked"))
                .put(SESSIONS + "/" + next + "/attendance").then().statusCode(200);

        Api.as(sam).get("/api/v1/me/programme-sessions").then().statusCode(200)
                .body("upcoming.sessionId", equalTo(List.of(next)))
                .body("upcoming[0].status", equalTo("booked"))
                .body("upcoming[0].programmeTitle", equalTo("Challenging poor practice"))
                .body("past", hasSize(0));
        Api.as(sam).get(PROGRAMMES + "/" + CHALLENGING_POOR_PRACTICE).then().statusCode(200)
                .body("sessions.find { it.id == '" + next + "' }.yourAttendance", equalTo("booked"));
        Api.as(sam).get(PROGRAMMES).then().statusCode(200)
                .body("find { it.id == '" + CHALLENGING_POOR_PRACTICE + "' }.upcomingSessions",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        // Someone the directory does not know has no sessions, rather than an error.
        Api.as(PeopleRows.uniqueUser("Nia Nobody", Roles.COACH)).get("/api/v1/me/programme-sessions").then()
                .statusCode(200).body("upcoming", hasSize(0)).body("past", hasSize(0));
    }

    @Test
    void aRegisterSaysOnlyWhatHappenedAndNamesEachPersonOnce() {
        TestUser ivy = Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR);
        String sam = people.personFor(PeopleRows.uniqueUser("Sam Staff", Roles.STAFF));
        String cara = people.personFor(PeopleRows.uniqueUser("Cara Coach", Roles.COACH));
        LocalDate today = LocalDate.now(UK);
        String future = Api.as(ivy).contentType(ContentType.JSON).body(session(today.plusDays(1).toString(), "10:00",
                "11:00")).post(PROGRAMMES + "/" + RESTORATIVE + "/sessions").then().statusCode(201).extract().path("id");

        Api.as(ivy).contentType(ContentType.JSON).body(register(0, sam, "attended", cara, "did-not-attend"))
                .put(SESSIONS + "/" + future + "/attendance").then().statusCode(400)
                .body("errors.field", equalTo(List.of("attendees[0].status", "attendees[1].status")))
                .body("errors.code", equalTo(List.of("in-the-future", "in-the-future")));
        Api.as(ivy).contentType(ContentType.JSON).body(register(0, sam, "booked", sam, "booked"))
                .put(SESSIONS + "/" + future + "/attendance").then().statusCode(400)
                .body("errors[0].field", equalTo("attendees[1].personId"))
                .body("errors[0].code", equalTo("duplicate"));
        Api.as(ivy).contentType(ContentType.JSON).body(register(0, UUID.randomUUID().toString(), "booked"))
                .put(SESSIONS + "/" + future + "/attendance").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-person"));
        Api.invalidRequestAs(ivy).contentType(ContentType.JSON).body(register(0, sam, "maybe"))
                .put(SESSIONS + "/" + future + "/attendance").then().statusCode(400)
                .body("errors[0].field", equalTo("attendees[0].status")).body("errors[0].code", equalTo("unknown-code"));
        Api.invalidRequestAs(ivy).contentType(ContentType.JSON).body(Map.of("attendees", List.of()))
                .put(SESSIONS + "/" + future + "/attendance").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        Api.as(ivy).get(SESSIONS + "/" + future).then().statusCode(200).body("version", equalTo(0))
                .body("attendees", hasSize(0));

        // Two keepers marking the same register: the second, on the version they read, is refused.
        Api.as(ivy).contentType(ContentType.JSON).body(register(0, sam, "booked"))
                .put(SESSIONS + "/" + future + "/attendance").then().statusCode(200).body("version", equalTo(1));
        Api.as(ivy).contentType(ContentType.JSON).body(register(0, cara, "booked"))
                .put(SESSIONS + "/" + future + "/attendance").then().statusCode(409)
                .body("code", equalTo("stale-version"));
        Api.as(ivy).get(SESSIONS + "/" + future).then().statusCode(200)
                .body("attendees.personId", equalTo(List.of(sam)));
        Api.as(ivy).contentType(ContentType.JSON).body(register(1, sam, "booked"))
                .put(SESSIONS + "/" + UUID.randomUUID() + "/attendance").then().statusCode(404);
    }

    @Test
    void aSessionNeedsItsDatesTimesAndPlaceAndChangesOnTheVersionLastRead() {
        TestUser pat = Users.specialist();
        LocalDate today = LocalDate.now(UK);
        String path = PROGRAMMES + "/" + RESTORATIVE + "/sessions";
        Map<String, Object> backwards = session(today.toString(), "12:30", "09:30");
        backwards.remove("venue");
        Api.as(pat).contentType(ContentType.JSON).body(backwards).post(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("endsAt", "venue")))
                .body("errors.code", equalTo(List.of("before-start", "required")));
        Map<String, Object> noDate = session(today.toString(), "09:30", "12:30");
        noDate.remove("heldOn");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(noDate).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(session(today.toString(), "9.30", "12:30"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        Api.as(pat).contentType(ContentType.JSON).body(session(today.toString(), "09:30", "12:30"))
                .post(PROGRAMMES + "/" + UUID.randomUUID() + "/sessions").then().statusCode(404);

        String id = Api.as(pat).contentType(ContentType.JSON).body(session(today.minusDays(1).toString(), "09:30",
                "12:30")).post(path).then().statusCode(201).extract().path("id");
        Map<String, Object> moved = online(today.minusDays(1).toString());
        moved.put("version", 0);
        Api.as(pat).contentType(ContentType.JSON).body(moved).put(SESSIONS + "/" + id).then().statusCode(200)
                .body("version", equalTo(1)).body("online", equalTo(true)).body("startsAt", equalTo("13:00"));
        Api.as(pat).contentType(ContentType.JSON).body(moved).put(SESSIONS + "/" + id).then().statusCode(409)
                .body("code", equalTo("stale-version"));
        moved.remove("version");
        Api.as(pat).contentType(ContentType.JSON).body(moved).put(SESSIONS + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));

        // Once attendance is recorded, the session cannot move into the future.
        String sam = people.personFor(PeopleRows.uniqueUser("Sam Staff", Roles.STAFF));
        Api.as(pat).contentType(ContentType.JSON).body(register(1, sam, "attended"))
                .put(SESSIONS + "/" + id + "/attendance").then().statusCode(200);
        Map<String, Object> later = online(today.plusDays(5).toString());
        later.put("version", 2);
        Api.as(pat).contentType(ContentType.JSON).body(later).put(SESSIONS + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn")).body("errors[0].code", equalTo("in-the-future"));
    }

    @Test
    void materialsAreLinksOrSafeFilesOfAtMostFiveMegabytes() {
        TestUser ivy = Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR);
        String path = PROGRAMMES + "/" + CHALLENGING_POOR_PRACTICE + "/materials";
        byte[] pack = "Challenging poor practice: a guide for staff.".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> file = Map.of("fileName", "../pack <1>.txt", "contentType", "text/plain",
                "contentBase64", Base64.getEncoder().encodeToString(pack));
        String materialId = Api.as(ivy).contentType(ContentType.JSON).body(Map.of("title", "The pack", "file", file))
                .post(path).then().statusCode(201)
                .body("fileName", equalTo("../pack <1>.txt")).body("sizeBytes", equalTo(pack.length))
                .body("link", nullValue()).extract().path("id");
        byte[] downloaded = Api.as(Users.coach()).accept("*/*").get(path + "/" + materialId + "/content").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"pack _1_.txt\""))
                .extract().asByteArray();
        assertArrayEquals(pack, downloaded);
        Api.as(Users.staff()).get(PROGRAMMES + "/" + CHALLENGING_POOR_PRACTICE).then().statusCode(200)
                .body("materials.id", hasItem(materialId));
        Api.as(Users.staff()).accept("*/*").get(PROGRAMMES + "/" + RESTORATIVE + "/materials/" + materialId + "/content").then()
                .statusCode(404);

        String linkId = Api.as(ivy).contentType(ContentType.JSON)
                .body(Map.of("title", "NHS England patient safety", "link", "https://www.england.nhs.uk/patient-safety/"))
                .post(path).then().statusCode(201).body("link", equalTo("https://www.england.nhs.uk/patient-safety/"))
                .extract().path("id");
        Api.as(Users.staff()).accept("*/*").get(path + "/" + linkId + "/content").then().statusCode(404);

        byte[] tooBig = new byte[5 * 1024 * 1024 + 1];
        Api.as(ivy).contentType(ContentType.JSON).body(Map.of("title", "Too big", "file", Map.of("fileName", "big.pdf",
                        "contentType", "application/pdf", "contentBase64", Base64.getEncoder().encodeToString(tooBig))))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("file.contentBase64"))
                .body("errors[0].code", equalTo("too-large"));
        Api.as(ivy).contentType(ContentType.JSON).body(Map.of("title", "A page", "file", Map.of("fileName", "x.html",
                        "contentType", "text/html", "contentBase64", Base64.getEncoder().encodeToString(pack))))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("file.contentType"))
                .body("errors[0].code", equalTo("unknown-code"));
        Api.as(ivy).contentType(ContentType.JSON).body(Map.of("title", "Both", "link", "https://example.org",
                "file", file)).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("link")).body("errors[0].code", equalTo("text-or-file"));
        Api.as(ivy).contentType(ContentType.JSON).body(Map.of("title", "Neither")).post(path).then().statusCode(400)
                .body("errors[0].code", equalTo("text-or-file"));
        Api.as(ivy).contentType(ContentType.JSON).body(Map.of("title", "Script", "link", "javascript:alert(1)"))
                .post(path).then().statusCode(400).body("errors[0].code", equalTo("invalid-format"));
    }

    @Test
    void onlyTheKeepersAddProgrammesSessionsAttendanceAndMaterialsAndEveryRefusalIsAudited() {
        TestUser ivy = Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR);
        String title = "Human factors " + UUID.randomUUID().toString().substring(0, 8);
        String created = Api.as(ivy).contentType(ContentType.JSON)
                .body(Map.of("title", title, "summary", "Half a day on systems and teams.")).post(PROGRAMMES).then()
                .statusCode(201).body("mayKeep", equalTo(true)).body("sessions", hasSize(0)).extract().path("id");
        Api.as(ivy).contentType(ContentType.JSON).body(Map.of("title", title.toUpperCase(), "summary", "Again"))
                .post(PROGRAMMES).then().statusCode(400).body("errors[0].field", equalTo("title"))
                .body("errors[0].code", equalTo("duplicate-name"));
        assertTrue(auditTrail.byEntity(created).stream().anyMatch(a -> a.action().equals("create")));
        String sessionId = Api.as(ivy).contentType(ContentType.JSON)
                .body(session(LocalDate.now(UK).toString(), "09:00", "10:00"))
                .post(PROGRAMMES + "/" + created + "/sessions").then().statusCode(201).extract().path("id");

        for (TestUser user : List.of(Users.staff(), Users.coach(), Users.chiefNurse(),
                Tokens.user("Lee Lead", Roles.LEARNING_RESPONSE_LEAD), Tokens.user("Wes Workforce",
                        Roles.WORKFORCE_PARTNER))) {
            Api.as(user).get(PROGRAMMES + "/" + created).then().statusCode(200).body("mayKeep", equalTo(false));
            Api.invalidRequestAs(user).contentType(ContentType.JSON).body(Map.of("title", "Mine", "summary", "No"))
                    .post(PROGRAMMES).then().statusCode(403);
            Api.invalidRequestAs(user).contentType(ContentType.JSON)
                    .body(session(LocalDate.now(UK).toString(), "09:00", "10:00"))
                    .post(PROGRAMMES + "/" + created + "/sessions").then().statusCode(403);
            Api.invalidRequestAs(user).contentType(ContentType.JSON).body(Map.of("version", 0, "attendees", List.of()))
                    .put(SESSIONS + "/" + sessionId + "/attendance").then().statusCode(403);
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "PUT " + SESSIONS + "/" + sessionId + "/attendance"),
                    user.name());
        }
        TestUser partner = Users.partner();
        Api.invalidRequestAs(partner).get(PROGRAMMES).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(partner.sub(), "denied", "GET " + PROGRAMMES));
    }

    static Map<String, Object> session(String heldOn, String startsAt, String endsAt) {
        return new HashMap<>(Map.of("heldOn", heldOn, "startsAt", startsAt, "endsAt", endsAt,
                "venue", "Education Centre, Room 2", "online", false, "facilitator", "Ivy Advisor"));
    }

    static Map<String, Object> online(String heldOn) {
        return new HashMap<>(Map.of("heldOn", heldOn, "startsAt", "13:00", "endsAt", "15:00", "online", true,
                "facilitator", "Pat Specialist"));
    }

    static Map<String, Object> register(long version, String... personAndStatus) {
        List<Map<String, Object>> attendees = new java.util.ArrayList<>();
        for (int i = 0; i < personAndStatus.length; i += 2) {
            attendees.add(Map.of("personId", personAndStatus[i], "status", personAndStatus[i + 1]));
        }
        return Map.of("version", version, "attendees", attendees);
    }
}
