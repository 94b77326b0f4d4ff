package uk.nhs.psirf.coachrecruitment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.coaches.CoachBrief;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.People;
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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recruiting a QI coach with lived experience (000_* §4, Appendix 1): the pathway, kept by the improvement advisor. */
@QuarkusTest
class CoachRecruitmentApiTest {
    static final String CANDIDATES = "/api/v1/coach-candidates";
    static final String JOB_DESCRIPTION = "/api/v1/coach-recruitment/job-description";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    AuditTrail auditTrail;

    @Inject
    Coaches coaches;

    @Inject
    Directory directory;

    private final TestUser ivy = Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR, Roles.STAFF);

    @Test
    void aCandidateGoesFromExpressionOfInterestToInductedAndIsEnrolledAsACoachWithLivedExperience() {
        LocalDate today = LocalDate.now(UK);
        Map<String, Object> directorate = firstDirectorate();
        String email = People.uniqueEmail("Rosa Mendes");
        Map<String, Object> interest = interest("Rosa Mendes", email, directorate.get("id"));
        String id = Api.as(ivy).contentType(ContentType.JSON).body(interest).post(CANDIDATES).then()
                .statusCode(201)
                .body("status", equalTo("in-progress"))
                .body("steps", hasSize(7))
                .body("steps[0].status", equalTo("done"))
                .body("steps[0].recordedBy", equalTo("Ivy Advisor"))
                .body("steps[1].status", equalTo("waiting"))
                .body("nextStep", equalTo("job-description-given"))
                .body("terms.band", equalTo("4"))
                .body("terms.hoursPerWeek", equalTo(7.5f))
                .extract().path("id");
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("create")));

        sign(id, "job-description-given", Map.of("doneOn", today.minusDays(20).toString())).then().statusCode(200)
                .body("nextStep", equalTo("clinical-director-sign-off"))
                .body("waitingOn", equalTo("the clinical director of " + directorate.get("name")));
        Api.as(ivy).get(CANDIDATES).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.waitingOn",
                        equalTo("the clinical director of " + directorate.get("name")));
        sign(id, "clinical-director-sign-off", Map.of("doneOn", today.minusDays(15).toString(),
                "signedBy", "Dr Amara Okafor")).then().statusCode(200)
                .body("steps[2].signedBy", equalTo("Dr Amara Okafor"))
                .body("steps[2].recordedBy", equalTo("Ivy Advisor"))
                .body("steps[2].recordedAt", notNullValue())
                .body("waitingOn", equalTo("the people participation team"));
        sign(id, "people-participation-sign-off", Map.of("doneOn", today.minusDays(12).toString(),
                "signedBy", "Millie Smith")).then().statusCode(200);
        sign(id, "programme-place", Map.of("doneOn", today.minusDays(10).toString(), "cohort", "ICP cohort 14",
                "startsOn", today.minusDays(5).toString())).then().statusCode(200)
                .body("steps[4].cohort", equalTo("ICP cohort 14"));
        sign(id, "bank-appointment", Map.of("doneOn", today.minusDays(3).toString())).then().statusCode(200)
                .body("personId", notNullValue())
                .body("steps[5].person.name", equalTo("Rosa Mendes"))
                .body("waitingOn", equalTo("the " + directorate.get("name") + " directorate"));
        DirectoryPerson added = directory.findByEmail(email).orElseThrow();
        assertEquals("Rosa Mendes", added.name());
        assertTrue(auditTrail.byEntity(added.id().toString()).stream().anyMatch(a -> a.action().equals("create")),
                "the directory audits the person it adds");

        String lineManager = People.add("Lola Linemanager");
        Map<String, Object> induction = new HashMap<>(Map.of("doneOn", today.toString(), "technologySupport", true,
                "identification", true, "lineManagerPersonId", lineManager, "lineManagerAllocatedBy", "sponsor"));
        String coachId = sign(id, "induction", induction).then().statusCode(200)
                .body("status", equalTo("inducted"))
                .body("nextStep", nullValue())
                .body("waitingOn", nullValue())
                .body("steps[6].lineManager.personId", equalTo(lineManager))
                .body("steps[6].lineManagerAllocatedBy", equalTo("sponsor"))
                .extract().path("coachId");
        CoachBrief coach = coaches.find(UUID.fromString(coachId)).orElseThrow();
        assertEquals(added.id(), coach.personId());
        assertEquals("lived-experience", coach.kind());
        assertEquals(((Number) directorate.get("id")).longValue(), coach.directorateId());
        assertEquals(today, coach.startedOn());

        Api.as(ivy).get(CANDIDATES + "/" + id).then().statusCode(200)
                .body("steps.status", equalTo(List.of("done", "done", "done", "done", "done", "done", "done")));
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("read")
                && a.actor().equals(ivy.sub())));
        assertTrue(auditTrail.hasEntry(ivy.sub(), "list", null));
        Api.as(ivy).contentType(ContentType.JSON).body(withdrawal(today))
                .post(CANDIDATES + "/" + id + "/withdrawal").then()
                .statusCode(409).body("errors[0].code", equalTo("pathway-complete"));
    }

    /** PathwayOrderPolicy: "a recruitment step cannot be signed off before the step it depends on". */
    @Test
    void aRecruitmentStepCannotBeSignedOffBeforeTheStepItDependsOnNorTwice() {
        String id = candidate();
        String today = LocalDate.now(UK).toString();
        sign(id, "clinical-director-sign-off", Map.of("doneOn", today, "signedBy", "Dr Amara Okafor")).then()
                .statusCode(409)
                .body("code", equalTo("conflict"))
                .body("errors[0].field", equalTo("step"))
                .body("errors[0].code", equalTo("step-waiting"))
                .body("errors[0].message", equalTo("Job description given is waiting: it comes before sign-off by"
                        + " the clinical director"));
        sign(id, "induction", Map.of("doneOn", today)).then().statusCode(409)
                .body("errors[0].code", equalTo("step-waiting"));
        sign(id, "job-description-given", Map.of("doneOn", today)).then().statusCode(200);
        sign(id, "job-description-given", Map.of("doneOn", today)).then().statusCode(409)
                .body("errors[0].code", equalTo("already-signed"));
        Api.as(ivy).get(CANDIDATES + "/" + id).then().statusCode(200)
                .body("steps.status", equalTo(List.of("done", "done", "waiting", "not-yet", "not-yet", "not-yet",
                        "not-yet")));
    }

    @Test
    void aCandidateMayWithdrawAtAnyPointWithAReasonAndNothingIsRecordedAfter() {
        String id = candidate();
        LocalDate today = LocalDate.now(UK);
        sign(id, "job-description-given", Map.of("doneOn", today.toString())).then().statusCode(200);
        Api.as(ivy).contentType(ContentType.JSON).body(withdrawal(today))
                .post(CANDIDATES + "/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("withdrawn"))
                .body("withdrawal.reason", equalTo("Wants to wait until their caring responsibilities ease"))
                .body("withdrawal.recordedBy", equalTo("Ivy Advisor"))
                .body("waitingOn", nullValue())
                .body("steps[2].status", equalTo("stopped"));
        sign(id, "clinical-director-sign-off", Map.of("doneOn", today.toString(), "signedBy", "Dr Okafor")).then()
                .statusCode(409).body("errors[0].code", equalTo("candidate-withdrawn"));
        Api.as(ivy).contentType(ContentType.JSON).body(withdrawal(today))
                .post(CANDIDATES + "/" + id + "/withdrawal").then()
                .statusCode(409).body("errors[0].code", equalTo("candidate-withdrawn"));
        assertTrue(auditTrail.byEntity(id).stream().filter(a -> a.action().equals("update")).count() >= 2);
    }

    @Test
    void onlyTheImprovementAdvisorKeepsThePathwayAndEveryOtherRoleIsRefusedAndAudited() {
        String id = candidate();
        List<TestUser> refused = List.of(Users.staff(), Users.coach(), Users.partner(), Users.specialist(),
                Users.chiefNurse(), Tokens.user("Lee Lead", Roles.LEARNING_RESPONSE_LEAD),
                Tokens.user("Wes Workforce", Roles.WORKFORCE_PARTNER));
        for (TestUser user : refused) {
            Api.invalidRequestAs(user).get(CANDIDATES).then().statusCode(403);
            Api.invalidRequestAs(user).get(CANDIDATES + "/" + id).then().statusCode(403)
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Cora")));
            Api.invalidRequestAs(user).contentType(ContentType.JSON).body(interest("Someone", "s@example.com", 1))
                    .post(CANDIDATES).then().statusCode(403);
            Api.invalidRequestAs(user).contentType(ContentType.JSON).body(Map.of("doneOn", "2026-11-01"))
                    .post(CANDIDATES + "/" + id + "/steps/job-description-given").then().statusCode(403);
            Api.invalidRequestAs(user).contentType(ContentType.JSON).body(withdrawal(LocalDate.now(UK)))
                    .post(CANDIDATES + "/" + id + "/withdrawal").then().statusCode(403);
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "GET " + CANDIDATES + "/" + id), user.name());
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "POST " + CANDIDATES), user.name());
        }
        Api.as(ivy).get(CANDIDATES + "/" + id).then().statusCode(200).body("steps[1].status", equalTo("waiting"));

        // The job description is no one's personal data: the coach holding the role and staff may read it too.
        for (TestUser reader : List.of(ivy, Users.coach(), Users.staff())) {
            Api.as(reader).get(JOB_DESCRIPTION).then().statusCode(200)
                    .body("title", equalTo("Quality Improvement Coach with lived experience"))
                    .body("band", equalTo("4"))
                    .body("contract", equalTo("Bank on a sessional basis"))
                    .body("keyResponsibilities", hasItem("Provide monthly updates on project progress to sponsor"));
        }
        Api.invalidRequestAs(Users.partner()).get(JOB_DESCRIPTION).then().statusCode(403);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        LocalDate today = LocalDate.now(UK);
        Map<String, Object> noContact = interest("Nina Nocontact", null, 999_999);
        noContact.put("expressedOn", today.plusDays(1).toString());
        Api.as(ivy).contentType(ContentType.JSON).body(noContact).post(CANDIDATES).then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("email", "directorateId", "expressedOn")))
                .body("errors.code", equalTo(List.of("required", "unknown-code", "in-the-future")));
        Map<String, Object> blank = interest(" ", "not-an-email", firstDirectorate().get("id"));
        blank.remove("livedExperience");
        Api.invalidRequestAs(ivy).contentType(ContentType.JSON).body(blank).post(CANDIDATES).then()
                .statusCode(400).body("errors.field", hasItem("name")).body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("livedExperience"));
        Api.as(ivy).get(CANDIDATES).then().statusCode(200)
                .body("findAll { it.name == 'Nina Nocontact' }", hasSize(0));

        String id = candidate();
        sign(id, "job-description-given", Map.of("doneOn", today.plusDays(1).toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("doneOn")).body("errors[0].code", equalTo("in-the-future"));
        sign(id, "job-description-given", Map.of("doneOn", today.toString())).then().statusCode(200);
        sign(id, "clinical-director-sign-off", Map.of("doneOn", today.toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("signedBy")).body("errors[0].code", equalTo("required"));
        Api.invalidRequestAs(ivy).contentType(ContentType.JSON).body(Map.of("doneOn", today.toString()))
                .post(CANDIDATES + "/" + id + "/steps/gardening").then().statusCode(404);
        Api.as(ivy).contentType(ContentType.JSON).body(Map.of("doneOn", today.toString()))
                .post(CANDIDATES + "/" + UUID.randomUUID() + "/steps/job-description-given").then().statusCode(404);
        Api.invalidRequestAs(ivy).get(CANDIDATES + "/not-an-id").then().statusCode(404);
        Map<String, Object> noReason = new HashMap<>(Map.of("withdrawnOn", today.toString()));
        Api.invalidRequestAs(ivy).contentType(ContentType.JSON).body(noReason)
                .post(CANDIDATES + "/" + id + "/withdrawal").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Api.as(ivy).get(CANDIDATES + "/" + id).then().statusCode(200)
                .body("status", equalTo("in-progress"))
                .body("nextStep", equalTo("clinical-director-sign-off"));
    }

    @Test
    void theInductionNeedsItsConfirmationsAndAnActiveLineManager() {
        String id = candidate();
        String today = LocalDate.now(UK).toString();
        sign(id, "job-description-given", Map.of("doneOn", today)).then().statusCode(200);
        sign(id, "clinical-director-sign-off", Map.of("doneOn", today, "signedBy", "Dr Okafor")).then().statusCode(200);
        sign(id, "people-participation-sign-off", Map.of("doneOn", today, "signedBy", "Millie Smith")).then()
                .statusCode(200);
        sign(id, "programme-place", Map.of("doneOn", today, "cohort", "ICP 14", "startsOn", today)).then()
                .statusCode(200);
        String person = People.add("Cora Candidate");
        sign(id, "bank-appointment", Map.of("doneOn", today, "personId", person)).then().statusCode(200)
                .body("personId", equalTo(person));
        sign(id, "induction", Map.of("doneOn", today, "technologySupport", false,
                "lineManagerPersonId", UUID.randomUUID().toString(), "lineManagerAllocatedBy", "clinical-director"))
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("technologySupport", "identification", "lineManagerPersonId")))
                .body("errors.code", equalTo(List.of("required", "required", "unknown-person")));
        Api.as(ivy).get(CANDIDATES + "/" + id).then().statusCode(200).body("status", equalTo("in-progress"))
                .body("coachId", nullValue());
        assertTrue(coaches.findByPerson(UUID.fromString(person)).isEmpty(), "not a coach before induction");
    }

    private io.restassured.response.Response sign(String id, String step, Map<String, Object> body) {
        return Api.as(ivy).contentType(ContentType.JSON).body(body).post(CANDIDATES + "/" + id + "/steps/" + step);
    }

    private String candidate() {
        return Api.as(ivy).contentType(ContentType.JSON)
                .body(interest("Cora Candidate", People.uniqueEmail("Cora Candidate"), firstDirectorate().get("id")))
                .post(CANDIDATES).then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> firstDirectorate() {
        List<Map<String, Object>> all = Api.as(ivy).get("/api/v1/reference/directorates").then().statusCode(200)
                .extract().path("");
        return all.get(0);
    }

    private static Map<String, Object> interest(String name, String email, Object directorateId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (email != null) {
            body.put("email", email);
        }
        body.put("directorateId", directorateId);
        body.put("heardFrom", "A poster on the ward and the service user network");
        body.put("livedExperience", "I have used community mental health services for ten years.");
        body.put("expressedOn", LocalDate.now(UK).minusDays(30).toString());
        return body;
    }

    private static Map<String, Object> withdrawal(LocalDate on) {
        return Map.of("withdrawnOn", on.toString(), "reason", "Wants to wait until their caring responsibilities ease");
    }
}
