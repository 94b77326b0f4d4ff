package uk.nhs.psirf.beingfair;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Being Fair tool: joint use, the tool's paths, versions, and who may see it (the two users and the Chief Nurse). */
@QuarkusTest
class BeingFairApiTest {
    private static final String BEING_FAIR = "/api/v1/being-fair";

    @Inject
    AuditTrail auditTrail;

    @Inject
    PeopleRows people;

    /** A specialist and a workforce partner, each with a person record, and a learning response. */
    private final class Pair {
        final TestUser specialist = PeopleRows.uniqueUser("Pat Specialist", Roles.PATIENT_SAFETY_SPECIALIST, Roles.STAFF);
        final TestUser workforce = PeopleRows.uniqueUser("Wes Workforce", Roles.WORKFORCE_PARTNER, Roles.STAFF);
        final String specialistPerson = people.personFor(specialist);
        final String workforcePerson = people.personFor(workforce);
        final String responseId = PanelDecisions.approvedResponse("swarm-huddle");

        String open() {
            return Api.as(specialist).contentType(ContentType.JSON).body(openBody(responseId, workforcePerson))
                    .post(BEING_FAIR).then().statusCode(201).extract().path("id");
        }

        String openedAndJoined() {
            String id = open();
            Api.as(workforce).post(BEING_FAIR + "/" + id + "/join").then().statusCode(200);
            return id;
        }

        String readyToAnswer() {
            String id = openedAndJoined();
            consider(specialist, id);
            return id;
        }
    }

    private static Map<String, Object> openBody(String responseId, String jointPersonId) {
        return Map.of("responseId", responseId, "staffName", "Dana Nurse", "staffJobRole", "District nurse",
                "jointUser", Map.of("personId", jointPersonId));
    }

    private static long version(TestUser user, String id) {
        return ((Number) Api.as(user).get(BEING_FAIR + "/" + id).then().statusCode(200).extract().path("version"))
                .longValue();
    }

    private static void consider(TestUser user, String id) {
        Api.as(user).contentType(ContentType.JSON)
                .body(Map.of("version", version(user, id), "whoIsHurt", "The patient; the nurse",
                        "whatTheyNeed", "Information; wellbeing support", "whoseResponsibility", "Patient safety team"))
                .put(BEING_FAIR + "/" + id + "/considerations").then().statusCode(200);
    }

    private static ValidatableResponse answer(TestUser user, String id, String question, String answer) {
        return Api.as(user).contentType(ContentType.JSON)
                .body(Map.of("version", version(user, id), "question", question, "answer", answer))
                .post(BEING_FAIR + "/" + id + "/answers").then();
    }

    private static ValidatableResponse answerRefused(TestUser user, String id, String question, String answer) {
        return Api.invalidRequestAs(user).contentType(ContentType.JSON)
                .body(Map.of("version", version(user, id), "question", question, "answer", answer))
                .post(BEING_FAIR + "/" + id + "/answers").then();
    }

