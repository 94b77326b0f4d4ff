package uk.nhs.psirf.responses;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.ResponseLeads;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.RESPONSES;

/** Assigning the lead, the engagement lead and the team of a learning response (policy §4 training rules). */
@QuarkusTest
class ResponseTeamApiTest {
    @Inject
    ResponseLeads people;

    @Inject
    AuditTrail auditTrail;

    @Test
    void a_lead_without_level_2_training_cannot_be_assigned() {
        String id = PanelDecisions.approvedResponse("swarm-huddle");
        String untrained = people.personWithoutLevel2("Una Trained");
        TestUser pat = Users.specialist();
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of("version", 0, "leadPersonId", untrained))
                .put(RESPONSES + "/" + id + "/team").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("leadPersonId"))
                .body("errors[0].code", equalTo("training-missing"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("Level 2"));
        Api.as(pat).get(RESPONSES + "/" + id).then().statusCode(200)
                .body("version", equalTo(0)).body("team.lead", nullValue());
    }

    @Test
    void the_specialist_assigns_a_trained_lead_an_engagement_lead_and_a_team_and_the_views_show_their_names() {
        String id = PanelDecisions.approvedResponse("after-action-review");
        TestUser lee = ResponseLeads.leadUser("Lee Lead");
        String lead = people.qualifiedPerson(lee);
        String engagement = people.qualifiedPerson("Eve Engage");
        String member = people.personWithoutLevel2("Tom Team");
        TestUser pat = Users.specialist();
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("leadPersonId", lead);
        body.put("engagementLeadPersonId", engagement);
        body.put("members", List.of(Map.of("personId", member, "teamRole", "Clinical reviewer")));
        Api.as(pat).contentType(ContentType.JSON).body(body).put(RESPONSES + "/" + id + "/team").then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("team.lead.name", equalTo(lee.name()))
                .body("team.engagementLead.personId", equalTo(engagement))
                .body("team.members[0].teamRole", equalTo("Clinical reviewer"))
                .body("team.members[0].jobRole", equalTo("Matron"));
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("update") && a.actor().equals(pat.sub())));
        Api.as(pat).queryParam("size", 100).get(RESPONSES).then().statusCode(200)
                .body("items.leadName", hasItem(lee.name()));
        Api.as(pat).contentType(ContentType.JSON).body(body).put(RESPONSES + "/" + id + "/team").then()
                .statusCode(409).body("code", equalTo("stale-version"));
    }

    @Test
    void a_person_listed_twice_or_unknown_is_refused_and_only_the_specialist_assigns() {
        String id = PanelDecisions.approvedResponse("swarm-huddle");
        String member = people.qualifiedPerson("Dee Double");
        Map<String, Object> twice = Map.of("version", 0, "members",
                List.of(Map.of("personId", member), Map.of("personId", member),
                        Map.of("personId", java.util.UUID.randomUUID().toString())));
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON).body(twice)
                .put(RESPONSES + "/" + id + "/team").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("members[1].personId"))
                .body("errors[0].code", equalTo("duplicate-member"))
                .body("errors[1].code", equalTo("unknown-person"));
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON).body(Map.of("version", 0))
                .put(RESPONSES + "/" + id + "/team").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT " + RESPONSES + "/" + id + "/team"));
    }

    @Test
    void candidates_for_lead_say_what_training_each_person_lacks() {
        String id = PanelDecisions.approvedResponse("swarm-huddle");
        String untrained = people.personWithoutLevel2("Cal Candidate");
        TestUser pat = Users.specialist();
        var items = Api.as(pat).queryParam("role", "lead").get(RESPONSES + "/" + id + "/candidates").then()
                .statusCode(200).extract().jsonPath().getList("items", Map.class);
        Map<?, ?> found = items.stream().filter(c -> untrained.equals(c.get("personId"))).findFirst().orElseThrow();
        assertTrue(found.get("qualified").equals(false));
        assertTrue(((List<?>) found.get("gaps")).size() == 1);
        Api.invalidRequestAs(pat).queryParam("role", "boss").get(RESPONSES + "/" + id + "/candidates").then()
                .statusCode(400).body("errors[0].field", equalTo("role"));
        TestUser lee = ResponseLeads.leadUser("Lee Lead");
        Api.invalidRequestAs(lee).get(RESPONSES + "/" + id + "/candidates").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(lee.sub(), "denied", "GET " + RESPONSES + "/" + id + "/candidates"));
    }
}
