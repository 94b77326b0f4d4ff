package uk.nhs.psirf.qiprojects;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.coaches.CoachWork;
import uk.nhs.psirf.coaches.CoachWorkItem;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.coaches.NewCoach;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.qiprojects.service.ProjectsCoachWork;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * QI projects (issue 12 item 5 and §8): a coach runs the projects they coach, the team records its data, PDSA cycles
 * and monthly updates, the sponsor reads, the improvement advisor sees all; everyone else is refused and audited.
 */
@QuarkusTest
class QiProjectApiTest {
    static final String PROJECTS = "/api/v1/qi-projects";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Ten baseline weeks about a median of 11, then six weeks below it: a shift. */
    private static final double[] MISSED_DOSES = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 6, 5, 6, 4, 5, 4};

    @Inject
    PeopleRows people;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Coaches coaches;

    @Inject
    ProjectsCoachWork coachWork;

    record Cast(TestUser coach, String coachId, TestUser sponsor, String sponsorPerson, TestUser member,
                String memberPerson) {
    }

    @Test
    void aCoachStartsAProjectTheTeamChartsItsDataAndTheRunChartShowsTheShift() {
        Cast cast = cast();
        LocalDate today = LocalDate.now(UK);
        String actionId = safetyAction();
        Map<String, Object> body = project(cast, today.minusMonths(3));
        body.put("coachIds", List.of());
        body.put("safetyActionIds", List.of(actionId));
        String id = Api.as(cast.coach()).contentType(ContentType.JSON).body(body).post(PROJECTS).then()
                .statusCode(201)
                .body("coaches.coachId", equalTo(List.of(cast.coachId())))
                .body("sponsor.personId", equalTo(cast.sponsorPerson()))
                .body("team.personId", equalTo(List.of(cast.memberPerson())))
                .body("drivers[0].text", equalTo("Reliable supply of medicines on the ward"))
                .body("drivers[0].secondaryDrivers[0].changeIdeas", equalTo(List.of("Pharmacy top-up round at 2pm")))
                .body("links[0].kind", equalTo("safety-action"))
                .body("links[0].reference", equalTo(Api.as(Users.specialist()).get("/api/v1/safety-actions/" + actionId)
                        .then().extract().path("summary.reference")))
                .body("links[0].status", equalTo("proposed"))
                .body("links[0]", not(hasKey("title")))
                .body("myPart", equalTo(List.of("coach")))
                .body("updateOverdue", equalTo(true))
                .body("canChange", equalTo(true))
                .extract().path("id");
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("create")));

        String measureId = Api.as(cast.member()).contentType(ContentType.JSON).body(measure())
                .post(PROJECTS + "/" + id + "/measures").then().statusCode(201)
                .body("measures", hasSize(1)).body("myPart", equalTo(List.of("team-member")))
                .body("canChange", equalTo(false)).body("canRecordWork", equalTo(true))
                .extract().path("measures[0].id");
        List<Map<String, Object>> points = weekly(today.minusWeeks(MISSED_DOSES.length), MISSED_DOSES);
        points.get(13).put("note", "Pharmacy round started");
        Api.as(cast.member()).contentType(ContentType.JSON).body(Map.of("points", points))
                .post(PROJECTS + "/" + id + "/measures/" + measureId + "/data-points").then().statusCode(201)
                .body("median", equalTo(11))
                .body("signalsShown", equalTo(true))
                .body("points", hasSize(16))
                .body("points[9].rules", equalTo(List.of()))
                .body("points[10].rules", equalTo(List.of("shift")))
                .body("points[15].rules", hasItem("shift"))
                .body("points[13].note", equalTo("Pharmacy round started"))
                .body("usefulObservations", equalTo(16))
                .body("runs", equalTo(11))
                .body("expectedRuns.lower", equalTo(5)).body("expectedRuns.upper", equalTo(13))
                .body("tooFewRuns", equalTo(false));

        Map<String, Object> cycle = new HashMap<>(Map.of("title", "Pharmacy top-up round at 2pm",
                "plan", "Ask pharmacy to top up stock at 2pm", "startedOn", today.minusWeeks(6).toString(),
                "measureId", measureId, "pinnedOn", today.minusWeeks(6).toString()));
        cycle.put("learnt", "Stock outs caused most afternoon misses");
        Api.as(cast.member()).contentType(ContentType.JSON).body(cycle).post(PROJECTS + "/" + id + "/pdsa-cycles")
                .then().statusCode(201).body("pdsaCycles[0].learnt", equalTo("Stock outs caused most afternoon misses"));
        Api.as(cast.coach()).get(PROJECTS + "/" + id + "/measures/" + measureId).then().statusCode(200)
                .body("pdsaCycles[0].pinnedOn", equalTo(today.minusWeeks(6).toString()));

        Api.as(cast.member()).contentType(ContentType.JSON).body(Map.of("progress", "Missed doses are down"))
                .post(PROJECTS + "/" + id + "/updates").then().statusCode(201)
                .body("updates[0].progress", equalTo("Missed doses are down"))
                .body("updates[0].postedOn", equalTo(today.toString()))
                .body("updateOverdue", equalTo(false))
                .body("lastUpdateOn", equalTo(today.toString()));

        Api.as(cast.sponsor()).get(PROJECTS + "/" + id).then().statusCode(200)
                .body("myPart", equalTo(List.of("sponsor")))
                .body("canRecordWork", equalTo(false)).body("canPostUpdate", equalTo(false))
                .body("updates", hasSize(1)).body("measures[0].signal", equalTo(true));
        Api.as(cast.sponsor()).get(PROJECTS).then().statusCode(200).body("id", hasItem(id));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(cast.sponsor().sub())));

        List<CoachWorkItem> work = QuarkusTransaction.requiringNew()
                .call(() -> ((CoachWork) coachWork).of(UUID.fromString(cast.coachId())));
        assertEquals(List.of(new CoachWorkItem("qi-project", UUID.fromString(id),
                "Fewer missed doses on Ward 7", 0, true)), work);
    }

    @Test
    void onlyTheProjectsPeopleSeeItAndEveryOtherCallerIsRefusedAndAudited() {
        Cast cast = cast();
        String id = started(cast);
        TestUser otherStaff = PeopleRows.uniqueUser("Olu Other", Roles.STAFF);
        people.personFor(otherStaff);
        Cast otherCast = cast();
        TestUser notOnTheRegister = PeopleRows.uniqueUser("Nia Newcoach", Roles.COACH);
        people.personFor(notOnTheRegister);
        for (TestUser stranger : List.of(otherStaff, otherCast.coach(), notOnTheRegister, Users.specialist(),
                Users.chiefNurse())) {
            Api.invalidRequestAs(stranger).get(PROJECTS + "/" + id).then().statusCode(403)
                    .body("code", equalTo("forbidden"));
            assertTrue(auditTrail.hasEntry(stranger.sub(), "denied", "GET " + PROJECTS + "/" + id), stranger.name());
        }
        Api.as(otherStaff).get(PROJECTS).then().statusCode(200).body("id", not(hasItem(id)));
        Api.as(otherCast.coach()).get(PROJECTS).then().statusCode(200).body("id", not(hasItem(id)));
        Api.as(Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR, Roles.STAFF)).get(PROJECTS).then()
                .statusCode(200).body("id", hasItem(id));

        // The sponsor reads, but records no data and posts no update; neither does another project's coach.
        Map<String, Object> points = Map.of("points", List.of(Map.of("date", "2026-01-05", "value", 3)));
        for (TestUser refused : List.of(cast.sponsor(), otherCast.coach(), otherStaff)) {
            Api.invalidRequestAs(refused).contentType(ContentType.JSON).body(measure())
                    .post(PROJECTS + "/" + id + "/measures").then().statusCode(403);
            Api.invalidRequestAs(refused).contentType(ContentType.JSON).body(Map.of("progress", "All good"))
                    .post(PROJECTS + "/" + id + "/updates").then().statusCode(403);
            assertTrue(auditTrail.hasEntry(refused.sub(), "denied", "POST " + PROJECTS + "/" + id
                    + "/updates (refused for this record)"), refused.name());
        }
        // The improvement advisor sees all coaching and records work, but only the team or a coach posts the update.
        TestUser advisor = PeopleRows.uniqueUser("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR, Roles.STAFF);
        people.personFor(advisor);
        String measureId = Api.as(advisor).contentType(ContentType.JSON).body(measure())
                .post(PROJECTS + "/" + id + "/measures").then().statusCode(201)
                .body("myPart", equalTo(List.of("improvement-advisor"))).body("canPostUpdate", equalTo(false))
                .extract().path("measures[0].id");
        Api.invalidRequestAs(advisor).contentType(ContentType.JSON).body(Map.of("progress", "All good"))
                .post(PROJECTS + "/" + id + "/updates").then().statusCode(403);
        Api.invalidRequestAs(cast.sponsor()).contentType(ContentType.JSON).body(points)
                .post(PROJECTS + "/" + id + "/measures/" + measureId + "/data-points").then().statusCode(403);
        Api.as(cast.coach()).contentType(ContentType.JSON).body(Map.of("progress", "Baseline collected"))
                .post(PROJECTS + "/" + id + "/updates").then().statusCode(201);

        // A coach changes only the projects they coach; a caller with the coach role off the register starts none.
        Map<String, Object> change = project(cast, LocalDate.of(2026, 6, 1));
        change.put("version", 0);
        Api.invalidRequestAs(otherCast.coach()).contentType(ContentType.JSON).body(change).put(PROJECTS + "/" + id)
                .then().statusCode(403);
        Api.invalidRequestAs(notOnTheRegister).contentType(ContentType.JSON).body(project(cast, LocalDate.of(2026, 6, 1)))
                .post(PROJECTS).then().statusCode(403);
        for (TestUser roleRefused : List.of(Users.staff(), Users.specialist(), Users.chiefNurse(), Users.partner())) {
            Api.invalidRequestAs(roleRefused).contentType(ContentType.JSON).body(project(cast, LocalDate.of(2026, 6, 1)))
                    .post(PROJECTS).then().statusCode(403);
        }
    }

    @Test
    void runChartDataWithAMissingOrDuplicateDateIsRefusedNamingThePointAndNothingIsSaved() {
        Cast cast = cast();
        String id = started(cast);
        String measureId = Api.as(cast.member()).contentType(ContentType.JSON).body(measure())
                .post(PROJECTS + "/" + id + "/measures").then().statusCode(201).extract().path("measures[0].id");
        String dataPoints = PROJECTS + "/" + id + "/measures/" + measureId + "/data-points";
        Api.as(cast.member()).contentType(ContentType.JSON)
                .body(Map.of("points", List.of(Map.of("date", "2026-09-07", "value", 9)))).post(dataPoints).then()
                .statusCode(201);

        Map<String, Object> noDate = Map.of("points", List.of(Map.of("date", "2026-09-14", "value", 8),
                Map.of("value", 7)));
        Api.invalidRequestAs(cast.member()).contentType(ContentType.JSON).body(noDate).post(dataPoints).then()
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("points[1].date")).body("errors[0].code", equalTo("required"));
        Map<String, Object> twice = Map.of("points", List.of(Map.of("date", "2026-09-14", "value", 8),
                Map.of("date", "2026-09-14", "value", 7)));
        Api.invalidRequestAs(cast.member()).contentType(ContentType.JSON).body(twice).post(dataPoints).then()
                .statusCode(400).body("errors[0].field", equalTo("points[1].date"))
                .body("errors[0].code", equalTo("duplicate-date"));
        Map<String, Object> alreadyHeld = Map.of("points", List.of(Map.of("date", "2026-09-07", "value", 8)));
        Api.invalidRequestAs(cast.member()).contentType(ContentType.JSON).body(alreadyHeld).post(dataPoints).then()
                .statusCode(400).body("errors[0].field", equalTo("points[0].date"))
                .body("errors[0].code", equalTo("duplicate-date"));
        Map<String, Object> noValue = Map.of("points", List.of(Map.of("date", "2026-09-21")));
        Api.invalidRequestAs(cast.member()).contentType(ContentType.JSON).body(noValue).post(dataPoints).then()
                .statusCode(400).body("errors[0].field", equalTo("points[0].value"));

        Api.as(cast.member()).get(PROJECTS + "/" + id + "/measures/" + measureId).then().statusCode(200)
                .body("points", hasSize(1)).body("points[0].value", equalTo(9))
                .body("signalsShown", equalTo(false)).body("points.rules", everyItem(equalTo(List.of())));
    }

    @Test
    void aProjectNamesRealPeopleCoachesAndLinksAndAChangeNeedsTheVersionLastRead() {
        Cast cast = cast();
        Map<String, Object> bad = project(cast, LocalDate.of(2026, 6, 1));
        bad.put("sponsorPersonId", UUID.randomUUID().toString());
        bad.put("coachIds", List.of(UUID.randomUUID().toString()));
        bad.put("safetyActionIds", List.of(UUID.randomUUID().toString()));
        bad.put("improvementPlanIds", List.of(UUID.randomUUID().toString()));
        bad.put("drivers", List.of(Map.of("text", " ", "secondaryDrivers", List.of())));
        List<String> fields = Api.invalidRequestAs(cast.coach()).contentType(ContentType.JSON).body(bad).post(PROJECTS)
                .then().statusCode(400).extract().path("errors.field");
        assertEquals(List.of("sponsorPersonId", "coachIds[0]", "drivers[0].text", "safetyActionIds[0]",
                "improvementPlanIds[0]"), fields);
        Map<String, Object> noTitle = project(cast, LocalDate.of(2026, 6, 1));
        noTitle.remove("title");
        Api.invalidRequestAs(cast.coach()).contentType(ContentType.JSON).body(noTitle).post(PROJECTS).then()
                .statusCode(400).body("errors[0].field", equalTo("title"));

        String id = started(cast);
        Map<String, Object> change = project(cast, LocalDate.of(2026, 6, 1));
        change.put("title", "Fewer missed doses on Wards 7 and 8");
        Api.invalidRequestAs(cast.coach()).contentType(ContentType.JSON).body(change).put(PROJECTS + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        change.put("version", 0);
        change.put("status", "closed");
        Api.as(cast.coach()).contentType(ContentType.JSON).body(change).put(PROJECTS + "/" + id).then()
                .statusCode(200).body("version", equalTo(1)).body("status", equalTo("closed"))
                .body("updateOverdue", equalTo(false)).body("updateDueOn", nullValue())
                .body("canRecordWork", equalTo(false));
        Api.invalidRequestAs(cast.coach()).contentType(ContentType.JSON).body(change).put(PROJECTS + "/" + id).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.invalidRequestAs(cast.member()).contentType(ContentType.JSON).body(measure())
                .post(PROJECTS + "/" + id + "/measures").then().statusCode(409).body("code", equalTo("conflict"));
        Api.as(cast.member()).get(PROJECTS + "/" + id).then().statusCode(200)
                .body("title", equalTo("Fewer missed doses on Wards 7 and 8")).body("measures", hasSize(0));
    }

    /** A coach on the register, a sponsor and a team member, each a person of the directory. */
    @Test
    void theOptionsListPeopleOnlyAsASearchOfAtLeastThreeLettersFindsThemAndAlwaysTheCurrentCoaches() {
        Cast cast = cast();
        String memberName = Api.as(Users.specialist()).get("/api/v1/people/" + cast.memberPerson()).then()
                .extract().path("name");
        Api.as(cast.coach()).get(PROJECTS + "/options").then().statusCode(200)
                .body("people", hasSize(0))
                .body("coaches.coachId", hasItem(cast.coachId()));
        Api.as(cast.coach()).queryParam("search", "Sa").get(PROJECTS + "/options").then().statusCode(200)
                .body("people", hasSize(0));
        Api.as(cast.coach()).queryParam("search", memberName).get(PROJECTS + "/options").then().statusCode(200)
                .body("people.personId", equalTo(List.of(cast.memberPerson())));
    }

    private Cast cast() {
        TestUser coach = PeopleRows.uniqueUser("Cara Coach", Roles.COACH);
        UUID coachPerson = UUID.fromString(people.personFor(coach));
        String coachId = QuarkusTransaction.requiringNew().call(() -> coaches.enrol(
                new NewCoach(coachPerson, "lived-experience", null, LocalDate.of(2026, 1, 5)),
                new Stamp("test", "Test", Instant.now())).id().toString());
        TestUser sponsor = PeopleRows.uniqueUser("Chris Sponsor", Roles.STAFF);
        TestUser member = PeopleRows.uniqueUser("Sam Member", Roles.STAFF);
        return new Cast(coach, coachId, sponsor, people.personFor(sponsor), member, people.personFor(member));
    }

    private String started(Cast cast) {
        return Api.as(cast.coach()).contentType(ContentType.JSON).body(project(cast, LocalDate.of(2026, 6, 1)))
                .post(PROJECTS).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> project(Cast cast, LocalDate startedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Fewer missed doses on Ward 7");
        body.put("aim", "Reduce missed doses of time-critical medicines from 12 to 4 a week by March");
        body.put("sponsorPersonId", cast.sponsorPerson());
        body.put("startedOn", startedOn.toString());
        body.put("teamPersonIds", List.of(cast.memberPerson()));
        body.put("coachIds", List.of(cast.coachId()));
        body.put("drivers", List.of(Map.of("text", "Reliable supply of medicines on the ward",
                "secondaryDrivers", List.of(Map.of("text", "Stock checked daily",
                        "changeIdeas", List.of("Pharmacy top-up round at 2pm"))))));
        return body;
    }

    private static Map<String, Object> measure() {
        return Map.of("kind", "outcome", "name", "Missed doses", "definition", "Time-critical doses missed a week",
                "unit", "doses a week", "direction", "decrease", "baselinePoints", 10);
    }

    private static List<Map<String, Object>> weekly(LocalDate from, double[] values) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new HashMap<>(Map.of("date", from.plusWeeks(i).toString(), "value", values[i])));
        }
        return points;
    }

    private static String safetyAction() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Time-critical medicines stocked on every ward");
        body.put("source", "theme");
        body.put("theme", "Medicines");
        return Api.as(Users.specialist()).contentType(ContentType.JSON).body(body).post("/api/v1/safety-actions")
                .then().statusCode(201).extract().path("summary.id");
    }
}
