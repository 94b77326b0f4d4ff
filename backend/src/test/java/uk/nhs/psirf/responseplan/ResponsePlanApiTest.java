package uk.nhs.psirf.responseplan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.ResponsePlans;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafting, approving and publishing the response plan, and who may do each. */
@QuarkusTest
class ResponsePlanApiTest {
    private static final String VERSIONS = "/api/v1/response-plan/versions";

    @Inject
    AuditTrail auditTrail;

    @Test
    void aSpecialistDraftsAPlanWithTheElevenRapidGroupsAndTheChangeIsAudited() {
        TestUser pat = Users.specialist();
        Map<String, Object> body = ResponsePlans.valid();
        String id = Api.as(pat).contentType(ContentType.JSON).body(body).post(VERSIONS).then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(VERSIONS + "/"))
                .body("status", equalTo("draft"))
                .body("version", equalTo(0))
                .body("periodFrom", equalTo(body.get("periodFrom")))
                .body("nationalRequirements[0].responseType", equalTo("psii"))
                .body("localPriorities[0].categoryDisplay", equalTo("Pressure ulcer"))
                .body("localPriorities[0].responseTypeDisplay", startsWith("Multi-incident review"))
                .body("equalityImpact.groups.size()", equalTo(11))
                .body("equalityImpact.groups[4].group", equalTo("gender-reassignment"))
                .body("equalityImpact.negativeImpact", equalTo(false))
                .body("createdBy", equalTo("Pat Specialist"))
                .extract().path("id");
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("create") && a.actor().equals(pat.sub())));
    }

    @Test
    void aPlanStillInForceAfterItsPeriodHasEndedIsOverdueForReviewUntilAPlanForTodayReplacesIt() {
        TestUser pat = Users.specialist();
        TestUser chris = Users.chiefNurse();
        String ended = ResponsePlans.draft(pat, ResponsePlans.validPast());
        Api.as(pat).get(VERSIONS + "/" + ended).then().statusCode(200).body("reviewOverdue", equalTo(false));
        ResponsePlans.approve(chris, ended);
        Api.as(Users.staff()).get("/api/v1/response-plan").then().statusCode(200)
                .body("id", equalTo(ended)).body("reviewOverdue", equalTo(true));
        Api.as(pat).get(VERSIONS + "/" + ended).then().statusCode(200).body("reviewOverdue", equalTo(true));

        String current = ResponsePlans.draft(pat, ResponsePlans.valid());
        ResponsePlans.approve(chris, current);
        Api.as(pat).get("/api/v1/response-plan").then().statusCode(200)
                .body("id", equalTo(current)).body("reviewOverdue", equalTo(false));
        Api.as(pat).get(VERSIONS + "/" + ended).then().statusCode(200)
                .body("status", equalTo("superseded")).body("reviewOverdue", equalTo(false));
    }

    @Test
    void theChiefNurseCannotDraftAndTheRefusalIsAudited() {
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(ResponsePlans.valid()).post(VERSIONS).then()
                .statusCode(403).body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "POST " + VERSIONS));
    }

    @Test
    void aDraftIsEditedWithTheVersionLastReadAndAStaleVersionIsAConflict() {
        TestUser pat = Users.specialist();
        Map<String, Object> body = ResponsePlans.valid();
        String id = ResponsePlans.draft(pat, body);
        body.put("version", 0);
        body.put("localPriorities", List.of(Map.of("categoryCode", "fall", "responseType", "after-action-review")));
        Api.as(pat).contentType(ContentType.JSON).body(body).put(VERSIONS + "/" + id).then()
                .statusCode(200).body("version", equalTo(1))
                .body("localPriorities[0].responseType", equalTo("after-action-review"));
        Api.as(pat).contentType(ContentType.JSON).body(body).put(VERSIONS + "/" + id).then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("stale-version"));
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("update")));
    }

    @Test
    void theChiefNurseCannotEditADraftAndTheRefusalIsAudited() {
        String id = ResponsePlans.draft(Users.specialist(), ResponsePlans.valid());
        Map<String, Object> body = ResponsePlans.valid();
        body.put("version", 0);
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(body).put(VERSIONS + "/" + id).then()
                .statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT " + VERSIONS + "/" + id));
        assertTrue(auditTrail.byActor(chris.sub()).stream().anyMatch(a -> a.action().equals("denied")
                && a.entityType().equals("response-plan-version") && id.equals(a.entityId())));
    }

    @Test
    void onlyOnePlanVersionIsInForceAtATimeAndTheOldOneIsKept() {
        TestUser pat = Users.specialist();
        TestUser chris = Users.chiefNurse();
        String first = ResponsePlans.draft(pat, ResponsePlans.valid());
        ResponsePlans.approve(chris, first);
        String second = ResponsePlans.draft(pat, ResponsePlans.valid());
        Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(VERSIONS + "/" + second + "/approval").then()
                .statusCode(200).body("status", equalTo("in-force")).body("approvedBy", equalTo("Chris Chief-Nurse"));
        Api.as(Users.staff()).get("/api/v1/response-plan").then().statusCode(200).body("id", equalTo(second));
        Api.as(Users.coach()).get(VERSIONS + "/" + first).then().statusCode(200)
                .body("status", equalTo("superseded"));
        List<String> statuses = Api.as(chris).get(VERSIONS).then().statusCode(200).extract().path("status");
        assertEquals(1, statuses.stream().filter("in-force"::equals).count());
        assertTrue(auditTrail.byEntity(second).stream()
                .anyMatch(a -> a.action().equals("update") && a.detail().contains("approve")));
        assertTrue(auditTrail.byEntity(first).stream()
                .anyMatch(a -> a.action().equals("update") && a.detail().contains("superseded")));
    }

    @Test
    void aSpecialistCannotApproveAndTheRefusalIsAudited() {
        TestUser pat = Users.specialist();
        String id = ResponsePlans.draft(pat, ResponsePlans.valid());
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(VERSIONS + "/" + id + "/approval").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(pat.sub(), "denied", "POST " + VERSIONS + "/" + id + "/approval"));
    }

    @Test
    void aPlanVersionCannotBeApprovedByThePersonWhoDraftedOrLastEditedIt() {
        TestUser kate = Tokens.user("Kate Both-Roles", Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE, Roles.STAFF);
        String drafted = ResponsePlans.draft(kate, ResponsePlans.valid());
        Api.as(kate).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(VERSIONS + "/" + drafted + "/approval").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("versionId"))
                .body("errors[0].code", equalTo("own-draft"));
        Api.as(kate).get(VERSIONS + "/" + drafted).then().body("status", equalTo("draft"));
        assertTrue(auditTrail.byEntity(drafted).stream().noneMatch(a -> a.detail().contains("approve")));

        Map<String, Object> body = ResponsePlans.valid();
        String edited = ResponsePlans.draft(Users.specialist(), body);
        body.put("version", 0);
        Api.as(kate).contentType(ContentType.JSON).body(body).put(VERSIONS + "/" + edited).then().statusCode(200);
        Api.as(kate).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(VERSIONS + "/" + edited + "/approval").then()
                .statusCode(400).body("errors[0].code", equalTo("own-draft"));
        Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(VERSIONS + "/" + edited + "/approval").then()
                .statusCode(200).body("status", equalTo("in-force"));
    }

    @Test
    void anApprovedVersionCannotBeEdited() {
        TestUser pat = Users.specialist();
        Map<String, Object> body = ResponsePlans.valid();
        String id = ResponsePlans.draft(pat, body);
        ResponsePlans.approve(Users.chiefNurse(), id);
        body.put("version", 1);
        body.put("reviewDate", body.get("periodFrom"));
        Api.as(pat).contentType(ContentType.JSON).body(body).put(VERSIONS + "/" + id).then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("conflict"))
                .body("detail", org.hamcrest.Matchers.containsString("cannot be edited"));
        Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(VERSIONS + "/" + id + "/approval").then().statusCode(409).body("code", equalTo("conflict"));
    }

    @Test
    void aPlanVersionWithANegativeEqualityImpactCannotBeApprovedWithoutAFullAssessment() {
        TestUser pat = Users.specialist();
        TestUser chris = Users.chiefNurse();
        Map<String, Object> body = ResponsePlans.valid();
        Map<String, Object> eia = ResponsePlans.assessment("positive");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) eia.get("groups");
        groups.get(2).put("impact", "negative");
        body.put("equalityImpact", eia);
        String id = Api.as(pat).contentType(ContentType.JSON).body(body).post(VERSIONS).then().statusCode(201)
                .body("equalityImpact.negativeImpact", equalTo(true))
                .body("equalityImpact.fullAssessmentRequired", equalTo(true))
                .extract().path("id");
        Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(VERSIONS + "/" + id + "/approval").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("equalityImpact.fullAssessment")))
                .body("errors[0].code", equalTo("full-assessment-required"));
        eia.put("fullAssessment", Map.of("title", "Full EIA of the response plan", "completedOn", "2026-08-20",
                "summary", "Interpreters and translated leaflets for involvement meetings."));
        body.put("version", 0);
        Api.as(pat).contentType(ContentType.JSON).body(body).put(VERSIONS + "/" + id).then().statusCode(200);
        Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(VERSIONS + "/" + id + "/approval").then()
                .statusCode(200).body("status", equalTo("in-force"))
                .body("equalityImpact.fullAssessment.title", equalTo("Full EIA of the response plan"));
    }

    @Test
    void approvingWithAnIncompleteEqualityImpactAssessmentNamesEachGap() {
        Map<String, Object> body = ResponsePlans.valid();
        body.put("equalityImpact", Map.of("groups", List.of(Map.of("group", "age", "impact", "no-impact"))));
        String id = ResponsePlans.draft(Users.specialist(), body);
        List<String> fields = Api.as(Users.chiefNurse()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(VERSIONS + "/" + id + "/approval").then()
                .statusCode(400).body("code", equalTo("validation-failed"))
                .extract().path("errors.field");
        assertTrue(fields.containsAll(List.of("equalityImpact.reviewerName", "equalityImpact.reviewerRole",
                "equalityImpact.reviewedOn", "equalityImpact.groups[1].impact", "equalityImpact.groups[10].impact")),
                fields.toString());
        assertTrue(!fields.contains("equalityImpact.groups[0].impact"), fields.toString());
        Api.as(Users.specialist()).get(VERSIONS + "/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void planPeriodsMayNotOverlapAnApprovedPlansPeriod() {
        TestUser pat = Users.specialist();
        Map<String, Object> approved = ResponsePlans.valid();
        ResponsePlans.approve(Users.chiefNurse(), ResponsePlans.draft(pat, approved));
        Map<String, Object> overlapping = ResponsePlans.valid();
        overlapping.put("periodFrom", java.time.LocalDate.parse((String) approved.get("periodTo")).minusMonths(1)
                .toString());
        overlapping.put("reviewDate", overlapping.get("periodFrom"));
        Api.as(pat).contentType(ContentType.JSON).body(overlapping).post(VERSIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("periodFrom"))
                .body("errors[0].code", equalTo("overlaps-approved-plan"));
    }

    @Test
    void anOverlapWithAPlanApprovedAfterTheDraftWasWrittenBlocksItsApproval() {
        TestUser pat = Users.specialist();
        TestUser chris = Users.chiefNurse();
        Map<String, Object> first = ResponsePlans.valid();
        String a = ResponsePlans.draft(pat, first);
        Map<String, Object> second = ResponsePlans.valid();
        second.put("periodFrom", java.time.LocalDate.parse((String) first.get("periodFrom")).plusMonths(1).toString());
        second.put("reviewDate", second.get("periodFrom"));
        String b = ResponsePlans.draft(pat, second);
        ResponsePlans.approve(chris, a);
        Api.as(chris).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(VERSIONS + "/" + b + "/approval").then()
                .statusCode(400).body("errors[0].field", equalTo("periodFrom"));
    }

    @Test
    void theReviewDateFallsWithinThePeriodAndThePeriodEndsAfterItStarts() {
        Map<String, Object> lateReview = ResponsePlans.valid();
        lateReview.put("reviewDate", "2999-01-01");
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(lateReview).post(VERSIONS).then()
                .statusCode(400).body("errors.field", equalTo(List.of("reviewDate")))
                .body("errors[0].code", equalTo("outside-period"));
        Map<String, Object> backwards = ResponsePlans.valid();
        backwards.put("periodTo", "2001-01-01");
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(backwards).post(VERSIONS).then()
                .statusCode(400).body("errors.field", equalTo(List.of("periodTo")))
                .body("errors[0].code", equalTo("before-start"));
    }

    @Test
    void unknownResponseTypesCategoriesAndGroupsAreNamed() {
        Map<String, Object> body = ResponsePlans.valid();
        body.put("localPriorities", List.of(Map.of("categoryCode", "nope", "responseType", "root-cause-analysis"),
                Map.of("responseType", "psii")));
        body.put("equalityImpact", Map.of("groups", List.of(Map.of("group", "height", "impact", "bad"))));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(body).post(VERSIONS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("localPriorities[0].categoryCode",
                        "localPriorities[0].responseType", "localPriorities[1].issue",
                        "equalityImpact.groups[0].group", "equalityImpact.groups[0].impact"));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(Map.of("periodFrom", "soon"))
                .post(VERSIONS).then().statusCode(400).body("errors[0].field", equalTo("periodFrom"));
    }

    @Test
    void everyRoleReadsThePlanInForceButACallerWithoutAPlatformRoleIsRefused() {
        String id = ResponsePlans.draft(Users.specialist(), ResponsePlans.valid());
        ResponsePlans.approve(Users.chiefNurse(), id);
        Api.as(Users.partner()).get("/api/v1/response-plan").then().statusCode(200).body("id", equalTo(id))
                .body("status", equalTo("in-force"));
        Api.as(Tokens.user("Wes Workforce", "workforce-partner")).get("/api/v1/response-plan").then()
                .statusCode(200);
        TestUser nobody = Users.withoutPlatformRoles();
        Api.invalidRequestAs(nobody).get("/api/v1/response-plan").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(nobody.sub(), "denied", "GET /api/v1/response-plan"));
    }

    @Test
    void draftsAreListedOnlyForSpecialistsAndTheChiefNurse() {
        String draft = ResponsePlans.draft(Users.specialist(), ResponsePlans.valid());
        Api.as(Users.chiefNurse()).get(VERSIONS).then().statusCode(200).body("id", hasItem(draft));
        Api.as(Users.partner()).get(VERSIONS).then().statusCode(200)
                .body("id", not(hasItem(draft))).body("status", not(hasItem("draft")));
        TestUser nobody = Users.withoutPlatformRoles();
        Api.invalidRequestAs(nobody).get(VERSIONS).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(nobody.sub(), "denied", "GET " + VERSIONS));
    }

    @Test
    void aDraftIsRefusedToOtherRolesAndTheRefusalIsAudited() {
        String draft = ResponsePlans.draft(Users.specialist(), ResponsePlans.valid());
        Api.as(Users.chiefNurse()).get(VERSIONS + "/" + draft).then().statusCode(200)
                .body("status", equalTo("draft"));
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).get(VERSIONS + "/" + draft).then().statusCode(403)
                .body("code", equalTo("forbidden"));
        assertTrue(auditTrail.byActor(sam.sub()).stream()
                .anyMatch(a -> a.action().equals("denied") && draft.equals(a.entityId())));
        Api.invalidRequestAs(sam).get(VERSIONS + "/" + java.util.UUID.randomUUID()).then().statusCode(403);
        Api.as(Users.specialist()).get(VERSIONS + "/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("not-found"));
    }
}
