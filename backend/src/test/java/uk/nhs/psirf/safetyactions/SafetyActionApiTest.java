package uk.nhs.psirf.safetyactions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Safety actions from creation to effectiveness review (policy §15), and who may see and change them. */
@QuarkusTest
class SafetyActionApiTest {
    private static final String ACTIONS = "/api/v1/safety-actions";
    private static final String MINE = "/api/v1/me/actions";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    AuditTrail auditTrail;

    @Inject
    PeopleRows people;

    @Inject
    PlanRows plans;

    @Test
    void anActionRunsFromProposalToEffectivenessReviewAndItsOwnerUpdatesIt() {
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        TestUser pat = Users.specialist();
        TestUser owner = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        String ownerId = people.personFor(owner);

        Map<String, Object> proposal = fromResponse(responseId);
        proposal.remove("measures");
        proposal.remove("dueOn");
        String actionId = Api.as(pat).contentType(ContentType.JSON).body(proposal).post(ACTIONS).then()
                .statusCode(201)
                .body("summary.status", equalTo("proposed"))
                .body("summary.reference", matchesPattern("SA-\\d{4}-\\d{4,}"))
                .body("summary.source", equalTo("response"))
                .body("summary.responseReference", matchesPattern("LR-.*|.+"))
                .body("mayManage", equalTo(true))
                .body("version", equalTo(0))
                .extract().path("summary.id");
        assertTrue(auditTrail.byEntity(actionId).stream().anyMatch(a -> a.action().equals("create")));

        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(ACTIONS + "/" + actionId + "/agreement").then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("ownerPersonId", "measures", "dueOn")))
                .body("errors.code", equalTo(List.of("required", "required", "required")));

        LocalDate due = LocalDate.now(UK).plusMonths(3);
        Map<String, Object> change = update(0, ownerId, due);
        Api.as(pat).contentType(ContentType.JSON).body(change).put(ACTIONS + "/" + actionId).then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("summary.ownerName", equalTo(owner.name()))
                .body("measures", equalTo(List.of("Falls per 1000 bed days on Ward 4")));
        Api.as(pat).contentType(ContentType.JSON).body(change).put(ACTIONS + "/" + actionId).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(ACTIONS + "/" + actionId + "/agreement").then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(ACTIONS + "/" + actionId + "/agreement").then()
                .statusCode(200)
                .body("summary.status", equalTo("agreed"))
                .body("agreedByName", equalTo(pat.name()));

        Api.as(owner).get(MINE).then().statusCode(200)
                .body("items.id", equalTo(List.of(actionId)))
                .body("items[0].overdue", equalTo(false));
        Api.as(owner).get(ACTIONS + "/" + actionId).then().statusCode(200)
                .body("mayManage", equalTo(false))
                .body("description", equalTo("Nurses review patients at high risk of falls at handover."));
        assertTrue(auditTrail.hasEntry(owner.sub(), "read", null));
        Api.as(owner).contentType(ContentType.JSON)
                .body(Map.of("version", 2, "note", "Huddles run on every shift since 1 December.", "status", "completed"))
                .post(ACTIONS + "/" + actionId + "/progress").then()
                .statusCode(201)
                .body("summary.status", equalTo("completed"))
                .body("progress", hasSize(1))
                .body("progress[0].byName", equalTo(owner.name()))
                .body("progress[0].status", equalTo("completed"));
        // the owner may not agree, change or review their own action
        Api.invalidRequestAs(owner).contentType(ContentType.JSON).body(Map.of("version", 3))
                .post(ACTIONS + "/" + actionId + "/agreement").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(owner.sub(), "denied", "/agreement"));

        TestUser someoneElse = PeopleRows.uniqueUser("Sue Staff", Roles.STAFF);
        people.personFor(someoneElse);
        Api.invalidRequestAs(someoneElse).get(ACTIONS + "/" + actionId).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(someoneElse.sub(), "denied", "GET " + ACTIONS + "/" + actionId));
        Api.invalidRequestAs(someoneElse).contentType(ContentType.JSON)
                .body(Map.of("version", 3, "note", "Not mine", "status", "cancelled"))
                .post(ACTIONS + "/" + actionId + "/progress").then().statusCode(403);
        Api.as(someoneElse).get(MINE).then().statusCode(200).body("items", hasSize(0));

        LocalDate today = LocalDate.now(UK);
        Api.as(pat).contentType(ContentType.JSON).body(review(3, today, "not-effective"))
                .post(ACTIONS + "/" + actionId + "/effectiveness-reviews").then()
                .statusCode(201)
                .body("summary.effectiveness", equalTo("not-effective"))
                .body("summary.nextReviewOn", equalTo(today.plusYears(1).toString()))
                .body("reviews", hasSize(1))
                .body("reviews[0].evidence", equalTo("Falls on Ward 4 did not fall over six months."));
        Api.as(Users.chiefNurse()).get(ACTIONS + "?notEffective=true&responseId=" + responseId).then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(actionId)))
                .body("items[0].effectiveness", equalTo("not-effective"));
        Api.as(Users.chiefNurse()).get(ACTIONS + "?status=proposed&responseId=" + responseId).then()
                .statusCode(200).body("items", hasSize(0));
        assertTrue(auditTrail.byEntity(actionId).stream().filter(a -> a.action().equals("update")).count() >= 4);
    }

    @Test
    void aLeadManagesActionsOnTheResponsesTheyLeadOnly() {
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        String otherResponseId = PanelDecisions.approvedResponse("after-action-review");
        TestUser lead = PeopleRows.uniqueLead();
        String leadPerson = people.personFor(lead);
        people.assignLead(responseId, leadPerson);
        Map<String, Object> owned = fromResponse(responseId);
        owned.put("ownerPersonId", leadPerson);
        String actionId = Api.as(lead).contentType(ContentType.JSON).body(owned).post(ACTIONS)
                .then().statusCode(201).extract().path("summary.id");
        Api.invalidRequestAs(lead).contentType(ContentType.JSON).body(fromResponse(otherResponseId)).post(ACTIONS)
                .then().statusCode(403);
        assertTrue(auditTrail.hasEntry(lead.sub(), "denied", "POST " + ACTIONS));
        Api.invalidRequestAs(lead).contentType(ContentType.JSON).body(fromTheme()).post(ACTIONS).then().statusCode(403);
        String othersAction = Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(fromResponse(otherResponseId)).post(ACTIONS).then().statusCode(201).extract().path("summary.id");

        Api.as(lead).get(ACTIONS).then().statusCode(200)
                .body("items.id", hasItem(actionId))
                .body("items.id", not(hasItem(othersAction)));
        Api.invalidRequestAs(lead).get(ACTIONS + "/" + othersAction).then().statusCode(403);
        Api.invalidRequestAs(lead).get(ACTIONS + "/" + UUID.randomUUID()).then().statusCode(403);
        Api.as(lead).get(ACTIONS + "/owner-candidates?search=lee").then().statusCode(200)
                .body("items.name", hasItem(lead.name()));

        Api.as(lead).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(ACTIONS + "/" + actionId + "/agreement").then().statusCode(200);
        Api.as(lead).contentType(ContentType.JSON).body(review(1, LocalDate.now(UK), "effective"))
                .post(ACTIONS + "/" + actionId + "/effectiveness-reviews").then().statusCode(201)
                .body("summary.effectiveness", equalTo("effective"));
        Api.invalidRequestAs(lead).contentType(ContentType.JSON).body(review(0, LocalDate.now(UK), "effective"))
                .post(ACTIONS + "/" + othersAction + "/effectiveness-reviews").then().statusCode(403);
    }

    /** ActionAccess: the owner reads their action and posts progress; only the team (its response's lead) changes it. */
    @Test
    void neitherTheOwnerNorTheLeadOfAnotherResponseChangesAnActionAndTheRefusalsAreAudited() {
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        TestUser lead = PeopleRows.uniqueLead();
        people.makeLead(lead, responseId);
        TestUser otherLead = PeopleRows.uniqueLead();
        String otherLeadPerson = people.makeLead(otherLead, PanelDecisions.approvedResponse("after-action-review"));
        TestUser staffOwner = PeopleRows.uniqueUser("Sue Staff", Roles.STAFF);
        String staffOwnerPerson = people.personFor(staffOwner);
        Map<String, Object> proposal = fromResponse(responseId);
        proposal.put("ownerPersonId", staffOwnerPerson);
        String staffOwned = Api.as(lead).contentType(ContentType.JSON).body(proposal).post(ACTIONS)
                .then().statusCode(201).extract().path("summary.id");
        proposal.put("ownerPersonId", otherLeadPerson);
        String leadOwned = Api.as(lead).contentType(ContentType.JSON).body(proposal).post(ACTIONS)
                .then().statusCode(201).extract().path("summary.id");

        LocalDate due = LocalDate.now(UK).plusMonths(4);
        Api.invalidRequestAs(staffOwner).contentType(ContentType.JSON).body(update(0, staffOwnerPerson, due))
                .put(ACTIONS + "/" + staffOwned).then().statusCode(403)
                .body("detail", equalTo("Your roles do not allow this"));
        assertTrue(auditTrail.hasEntry(staffOwner.sub(), "denied",
                "PUT " + ACTIONS + "/" + staffOwned + " (refused by the role check)"));
        for (String actionId : List.of(staffOwned, leadOwned)) {
            Api.invalidRequestAs(otherLead).contentType(ContentType.JSON).body(update(0, otherLeadPerson, due))
                    .put(ACTIONS + "/" + actionId).then().statusCode(403)
                    .body("detail", equalTo("Your roles allow this, but not on this record"));
            assertTrue(auditTrail.hasEntry(otherLead.sub(), "denied",
                    "PUT " + ACTIONS + "/" + actionId + " (refused for this record)"), actionId);
        }
        Api.as(otherLead).get(ACTIONS + "/" + leadOwned).then().statusCode(200).body("version", equalTo(0))
                .body("mayManage", equalTo(false));
        Api.as(lead).contentType(ContentType.JSON).body(update(0, staffOwnerPerson, due))
                .put(ACTIONS + "/" + staffOwned).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void actionsOnAClosedPlanAreRefusedAndNothingSavedIsLost() {
        TestUser chief = Users.chiefNurse();
        TestUser owner = PeopleRows.uniqueUser("Ola Owner", Roles.STAFF);
        String ownerId = people.personFor(owner);
        String closedPlan = plans.plan(ownerId, true);
        String openPlan = plans.plan(ownerId, false);

        Map<String, Object> intoClosed = fromTheme();
        intoClosed.put("planId", closedPlan);
        Api.as(chief).contentType(ContentType.JSON).body(intoClosed).post(ACTIONS).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("planId"))
                .body("errors[0].code", equalTo("plan-closed"));
        Map<String, Object> planSourced = new HashMap<>(Map.of("title", "Falls champions on every ward",
                "source", "plan", "planId", closedPlan));
        Api.as(chief).contentType(ContentType.JSON).body(planSourced).post(ACTIONS).then()
                .statusCode(409).body("errors[0].code", equalTo("plan-closed"));
        Api.as(chief).get(ACTIONS + "?planId=" + closedPlan).then().statusCode(200).body("items", hasSize(0));

        Map<String, Object> inOpen = fromTheme();
        inOpen.put("planId", openPlan);
        String actionId = Api.as(chief).contentType(ContentType.JSON).body(inOpen).post(ACTIONS).then()
                .statusCode(201)
                .body("summary.planId", equalTo(openPlan))
                .body("summary.theme", equalTo("Falls"))
                .extract().path("summary.id");
        Map<String, Object> move = update(0, ownerId, LocalDate.now(UK).plusMonths(1));
        move.put("planId", closedPlan);
        Api.as(chief).contentType(ContentType.JSON).body(move).put(ACTIONS + "/" + actionId).then()
                .statusCode(409).body("errors[0].code", equalTo("plan-closed"));
        Api.as(chief).get(ACTIONS + "/" + actionId).then().statusCode(200)
                .body("version", equalTo(0))
                .body("summary.planId", equalTo(openPlan))
                .body("summary.ownerPersonId", nullValue());
        Api.as(chief).get(ACTIONS + "?planId=" + openPlan).then().statusCode(200)
                .body("items.id", equalTo(List.of(actionId)));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        TestUser pat = Users.specialist();
        Map<String, Object> unknownOwner = fromResponse(responseId);
        unknownOwner.put("ownerPersonId", UUID.randomUUID().toString());
        Api.as(pat).contentType(ContentType.JSON).body(unknownOwner).post(ACTIONS).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("ownerPersonId"))
                .body("errors[0].code", equalTo("unknown-person"));
        Map<String, Object> noResponse = fromResponse(responseId);
        noResponse.remove("responseId");
        Api.as(pat).contentType(ContentType.JSON).body(noResponse).post(ACTIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("responseId"))
                .body("errors[0].code", equalTo("required"));
        Api.as(pat).contentType(ContentType.JSON).body(fromResponse(UUID.randomUUID().toString())).post(ACTIONS)
                .then().statusCode(400).body("errors[0].code", equalTo("unknown-response"));
        Map<String, Object> unknownPlan = fromTheme();
        unknownPlan.put("planId", UUID.randomUUID().toString());
        Api.as(pat).contentType(ContentType.JSON).body(unknownPlan).post(ACTIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("planId"))
                .body("errors[0].code", equalTo("unknown-plan"));
        Map<String, Object> noTheme = fromTheme();
        noTheme.remove("theme");
        Api.as(pat).contentType(ContentType.JSON).body(noTheme).post(ACTIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("theme"));
        Map<String, Object> noTitle = fromResponse(responseId);
        noTitle.put("title", "");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(noTitle).post(ACTIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("title"));
        Api.as(pat).get(ACTIONS + "?responseId=" + responseId).then().body("items", hasSize(0));
        Api.invalidRequestAs(pat).get(ACTIONS + "?overdue=perhaps&responseId=nope").then().statusCode(400)
                .body("errors.field", hasItem("overdue")).body("errors.field", hasItem("responseId"));

        String actionId = Api.as(pat).contentType(ContentType.JSON).body(fromResponse(responseId)).post(ACTIONS)
                .then().statusCode(201).extract().path("summary.id");
        Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "note", "Started", "status", "in-progress"))
                .post(ACTIONS + "/" + actionId + "/progress").then()
                .statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].code", equalTo("not-allowed"));
        Api.as(pat).contentType(ContentType.JSON).body(review(0, LocalDate.now(UK), "effective"))
                .post(ACTIONS + "/" + actionId + "/effectiveness-reviews").then()
                .statusCode(409).body("code", equalTo("conflict"));
        TestUser owner = PeopleRows.uniqueUser("Sam Staff", Roles.STAFF);
        Api.as(pat).contentType(ContentType.JSON).body(update(0, people.personFor(owner), LocalDate.now(UK).minusDays(1)))
                .put(ACTIONS + "/" + actionId).then().statusCode(200);
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post(ACTIONS + "/" + actionId + "/agreement").then().statusCode(200)
                .body("summary.overdue", equalTo(true));
        Api.as(pat).get(ACTIONS + "?overdue=true&responseId=" + responseId).then()
                .body("items.id", equalTo(List.of(actionId)));
        Map<String, Object> dropOwner = update(2, null, LocalDate.now(UK));
        dropOwner.remove("ownerPersonId");
        dropOwner.put("measures", List.of(" "));
        Api.as(pat).contentType(ContentType.JSON).body(dropOwner).put(ACTIONS + "/" + actionId).then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("ownerPersonId", "measures")));
        LocalDate today = LocalDate.now(UK);
        Map<String, Object> badReview = review(2, today.plusDays(1), "effective");
        badReview.put("nextReviewOn", today.toString());
        Api.as(pat).contentType(ContentType.JSON).body(badReview)
                .post(ACTIONS + "/" + actionId + "/effectiveness-reviews").then()
                .statusCode(400)
                .body("errors.find { it.field == 'reviewedOn' }.code", equalTo("in-the-future"))
                .body("errors.find { it.field == 'nextReviewOn' }.code", equalTo("before-review"));
        Map<String, Object> noEvidence = review(2, today, "effective");
        noEvidence.remove("evidence");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(noEvidence)
                .post(ACTIONS + "/" + actionId + "/effectiveness-reviews").then()
                .statusCode(400).body("errors[0].field", equalTo("evidence"));
        Api.as(pat).get(ACTIONS + "/" + actionId).then().statusCode(200)
                .body("version", equalTo(2)).body("summary.status", equalTo("agreed"))
                .body("reviews", hasSize(0)).body("progress", hasSize(0));
        Api.as(pat).get(ACTIONS + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.invalidRequestAs(pat).get(ACTIONS + "/not-an-id").then().statusCode(404);
    }

    @Test
    void rolesWithoutAccessAreRefusedAndTheRefusalsAudited() {
        TestUser staff = Users.staff();
        TestUser coach = Users.coach();
        TestUser partner = Users.partner();
        TestUser nobody = Users.withoutPlatformRoles();
        for (TestUser user : List.of(staff, coach, partner, nobody)) {
            Api.invalidRequestAs(user).get(ACTIONS).then().statusCode(403);
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "GET " + ACTIONS));
            Api.invalidRequestAs(user).contentType(ContentType.JSON).body(fromTheme()).post(ACTIONS).then()
                    .statusCode(403);
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "POST " + ACTIONS));
            Api.invalidRequestAs(user).get(ACTIONS + "/owner-candidates").then().statusCode(403);
        }
        String actionId = Api.as(Users.specialist()).contentType(ContentType.JSON).body(fromTheme()).post(ACTIONS)
                .then().statusCode(201).extract().path("summary.id");
        for (TestUser user : List.of(coach, partner, nobody)) {
            Api.invalidRequestAs(user).get(MINE).then().statusCode(403);
            assertTrue(auditTrail.hasEntry(user.sub(), "denied", "GET " + MINE));
            Api.invalidRequestAs(user).get(ACTIONS + "/" + actionId).then().statusCode(403);
            Api.invalidRequestAs(user).contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "note", "x", "status", "cancelled"))
                    .post(ACTIONS + "/" + actionId + "/progress").then().statusCode(403);
        }
        for (TestUser user : List.of(staff, Tokens.user("Wes Workforce", Roles.WORKFORCE_PARTNER, Roles.STAFF),
                Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR))) {
            Api.as(user).get(MINE).then().statusCode(200);
            Api.invalidRequestAs(user).get(ACTIONS + "/" + actionId).then().statusCode(403);
            Api.invalidRequestAs(user).contentType(ContentType.JSON).body(Map.of("version", 0))
                    .post(ACTIONS + "/" + actionId + "/agreement").then().statusCode(403);
        }
        Api.as(Users.chiefNurse()).get(ACTIONS + "/" + actionId).then().statusCode(200).body("mayManage", equalTo(true));
        Api.as(Users.chiefNurse()).get(ACTIONS + "/owner-candidates?search=zzz-nobody").then().statusCode(200)
                .body("items", hasSize(0));
    }

    private static Map<String, Object> fromResponse(String responseId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Introduce a falls huddle at each shift change");
        body.put("description", "Nurses review patients at high risk of falls at handover.");
        body.put("source", "response");
        body.put("responseId", responseId);
        body.put("measures", List.of("Falls per 1000 bed days on Ward 4"));
        body.put("dueOn", LocalDate.now(UK).plusMonths(2).toString());
        return body;
    }

    private static Map<String, Object> fromTheme() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Falls champions on every ward");
        body.put("source", "theme");
        body.put("theme", "Falls");
        return body;
    }

    private static Map<String, Object> update(long version, String ownerId, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("title", "Introduce a falls huddle at each shift change");
        body.put("description", "Nurses review patients at high risk of falls at handover.");
        if (ownerId != null) {
            body.put("ownerPersonId", ownerId);
        }
        body.put("measures", List.of("Falls per 1000 bed days on Ward 4", ""));
        body.put("dueOn", due.toString());
        return body;
    }

    private static Map<String, Object> review(long version, LocalDate reviewedOn, String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("reviewedOn", reviewedOn.toString());
        body.put("outcome", outcome);
        body.put("evidence", "Falls on Ward 4 did not fall over six months.");
        return body;
    }
}