    @Test
    void aSpecialistOpensItNamingAWorkforcePartnerWhoJoinsAndBothAreRecorded() {
        Pair pair = new Pair();
        String id = pair.open();
        assertTrue(auditTrail.hasEntry(pair.specialist.sub(), "create", "being fair tool opened"));
        assertFalse(auditTrail.byEntity(id).stream().anyMatch(a -> a.detail() != null
                && a.detail().contains("Dana Nurse")), "the staff member's name stays out of the audit trail");

        Api.as(pair.specialist).get(BEING_FAIR + "/" + id).then().statusCode(200)
                .body("staffName", equalTo("Dana Nurse"))
                .body("staffJobRole", equalTo("District nurse"))
                .body("openedBy.sub", equalTo(pair.specialist.sub()))
                .body("openedBy.role", equalTo("patient-safety-specialist"))
                .body("jointUser.personId", equalTo(pair.workforcePerson))
                .body("jointUser.role", equalTo("workforce-partner"))
                .body("jointUser.name", equalTo(pair.workforce.name()))
                .body("jointUser.sub", nullValue())
                .body("joined", equalTo(false))
                .body("mayJoin", equalTo(false))
                .body("mayAnswer", equalTo(false))
                .body("current.number", equalTo(1))
                .body("current.nextStep", equalTo("join"))
                .body("current.nextQuestion.id", equalTo("relates-to-incident"))
                .body("responseReference", startsWith("LR-"));
        assertTrue(auditTrail.hasEntry(pair.specialist.sub(), "read", "being fair record of LR-"));

        Api.as(pair.workforce).get(BEING_FAIR + "/" + id).then().statusCode(200)
                .body("mayJoin", equalTo(true));
        Api.as(pair.workforce).post(BEING_FAIR + "/" + id + "/join").then().statusCode(200)
                .body("joined", equalTo(true))
                .body("jointUser.sub", equalTo(pair.workforce.sub()))
                .body("jointUser.at", notNullValue())
                .body("mayAnswer", equalTo(true))
                .body("current.nextStep", equalTo("considerations"));
        assertTrue(auditTrail.hasEntry(pair.workforce.sub(), "update", "joined the being fair tool as workforce-partner"));
        Api.as(pair.workforce).post(BEING_FAIR + "/" + id + "/join").then().statusCode(200).body("joined", equalTo(true));

        Api.as(pair.specialist).get(BEING_FAIR).then().statusCode(200)
                .body("items.id", hasItem(id));
        Api.as(pair.workforce).get(BEING_FAIR).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id))
                .body("items[0].jointUserName", equalTo(pair.workforce.name()))
                .body("items[0].joined", equalTo(true));
        assertTrue(auditTrail.hasEntry(pair.workforce.sub(), "list", "being fair records: 1 (" + id + ")"));
    }

    @Test
    void aWorkforcePartnerMayOpenItNamingASpecialistByEmail() {
        Pair pair = new Pair();
        String email = pair.specialist.name().toLowerCase().replace(' ', '.') + "@example.nhs.uk";
        String id = Api.as(pair.workforce).contentType(ContentType.JSON)
                .body(Map.of("responseId", pair.responseId, "staffName", "Dana Nurse", "staffJobRole", "Nurse",
                        "jointUser", Map.of("email", email)))
                .post(BEING_FAIR).then().statusCode(201)
                .body("openedBy.role", equalTo("workforce-partner"))
                .body("jointUser.role", equalTo("patient-safety-specialist"))
                .extract().path("id");
        Api.as(pair.specialist).post(BEING_FAIR + "/" + id + "/join").then().statusCode(200)
                .body("joined", equalTo(true));
    }

    @Test
    void theBeingFairToolCannotBeUsedByThePatientSafetyTeamAlone() {
        Pair pair = new Pair();
        String id = pair.open();
        long before = version(pair.specialist, id);
        Api.invalidRequestAs(pair.specialist).contentType(ContentType.JSON)
                .body(Map.of("version", before, "question", "relates-to-incident", "answer", "yes"))
                .post(BEING_FAIR + "/" + id + "/answers").then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("question"))
                .body("errors[0].code", equalTo("joint-use-required"));
        Api.invalidRequestAs(pair.specialist).contentType(ContentType.JSON)
                .body(Map.of("version", before, "whoIsHurt", "a", "whatTheyNeed", "b", "whoseResponsibility", "c"))
                .put(BEING_FAIR + "/" + id + "/considerations").then().statusCode(409)
                .body("errors[0].code", equalTo("joint-use-required"));
        Api.invalidRequestAs(pair.specialist).contentType(ContentType.JSON).body(Map.of("version", before))
                .post(BEING_FAIR + "/" + id + "/versions").then().statusCode(409)
                .body("errors[0].code", equalTo("joint-use-required"));
        Api.as(pair.specialist).get(BEING_FAIR + "/" + id).then().statusCode(200)
                .body("version", equalTo((int) before)).body("current.answers", hasSize(0))
                .body("earlierVersions", hasSize(0));
    }

    @Test
    void aSecondJointUserWithoutTheWorkforceRoleIsRefusedAndAudited() {
        Pair pair = new Pair();
        TestUser anotherSpecialist = PeopleRows.uniqueUser("Sue Specialist", Roles.PATIENT_SAFETY_SPECIALIST);
        String named = people.personFor(anotherSpecialist);
        String id = Api.as(pair.specialist).contentType(ContentType.JSON).body(openBody(pair.responseId, named))
                .post(BEING_FAIR).then().statusCode(201).extract().path("id");

        Api.invalidRequestAs(anotherSpecialist).post(BEING_FAIR + "/" + id + "/join").then().statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("jointUser"))
                .body("errors[0].code", equalTo("joint-user-role"));
        assertTrue(auditTrail.hasEntry(anotherSpecialist.sub(), "denied", "join refused"));
        Api.invalidRequestAs(anotherSpecialist).get(BEING_FAIR + "/" + id).then().statusCode(403);
        Api.as(pair.specialist).get(BEING_FAIR + "/" + id).then().statusCode(200).body("joined", equalTo(false));
    }

    @Test
    void onlyTheNamedPersonMayJoin() {
        Pair pair = new Pair();
        String id = pair.open();
        TestUser otherWorkforce = PeopleRows.uniqueUser("Walt Workforce", Roles.WORKFORCE_PARTNER);
        people.personFor(otherWorkforce);
        Api.invalidRequestAs(otherWorkforce).post(BEING_FAIR + "/" + id + "/join").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(otherWorkforce.sub(), "denied", "POST " + BEING_FAIR + "/" + id + "/join"));
        Api.invalidRequestAs(pair.specialist).post(BEING_FAIR + "/" + id + "/join").then().statusCode(403);
        Api.as(pair.specialist).get(BEING_FAIR + "/" + id).then().body("joined", equalTo(false));
    }

    @Test
    void badOpeningsAreRefusedNamingTheField() {
        Pair pair = new Pair();
        Api.invalidRequestAs(pair.specialist).contentType(ContentType.JSON)
                .body(openBody(UUID.randomUUID().toString(), pair.workforcePerson))
                .post(BEING_FAIR).then().statusCode(400)
                .body("errors[0].field", equalTo("responseId")).body("errors[0].code", equalTo("unknown-response"));
        Api.invalidRequestAs(pair.specialist).contentType(ContentType.JSON)
                .body(openBody(pair.responseId, UUID.randomUUID().toString()))
                .post(BEING_FAIR).then().statusCode(400)
                .body("errors[0].field", equalTo("jointUser.personId"))
                .body("errors[0].code", equalTo("unknown-person"));
        Api.invalidRequestAs(pair.specialist).contentType(ContentType.JSON)
                .body(openBody(pair.responseId, pair.specialistPerson))
                .post(BEING_FAIR).then().statusCode(400)
                .body("errors[0].code", equalTo("joint-user-role"));
        Api.invalidRequestAs(pair.specialist).contentType(ContentType.JSON)
                .body(Map.of("responseId", pair.responseId, "staffName", "", "staffJobRole", "Nurse",
                        "jointUser", Map.of()))
                .post(BEING_FAIR).then().statusCode(400)
                .body("errors.field", hasItem("staffName"));
        TestUser both = PeopleRows.uniqueUser("Bo Both", Roles.PATIENT_SAFETY_SPECIALIST, Roles.WORKFORCE_PARTNER);
        Api.invalidRequestAs(both).contentType(ContentType.JSON).body(openBody(pair.responseId, pair.workforcePerson))
                .post(BEING_FAIR).then().statusCode(400)
                .body("errors[0].field", equalTo("openedAs")).body("errors[0].code", equalTo("required"));
        Api.as(pair.specialist).get(BEING_FAIR).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theUsersAnswerOneQuestionAtATimeToTheDeliberateHarmEnd() {
        Pair pair = new Pair();
        String id = pair.openedAndJoined();
        answerRefused(pair.specialist, id, "relates-to-incident", "yes").statusCode(409)
                .body("errors[0].field", equalTo("question"))
                .body("errors[0].code", equalTo("considerations-required"));
        consider(pair.workforce, id);
        Api.as(pair.specialist).get(BEING_FAIR + "/" + id).then()
                .body("current.considerations.whoIsHurt", equalTo("The patient; the nurse"))
                .body("current.nextStep", equalTo("question"))
                .body("current.nextQuestion.text",
                        equalTo("Do the concerns raised relate to a patient safety incident?"))
                .body("current.nextQuestion.section", equalTo("Preconditions of use"));

        answer(pair.specialist, id, "relates-to-incident", "yes").statusCode(200);
        answer(pair.workforce, id, "systems-response", "yes").statusCode(200);
        answer(pair.specialist, id, "joint-use", "yes").statusCode(200)
                .body("current.nextQuestion.id", equalTo("1a"))
                .body("current.nextQuestion.options.label", equalTo(List.of("Yes", "No", "Unsure")));
        answer(pair.specialist, id, "1a", "no").statusCode(200).body("current.nextQuestion.id", equalTo("1b"))
                .body("current.nextQuestion.options.label", equalTo(List.of("Yes", "No", "Unknown")));
        answer(pair.specialist, id, "1b", "yes");
        answer(pair.specialist, id, "1c", "yes");
        answer(pair.workforce, id, "1d", "yes").body("current.nextQuestion.id", equalTo("2a"));
        answer(pair.workforce, id, "2a", "yes");
        answer(pair.workforce, id, "2b", "yes").body("current.nextQuestion.id", equalTo("3"))
                .body("current.nextQuestion.section", equalTo("Q3 Deliberate harm test"));
        answer(pair.specialist, id, "3", "yes").statusCode(200)
                .body("current.nextStep", equalTo("ended"))
                .body("current.nextQuestion", nullValue())
                .body("current.outcome.code", equalTo("deliberate-harm"))
                .body("current.outcome.action", startsWith("Follow organisational guidance for appropriate action, "
                        + "including contacting any relevant external organisations"))
                .body("current.outcome.revisit", startsWith("If required, revisit the tool"))
                .body("current.answers", hasSize(10))
                .body("current.answers[9].answerLabel", equalTo("Yes"))
                .body("current.answers[0].answeredByName", equalTo(pair.specialist.name()));
        assertTrue(auditTrail.hasEntry(pair.specialist.sub(), "update", "3 answered yes; ended: deliberate-harm"));

        answerRefused(pair.specialist, id, "4a", "no").statusCode(409)
                .body("errors[0].field", equalTo("question")).body("errors[0].code", equalTo("tool-ended"));
        Api.as(pair.workforce).get(BEING_FAIR).then().body("items[0].outcome", equalTo("deliberate-harm"));
    }

    @Test
    void answersOutOfOrderOrNotAllowedAreRefusedAndNothingSavedIsLost() {
        Pair pair = new Pair();
        String id = pair.readyToAnswer();
        answer(pair.specialist, id, "relates-to-incident", "yes").statusCode(200);
        long before = version(pair.specialist, id);

        answerRefused(pair.specialist, id, "3", "yes").statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("question")).body("errors[0].code", equalTo("out-of-order"));
        answerRefused(pair.specialist, id, "relates-to-incident", "no").statusCode(409)
                .body("errors[0].code", equalTo("out-of-order"));
        answerRefused(pair.specialist, id, "9z", "yes").statusCode(400)
                .body("errors[0].field", equalTo("question")).body("errors[0].code", equalTo("unknown-code"));
        answerRefused(pair.specialist, id, "systems-response", "unsure").statusCode(400)
                .body("errors[0].field", equalTo("answer"));
        answerRefused(pair.specialist, id, "systems-response", "maybe").statusCode(400)
                .body("errors[0].field", equalTo("answer"));
        Api.invalidRequestAs(pair.specialist).contentType(ContentType.JSON)
                .body(Map.of("version", before - 1, "question", "systems-response", "answer", "yes"))
                .post(BEING_FAIR + "/" + id + "/answers").then().statusCode(409)
                .body("code", equalTo("stale-version"));

        Api.as(pair.specialist).get(BEING_FAIR + "/" + id).then()
                .body("version", equalTo((int) before))
                .body("current.answers", hasSize(1))
                .body("current.answers[0].question", equalTo("relates-to-incident"))
                .body("current.nextQuestion.id", equalTo("systems-response"));
    }

    @Test
    void aNoToTheFirstPreconditionEndsWithDoNotUseThisToolAndThePointersToSafeguardingAndThePolice() {
        Pair pair = new Pair();
        String id = pair.readyToAnswer();
        answer(pair.specialist, id, "relates-to-incident", "no").statusCode(200)
                .body("current.outcome.code", equalTo("not-a-patient-safety-incident"))
                .body("current.outcome.action", startsWith("Do not use this tool."))
                .body("current.outcome.points", hasSize(2));
    }

    @Test
    void aYesTo1aWithoutOngoingConcernsEndsByContinuingTheSystemsBasedResponse() {
        Pair pair = new Pair();
        String id = pair.readyToAnswer();
        answer(pair.specialist, id, "relates-to-incident", "yes");
        answer(pair.specialist, id, "systems-response", "yes");
        answer(pair.specialist, id, "joint-use", "yes");
        answer(pair.specialist, id, "1a", "yes").body("current.nextQuestion.id", equalTo("1a-ongoing-concerns"))
                .body("current.nextQuestion.guidance", startsWith("If yes, continue with the systems-based learning"));
        answer(pair.workforce, id, "1a-ongoing-concerns", "no")
                .body("current.outcome.code", equalTo("peers-would-have-acted-the-same"))
                .body("current.outcome.action", equalTo("Continue with the systems-based learning response."));
    }

    @Test
    void revisitingStartsANewVersionAndKeepsTheEarlierOneReadOnly() {
        Pair pair = new Pair();
        String id = pair.readyToAnswer();
        answer(pair.specialist, id, "relates-to-incident", "no");
        Api.as(pair.workforce).contentType(ContentType.JSON).body(Map.of("version", version(pair.workforce, id)))
                .post(BEING_FAIR + "/" + id + "/versions").then().statusCode(201)
                .body("current.number", equalTo(2))
                .body("current.answers", hasSize(0))
                .body("current.nextStep", equalTo("considerations"))
                .body("earlierVersions", hasSize(1))
                .body("earlierVersions[0].number", equalTo(1))
                .body("earlierVersions[0].outcome.code", equalTo("not-a-patient-safety-incident"))
                .body("earlierVersions[0].answers", hasSize(1));
        assertTrue(auditTrail.hasEntry(pair.workforce.sub(), "create", "version 2 started"));
        consider(pair.specialist, id);
        answer(pair.specialist, id, "relates-to-incident", "yes").body("current.answers", hasSize(1))
                .body("earlierVersions[0].answers[0].answer", equalTo("no"));
        Api.invalidRequestAs(pair.specialist).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(BEING_FAIR + "/" + id + "/versions").then().statusCode(409).body("code", equalTo("stale-version"));
    }

    @Test
    void theChiefNurseReadsEveryRecordButChangesNothing() {
        Pair pair = new Pair();
        String id = pair.readyToAnswer();
        TestUser chief = Users.chiefNurse();
        Api.as(chief).get(BEING_FAIR + "/" + id).then().statusCode(200)
                .body("mayJoin", equalTo(false)).body("mayAnswer", equalTo(false));
        assertTrue(auditTrail.hasEntry(chief.sub(), "read", "being fair record of"));
        Api.as(chief).get(BEING_FAIR).then().statusCode(200).body("items.id", hasItem(id));
        long before = version(chief, id);
        Api.invalidRequestAs(chief).contentType(ContentType.JSON)
                .body(Map.of("version", before, "question", "relates-to-incident", "answer", "yes"))
                .post(BEING_FAIR + "/" + id + "/answers").then().statusCode(403);
        Api.invalidRequestAs(chief).post(BEING_FAIR + "/" + id + "/join").then().statusCode(403);
        Api.invalidRequestAs(chief).contentType(ContentType.JSON).body(Map.of("version", before))
                .post(BEING_FAIR + "/" + id + "/versions").then().statusCode(403);
        Api.invalidRequestAs(chief).contentType(ContentType.JSON)
                .body(openBody(pair.responseId, pair.workforcePerson)).post(BEING_FAIR).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chief.sub(), "denied", "POST " + BEING_FAIR + "/" + id + "/answers"));
        Api.as(chief).get(BEING_FAIR + "/" + id).then().body("version", equalTo((int) before));
    }

    @Test
    void anotherSpecialistOrWorkforcePartnerGets403AuditedAndNeverSeesTheRecordInTheirList() {
        Pair pair = new Pair();
        String id = pair.readyToAnswer();
        TestUser otherSpecialist = PeopleRows.uniqueUser("Pam Specialist", Roles.PATIENT_SAFETY_SPECIALIST);
        TestUser otherWorkforce = PeopleRows.uniqueUser("Wyn Workforce", Roles.WORKFORCE_PARTNER);
        people.personFor(otherWorkforce);
        for (TestUser other : List.of(otherSpecialist, otherWorkforce)) {
            Api.invalidRequestAs(other).get(BEING_FAIR + "/" + id).then().statusCode(403)
                    .contentType("application/problem+json").body("code", equalTo("forbidden"));
            assertTrue(auditTrail.hasEntry(other.sub(), "denied", "GET " + BEING_FAIR + "/" + id));
            Api.as(other).get(BEING_FAIR).then().statusCode(200).body("items.id", not(hasItem(id)));
            Api.invalidRequestAs(other).contentType(ContentType.JSON)
                    .body(Map.of("version", version(pair.specialist, id), "question", "relates-to-incident",
                            "answer", "yes"))
                    .post(BEING_FAIR + "/" + id + "/answers").then().statusCode(403);
        }
        Api.as(pair.specialist).get(BEING_FAIR + "/" + id).then().body("current.answers", hasSize(0));
    }

    @Test
    void everyOtherRoleGets403AuditedOnEveryEndpoint() {
        Pair pair = new Pair();
        String id = pair.readyToAnswer();
        List<TestUser> others = List.of(Users.staff(), Users.coach(), Users.partner(), Users.withoutPlatformRoles(),
                Tokens.user("Lee Lead", Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF),
                Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR, Roles.STAFF));
        for (TestUser other : others) {
            Api.invalidRequestAs(other).get(BEING_FAIR).then().statusCode(403);
            Api.invalidRequestAs(other).get(BEING_FAIR + "/" + id).then().statusCode(403)
                    .contentType("application/problem+json");
            Api.invalidRequestAs(other).contentType(ContentType.JSON).body(openBody(pair.responseId, pair.workforcePerson))
                    .post(BEING_FAIR).then().statusCode(403);
            Api.invalidRequestAs(other).post(BEING_FAIR + "/" + id + "/join").then().statusCode(403);
            Api.invalidRequestAs(other).contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "whoIsHurt", "a", "whatTheyNeed", "b", "whoseResponsibility", "c"))
                    .put(BEING_FAIR + "/" + id + "/considerations").then().statusCode(403);
            Api.invalidRequestAs(other).contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "question", "relates-to-incident", "answer", "yes"))
                    .post(BEING_FAIR + "/" + id + "/answers").then().statusCode(403);
            Api.invalidRequestAs(other).contentType(ContentType.JSON).body(Map.of("version", 0))
                    .post(BEING_FAIR + "/" + id + "/versions").then().statusCode(403);
            assertTrue(auditTrail.hasEntry(other.sub(), "denied", "GET " + BEING_FAIR + "/" + id));
            assertTrue(auditTrail.hasEntry(other.sub(), "denied", "POST " + BEING_FAIR + "/" + id + "/answers"));
        }
        Api.as(pair.specialist).get(BEING_FAIR + "/" + id).then().body("current.answers", hasSize(0))
                .body("joined", equalTo(true));
    }

    @Test
    void anUnknownRecordIsNotFound() {
        Api.invalidRequestAs(Users.specialist()).get(BEING_FAIR + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.invalidRequestAs(Users.specialist()).get(BEING_FAIR + "/not-a-uuid").then().statusCode(404);
    }
}
