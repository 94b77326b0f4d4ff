package uk.nhs.psirf.improvementplans;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.People;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Safety improvement plans (policy §16): created, read, changed, gathering responses, closed and reopened. */
@QuarkusTest
class ImprovementPlanApiTest {
    private static final String PLANS = "/api/v1/improvement-plans";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    AuditTrail auditTrail;

    @Inject
    PlanRows rows;

    @Test
    void aSpecialistOpensAThemePlanGathersAResponseAndSeesItsProgressAtAGlance() {
        TestUser pat = Users.specialist();
        String ownerId = People.add("Olive Owner");
        LocalDate today = LocalDate.now(UK);
        String planId = Api.as(pat).contentType(ContentType.JSON).body(plan(ownerId, "theme", "Falls"))
                .post(PLANS).then()
                .statusCode(201)
                .body("reference", matchesPattern("SIP-\\d{4}-\\d{4}"))
                .body("status", equalTo("open"))
                .body("version", equalTo(0))
                .body("scopeDisplay", equalTo("Theme - Falls"))
                .body("ownerName", equalTo("Olive Owner"))
                .body("acceptsChanges", equalTo(true))
                .body("reviewOverdue", equalTo(false))
                .body("progress.actions", equalTo(0))
                .extract().path("id");
        assertTrue(auditTrail.byEntity(planId).stream()
                .anyMatch(a -> a.action().equals("create") && a.actor().equals(pat.sub())));

        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("responseId", responseId))
                .post(PLANS + "/" + planId + "/responses").then()
                .statusCode(200)
                .body("responses", hasSize(1))
                .body("responses[0].id", equalTo(responseId))
                .body("responses[0].responseType", equalTo("swarm-huddle"))
                .body("progress.responses", equalTo(1));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("responseId", responseId))
                .post(PLANS + "/" + planId + "/responses").then()
                .statusCode(200).body("responses", hasSize(1));

        rows.action(planId, "Hourly rounding", "completed", today.minusDays(10), "effective", ownerId);
        rows.action(planId, "Falls sensors", "completed", today.minusDays(10), "not-effective", ownerId);
        String late = rows.action(planId, "Non-slip socks", "in-progress", today.minusDays(1), null, ownerId);
        rows.action(planId, "Bed rails audit", "agreed", today.plusDays(30), null, ownerId);
        rows.action(planId, "Dropped idea", "cancelled", today.minusDays(30), null, ownerId);

        Api.as(Users.chiefNurse()).get(PLANS + "/" + planId).then()
                .statusCode(200)
                .body("progress.actions", equalTo(4))
                .body("progress.completed", equalTo(2))
                .body("progress.overdue", equalTo(1))
                .body("progress.notEffective", equalTo(1))
                .body("progress.responses", equalTo(1))
                .body("actions", hasSize(5))
                .body("actions.find { it.id == '" + late + "' }.overdue", equalTo(true))
                .body("actions.find { it.id == '" + late + "' }.ownerName", equalTo("Olive Owner"))
                .body("actions.find { it.title == 'Falls sensors' }.effectiveness", equalTo("not-effective"))
                .body("actions.find { it.title == 'Dropped idea' }.overdue", equalTo(false));
        TestUser lead = Tokens.user("Lee Lead", Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF);
        Api.as(lead).get(PLANS + "/" + planId).then().statusCode(200).body("responses", hasSize(1));
        assertTrue(auditTrail.byEntity(planId).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(lead.sub())));

        Map<String, Object> summary = summaryOf(pat, planId, "open");
        assertEquals(Map.of("actions", 4, "completed", 2, "overdue", 1, "notEffective", 1, "responses", 1),
                summary.get("progress"));
        assertEquals("Theme - Falls", summary.get("scopeDisplay"));
        assertTrue(auditTrail.hasEntry(pat.sub(), "list", "improvement plans"));
    }

    @Test
    void plansAreListedSoonestReviewFirstAndFilteredByStatus() {
        TestUser pat = Users.specialist();
        String ownerId = People.add("Olive Owner");
        LocalDate today = LocalDate.now(UK);
        String later = create(pat, plan(ownerId, "organisation", null, today.plusDays(50)));
        String sooner = create(pat, plan(ownerId, "service", "District nursing", today.plusDays(5)));
        List<String> reviewDates = Api.as(pat).queryParam("size", 100).get(PLANS).then().statusCode(200)
                .extract().path("items.reviewOn");
        assertEquals(reviewDates.stream().sorted().toList(), reviewDates);
        close(pat, sooner, 0);
        Api.as(pat).queryParam("status", "closed").queryParam("size", 100).get(PLANS).then().statusCode(200)
                .body("items.status", everyItem(equalTo("closed")));
        assertTrue(idsOf(pat, "closed").contains(sooner));
        assertFalse(idsOf(pat, "open").contains(sooner));
        assertTrue(idsOf(pat, "open").contains(later));
        Api.invalidRequestAs(pat).queryParam("status", "archived").get(PLANS).then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void theReadersReadAndOnlyThePatientSafetyTeamChangePlansEveryRefusalAudited() {
        String ownerId = People.add("Olive Owner");
        String planId = create(Users.chiefNurse(), plan(ownerId, "pathway", "Sepsis"));
        for (TestUser reader : List.of(Users.specialist(), Users.chiefNurse(),
                Tokens.user("Lee Lead", Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF))) {
            Api.as(reader).get(PLANS).then().statusCode(200);
            Api.as(reader).get(PLANS + "/" + planId).then().statusCode(200);
        }
        for (TestUser other : List.of(Users.staff(), Users.coach(), Users.partner(),
                Tokens.user("Wes Workforce", Roles.WORKFORCE_PARTNER, Roles.STAFF),
                Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR), Users.withoutPlatformRoles())) {
            Api.invalidRequestAs(other).get(PLANS).then().statusCode(403);
            assertTrue(auditTrail.hasEntry(other.sub(), "denied", "GET " + PLANS));
            Api.invalidRequestAs(other).get(PLANS + "/" + planId).then().statusCode(403);
            assertTrue(auditTrail.hasEntry(other.sub(), "denied", "GET " + PLANS + "/" + planId));
        }
        String responseId = PanelDecisions.approvedResponse("after-action-review");
        for (TestUser other : List.of(Tokens.user("Lee Lead", Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF),
                Users.staff(), Users.coach(), Users.partner(),
                Tokens.user("Wes Workforce", Roles.WORKFORCE_PARTNER, Roles.STAFF),
                Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR))) {
            Api.invalidRequestAs(other).contentType(ContentType.JSON).body(plan(ownerId, "organisation", null))
                    .post(PLANS).then().statusCode(403);
            assertTrue(auditTrail.hasEntry(other.sub(), "denied", "POST " + PLANS));
            Map<String, Object> change = plan(ownerId, "organisation", null);
            change.put("version", 0);
            Api.invalidRequestAs(other).contentType(ContentType.JSON).body(change)
                    .put(PLANS + "/" + planId).then().statusCode(403);
            Api.invalidRequestAs(other).contentType(ContentType.JSON).body(Map.of("responseId", responseId))
                    .post(PLANS + "/" + planId + "/responses").then().statusCode(403);
            Api.invalidRequestAs(other).delete(PLANS + "/" + planId + "/responses/" + responseId).then()
                    .statusCode(403);
            Api.invalidRequestAs(other).contentType(ContentType.JSON).body(Map.of("version", 0, "note", "Done"))
                    .post(PLANS + "/" + planId + "/closure").then().statusCode(403);
            Api.invalidRequestAs(other).contentType(ContentType.JSON).body(Map.of("version", 0))
                    .post(PLANS + "/" + planId + "/reopening").then().statusCode(403);
            assertTrue(auditTrail.hasEntry(other.sub(), "denied", "POST " + PLANS + "/" + planId + "/closure"));
        }
        // Nothing the refused callers sent changed the plan.
        Api.as(Users.specialist()).get(PLANS + "/" + planId).then().statusCode(200)
                .body("version", equalTo(0)).body("status", equalTo("open")).body("responses", hasSize(0))
                .body("scopeDisplay", equalTo("Pathway - Sepsis"));
        // The chief nurse runs plans as the patient safety specialists do.
        TestUser chief = Users.chiefNurse();
        Api.as(chief).contentType(ContentType.JSON).body(Map.of("responseId", responseId))
                .post(PLANS + "/" + planId + "/responses").then().statusCode(200);
        Api.as(chief).delete(PLANS + "/" + planId + "/responses/" + responseId).then().statusCode(200)
                .body("responses", hasSize(0));
        close(chief, planId, 0);
        Api.as(chief).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(PLANS + "/" + planId + "/reopening").then().statusCode(200).body("status", equalTo("open"));
        assertTrue(auditTrail.byEntity(planId).stream().filter(a -> a.action().equals("update")).count() >= 4);
    }

    @Test
    void badPlansAreRefusedNamingTheFieldAndNothingIsSaved() {
        TestUser pat = Users.specialist();
        String ownerId = People.add("Olive Owner");
        LocalDate today = LocalDate.now(UK);
        Api.as(pat).contentType(ContentType.JSON).body(plan(UUID.randomUUID().toString(), "theme", "Falls"))
                .post(PLANS).then().statusCode(400)
                .body("errors[0].field", equalTo("ownerPersonId"))
                .body("errors[0].code", equalTo("unknown-person"));
        for (String scope : List.of("service", "pathway", "theme")) {
            Api.as(pat).contentType(ContentType.JSON).body(plan(ownerId, scope, " ")).post(PLANS).then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("scopeDetail"))
                    .body("errors[0].code", equalTo("required"));
        }
        Api.as(pat).contentType(ContentType.JSON).body(plan(ownerId, "location", null)).post(PLANS).then()
                .statusCode(400).body("errors[0].field", equalTo("locationCode"))
                .body("errors[0].code", equalTo("required"));
        Map<String, Object> nowhere = plan(ownerId, "location", null);
        nowhere.put("locationCode", "LOC-NOWHERE");
        Api.as(pat).contentType(ContentType.JSON).body(nowhere).post(PLANS).then()
                .statusCode(400).body("errors[0].field", equalTo("locationCode"))
                .body("errors[0].code", equalTo("unknown-location"));
        Api.as(pat).contentType(ContentType.JSON).body(plan(ownerId, "theme", "Falls", today.minusDays(1)))
                .post(PLANS).then().statusCode(400)
                .body("errors[0].field", equalTo("reviewOn"))
                .body("errors[0].code", equalTo("in-the-past"));
        Map<String, Object> unknownScope = plan(ownerId, "ward", "Oak");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(unknownScope).post(PLANS).then()
                .statusCode(400).body("errors.find { it.field == 'scope' }.code", equalTo("unknown-code"));
        Map<String, Object> untitled = plan(ownerId, "organisation", null);
        untitled.remove("title");
        untitled.remove("reviewOn");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(untitled).post(PLANS).then()
                .statusCode(400)
                .body("errors.find { it.field == 'title' }.code", equalTo("required"))
                .body("errors.find { it.field == 'reviewOn' }.code", equalTo("required"));
        assertFalse(auditTrail.byActor(pat.sub()).stream().anyMatch(a -> a.action().equals("create")));

        Map<String, Object> ward = plan(ownerId, "location", "ignored");
        ward.put("locationCode", "LOC-CH-RIVERSIDE");
        Api.as(pat).contentType(ContentType.JSON).body(ward).post(PLANS).then().statusCode(201)
                .body("locationCode", equalTo("LOC-CH-RIVERSIDE"))
                .body("scopeDetail", equalTo("Riverside Community Hospital, Oak Ward"))
                .body("scopeDisplay", equalTo("Location - Riverside Community Hospital, Oak Ward"));
        Api.as(pat).get(PLANS + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.invalidRequestAs(pat).get(PLANS + "/not-a-plan").then().statusCode(404);
    }

    @Test
    void aClosedPlanRefusesChangesAndResponsesUntilReopenedAndAStaleVersionIsRefused() {
        TestUser pat = Users.specialist();
        String ownerId = People.add("Olive Owner");
        String planId = create(pat, plan(ownerId, "theme", "Medication"));
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        String another = PanelDecisions.approvedResponse("after-action-review");
        gather(pat, planId, responseId).statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("responseId", UUID.randomUUID().toString()))
                .post(PLANS + "/" + planId + "/responses").then().statusCode(400)
                .body("errors[0].field", equalTo("responseId"))
                .body("errors[0].code", equalTo("unknown-response"));
        Api.as(pat).delete(PLANS + "/" + planId + "/responses/" + another).then().statusCode(404);

        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0, "note", " "))
                .post(PLANS + "/" + planId + "/closure").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0,
                        "note", "The medication actions are embedded."))
                .post(PLANS + "/" + planId + "/closure").then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("closedAt", notNullValue())
                .body("closureNote", equalTo("The medication actions are embedded."))
                .body("acceptsChanges", equalTo(false))
                .body("version", equalTo(1));

        gather(pat, planId, another).statusCode(409)
                .body("errors[0].field", equalTo("planId"))
                .body("errors[0].code", equalTo("plan-closed"));
        Map<String, Object> change = plan(ownerId, "theme", "Medicines");
        change.put("version", 1);
        Api.as(pat).contentType(ContentType.JSON).body(change).put(PLANS + "/" + planId).then()
                .statusCode(409).body("errors[0].code", equalTo("plan-closed"));
        Api.as(pat).delete(PLANS + "/" + planId + "/responses/" + responseId).then()
                .statusCode(409).body("errors[0].code", equalTo("plan-closed"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1, "note", "Again"))
                .post(PLANS + "/" + planId + "/closure").then().statusCode(409)
                .body("errors[0].code", equalTo("plan-closed"));
        Api.as(pat).get(PLANS + "/" + planId).then().statusCode(200)
                .body("responses", hasSize(1)).body("responses[0].id", equalTo(responseId))
                .body("scopeDetail", equalTo("Medication"))
                .body("closureNote", equalTo("The medication actions are embedded."));

        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(PLANS + "/" + planId + "/reopening").then().statusCode(409).body("code", equalTo("stale-version"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(PLANS + "/" + planId + "/reopening").then().statusCode(200)
                .body("status", equalTo("open")).body("acceptsChanges", equalTo(true)).body("version", equalTo(2));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 2))
                .post(PLANS + "/" + planId + "/reopening").then().statusCode(409).body("code", equalTo("conflict"));

        Api.as(pat).contentType(ContentType.JSON).body(change).put(PLANS + "/" + planId).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Map<String, Object> noVersion = plan(ownerId, "theme", "Medicines");
        Api.as(pat).contentType(ContentType.JSON).body(noVersion).put(PLANS + "/" + planId).then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        change.put("version", 2);
        Api.as(pat).contentType(ContentType.JSON).body(change).put(PLANS + "/" + planId).then()
                .statusCode(200).body("version", equalTo(3)).body("scopeDisplay", equalTo("Theme - Medicines"))
                .body("responses", hasSize(1));
        gather(pat, planId, another).statusCode(200).body("responses", hasSize(2));
        assertTrue(auditTrail.byEntity(planId).stream()
                .anyMatch(a -> a.action().equals("update") && a.detail().contains("closed: The medication")));
    }

    @Test
    void anOpenPlanPastItsReviewDateShowsReviewOverdueAndMayKeepThatDateWhileChanging() {
        TestUser pat = Users.specialist();
        String ownerId = People.add("Olive Owner");
        LocalDate past = LocalDate.now(UK).minusDays(3);
        String planId = create(pat, plan(ownerId, "organisation", null));
        rows.reviewOn(planId, past);
        Api.as(pat).get(PLANS + "/" + planId).then().statusCode(200).body("reviewOverdue", equalTo(true));
        assertEquals(true, summaryOf(pat, planId, "open").get("reviewOverdue"));
        Map<String, Object> change = plan(ownerId, "organisation", null, past);
        change.put("version", 0);
        change.put("title", "Organisation-wide falls plan");
        Api.as(pat).contentType(ContentType.JSON).body(change).put(PLANS + "/" + planId).then()
                .statusCode(200).body("title", equalTo("Organisation-wide falls plan"))
                .body("reviewOverdue", equalTo(true));
        change.put("version", 1);
        change.put("reviewOn", past.minusDays(1).toString());
        Api.as(pat).contentType(ContentType.JSON).body(change).put(PLANS + "/" + planId).then()
                .statusCode(400).body("errors[0].field", equalTo("reviewOn"));
        close(pat, planId, 1);
        Api.as(pat).get(PLANS + "/" + planId).then().body("reviewOverdue", equalTo(false));
    }

    private ValidatableResponse gather(TestUser user, String planId, String responseId) {
        return Api.as(user).contentType(ContentType.JSON).body(Map.of("responseId", responseId))
                .post(PLANS + "/" + planId + "/responses").then();
    }

    private static void close(TestUser user, String planId, long version) {
        Api.as(user).contentType(ContentType.JSON).body(Map.of("version", version, "note", "Done and embedded"))
                .post(PLANS + "/" + planId + "/closure").then().statusCode(200);
    }

    private static String create(TestUser user, Map<String, Object> body) {
        return Api.as(user).contentType(ContentType.JSON).body(body).post(PLANS).then().statusCode(201)
                .extract().path("id");
    }

    /** The plan's summary in the list, searched through every page. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> summaryOf(TestUser user, String planId, String status) {
        return pagesOf(user, status, items -> items.stream()
                .filter(i -> planId.equals(((Map<String, Object>) i).get("id")))
                .map(i -> (Map<String, Object>) i).findFirst().orElse(null));
    }

    private static List<String> idsOf(TestUser user, String status) {
        List<String> ids = new java.util.ArrayList<>();
        pagesOf(user, status, items -> {
            items.forEach(i -> ids.add((String) ((Map<?, ?>) i).get("id")));
            return null;
        });
        return ids;
    }

    private static <T> T pagesOf(TestUser user, String status, Function<List<?>, T> look) {
        for (int page = 0; ; page++) {
            var body = Api.as(user).queryParam("status", status).queryParam("page", page).queryParam("size", 100)
                    .get(PLANS).then().statusCode(200).extract();
            T found = look.apply(body.path("items"));
            int totalPages = body.path("totalPages");
            if (found != null || page + 1 >= totalPages) {
                return found;
            }
        }
    }

    private static Map<String, Object> plan(String ownerId, String scope, String detail) {
        return plan(ownerId, scope, detail, LocalDate.now(UK).plusMonths(6));
    }

    private static Map<String, Object> plan(String ownerId, String scope, String detail, LocalDate reviewOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Reducing harm from " + scope);
        body.put("scope", scope);
        if (detail != null) {
            body.put("scopeDetail", detail);
        }
        body.put("summary", "Brings together the responses and their safety actions.");
        body.put("qiProjectLink", "https://qi.example.nhs.uk/projects/42");
        body.put("ownerPersonId", ownerId);
        body.put("reviewOn", reviewOn.toString());
        return body;
    }
}
