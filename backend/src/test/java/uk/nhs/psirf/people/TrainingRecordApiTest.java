package uk.nhs.psirf.people;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.ContributionRows;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.People;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.People.PEOPLE;

/** Training records, CPD entries and the learning responses each person contributed to. */
@QuarkusTest
class TrainingRecordApiTest {
    @Inject
    AuditTrail auditTrail;

    @Inject
    ContributionRows contributions;

    @Test
    void recordedTrainingQualifiesALeadAndTheChangeIsAudited() {
        String id = People.add("Lou Learner");
        Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "level1CompletedOn", "2026-01-10", "level2CompletedOn", "2026-03-01",
                        "learningFromIncidentsDays", 2, "engagementTrainingHours", 5.5, "oversightTrainingDays", 0))
                .put(PEOPLE + "/" + id + "/training").then().statusCode(200)
                .body("version", equalTo(1))
                .body("qualifications[0].qualified", equalTo(true))
                .body("qualifications[1].missing[0].code", equalTo("six-hours-engagement"))
                .body("qualifications[2].missing.code",
                        equalTo(List.of("one-day-oversight")));
        Api.as(Users.chiefNurse()).get(PEOPLE + "/" + id).then().statusCode(200)
                .body("training.level2CompletedOn", equalTo("2026-03-01"))
                .body("training.engagementTrainingHours", equalTo(5.5f))
                .body("qualifications[0].qualified", equalTo(true));
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("update")
                && a.detail().contains("incidentDays=2")));
    }

    @Test
    void impossibleAmountsAreRefusedNamingEachFieldAndNothingChanges() {
        String id = People.add("Ima Impossible");
        People.trainAsLead(id);
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "learningFromIncidentsDays", -1, "engagementTrainingHours", 600,
                        "oversightTrainingDays", 1.25))
                .put(PEOPLE + "/" + id + "/training").then().statusCode(400)
                .body("errors.find { it.field == 'learningFromIncidentsDays' }.code", equalTo("out-of-range"))
                .body("errors.find { it.field == 'engagementTrainingHours' }.code", equalTo("out-of-range"))
                .body("errors.field", hasItem("oversightTrainingDays"));
        Api.as(Users.specialist()).get(PEOPLE + "/" + id + "/training").then().statusCode(200)
                .body("version", equalTo(1))
                .body("learningFromIncidentsDays", equalTo(2.0f))
                .body("level1CompletedOn", equalTo("2026-01-15"));
    }

    @Test
    void aStaleTrainingRecordIsAConflict() {
        String id = People.add("Sol Stale");
        People.trainAsLead(id);
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .put(PEOPLE + "/" + id + "/training").then().statusCode(409).body("code", equalTo("stale-version"));
        Api.as(Users.specialist()).get(PEOPLE + "/" + id + "/training").then().statusCode(200)
                .body("qualifications[0].qualified", equalTo(true));
    }

    @Test
    void theChiefNurseReadsButCannotRecordTrainingAndTheRefusalIsAudited() {
        String id = People.add("Cy Chief");
        TestUser chris = Users.chiefNurse();
        Api.as(chris).get(PEOPLE + "/" + id + "/training").then().statusCode(200).body("personName", equalTo("Cy Chief"));
        assertTrue(auditTrail.hasEntry(chris.sub(), "read", "training of Cy Chief"));
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(Map.of("version", 0))
                .put(PEOPLE + "/" + id + "/training").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT " + PEOPLE + "/" + id + "/training"));
    }

    @Test
    void cpdEntriesAreAddedAndListedNewestFirst() {
        String id = People.add("Cass Cpd");
        String path = PEOPLE + "/" + id + "/training/cpd-entries";
        Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("completedOn", "2026-05-01", "title", "Human factors workshop", "hours", 3.5))
                .post(path).then().statusCode(201).body("title", equalTo("Human factors workshop"));
        Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("completedOn", "2026-09-12", "title", "Regional PSIRF learning event", "hours", 2))
                .post(path).then().statusCode(201);
        Api.as(Users.specialist()).get(PEOPLE + "/" + id + "/training").then().statusCode(200)
                .body("cpdEntries.title", equalTo(List.of("Regional PSIRF learning event", "Human factors workshop")));
        Api.as(Users.specialist()).get(PEOPLE + "/" + id).then().statusCode(200)
                .body("training.cpdHours", equalTo(5.5f));
    }

    @Test
    void cpdInTheFutureOrWithoutHoursIsRefused() {
        String id = People.add("Nat Never");
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("completedOn", LocalDate.now().plusDays(40).toString(), "title", "Later", "hours", 0))
                .post(PEOPLE + "/" + id + "/training/cpd-entries").then().statusCode(400)
                .body("errors.find { it.field == 'hours' }.code", equalTo("out-of-range"));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("completedOn", LocalDate.now().plusDays(40).toString(), "title", "Later", "hours", 1))
                .post(PEOPLE + "/" + id + "/training/cpd-entries").then().statusCode(400)
                .body("errors[0].field", equalTo("completedOn"))
                .body("errors[0].code", equalTo("in-the-future"));
    }

    @Test
    void theChiefNurseCannotAddCpdAndTheRefusalIsAudited() {
        String id = People.add("Cora Cpd");
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON)
                .body(Map.of("completedOn", "2026-05-01", "title", "Workshop", "hours", 1))
                .post(PEOPLE + "/" + id + "/training/cpd-entries").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "POST " + PEOPLE + "/" + id));
    }

    @Test
    void responsesLedOrJoinedAreCountedOncePerYearOfCreation() {
        String id = People.add("Yan Yearly");
        String led = PanelDecisions.approvedResponse("after-action-review");
        String joined = PanelDecisions.approvedResponse("after-action-review");
        String ledAndJoined = PanelDecisions.approvedResponse("swarm-huddle");
        contributions.lead(led, id);
        contributions.joinTeam(joined, id);
        contributions.lead(ledAndJoined, id);
        contributions.joinTeam(ledAndJoined, id);
        contributions.createdAt(led, Instant.parse("2025-06-15T10:00:00Z"));
        contributions.createdAt(joined, Instant.parse("2026-03-01T10:00:00Z"));
        contributions.createdAt(ledAndJoined, Instant.parse("2026-07-01T10:00:00Z"));
        Api.as(Users.specialist()).get(PEOPLE + "/" + id + "/training").then().statusCode(200)
                .body("responsesByYear.year", equalTo(List.of(2026, 2025)))
                .body("responsesByYear.count", equalTo(List.of(2, 1)));
    }

    @Test
    void anyoneSignedInReadsTheirOwnTrainingRecord() {
        String name = "Mo " + UUID.randomUUID().toString().substring(0, 8);
        TestUser mo = Tokens.user(name, Roles.STAFF);
        String id = People.add(name, name.toLowerCase().replace(' ', '.') + "@example.nhs.uk");
        Api.as(mo).get("/api/v1/me/training").then().statusCode(200)
                .body("personId", equalTo(id)).body("personName", equalTo(name));
        assertTrue(auditTrail.hasEntry(mo.sub(), "read", "own training record"));
    }

    /**
     * Who reads whom in the people directory (product.md: the patient safety specialists keep the directory, the
     * Chief Nurse reads it to check training for sign-off): those two roles read every person and every training
     * record; everyone else, a lead too, reads only their own record, through /me/training, and is refused by the
     * role check (audited) on /people/{personId} and /people/{personId}/training, their own id included.
     */
    @Test
    void aLeadReadsTheirOwnTrainingThroughMeAndNoPersonThroughTheDirectoryNotEvenThemself() {
        String name = "Lee " + UUID.randomUUID().toString().substring(0, 8);
        TestUser lee = Tokens.user(name, Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF);
        String own = People.add(name, name.toLowerCase().replace(' ', '.') + "@example.nhs.uk");
        String other = People.add("Oli Other", "oli." + UUID.randomUUID() + "@example.nhs.uk");
        Api.as(lee).get("/api/v1/me/training").then().statusCode(200).body("personId", equalTo(own));
        for (String id : List.of(own, other)) {
            for (String path : List.of(PEOPLE + "/" + id, PEOPLE + "/" + id + "/training")) {
                Api.invalidRequestAs(lee).get(path).then().statusCode(403)
                        .body("detail", equalTo("Your roles do not allow this"));
                assertTrue(auditTrail.hasEntry(lee.sub(), "denied", "GET " + path + " (refused by the role check)"),
                        path);
            }
        }
        for (TestUser reader : List.of(Users.specialist(), Users.chiefNurse())) {
            Api.as(reader).get(PEOPLE + "/" + other).then().statusCode(200).body("id", equalTo(other));
            Api.as(reader).get(PEOPLE + "/" + other + "/training").then().statusCode(200)
                    .body("personId", equalTo(other));
        }
    }

    @Test
    void someoneWithoutAPersonRecordHasNoTrainingRecord() {
        Api.as(Users.coach()).get("/api/v1/me/training").then().statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    void aSignInWithoutAPlatformRoleCannotReadTraining() {
        TestUser nora = Users.withoutPlatformRoles();
        Api.invalidRequestAs(nora).get("/api/v1/me/training").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(nora.sub(), "denied", "GET /api/v1/me/training"));
    }
}
