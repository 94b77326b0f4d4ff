package uk.nhs.psirf.engagement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.InvestigationRows;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.PanelDecisions.RESPONSES;

/** People affected by a learning response and the log of contacts with them (policy §6, Appendices 4 and 5). */
@QuarkusTest
class EngagementApiTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    AuditTrail auditTrail;

    @Inject
    PeopleRows people;

    @Inject
    InvestigationRows investigation;

    @Test
    void theAssignedLeadRecordsPeopleAffectedAndContactsButAnotherLeadMayNot() {
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        TestUser lead = PeopleRows.uniqueLead();
        people.assignLead(responseId, people.personFor(lead));
        String personId = Api.as(lead).contentType(ContentType.JSON).body(family())
                .post(RESPONSES + "/" + responseId + "/people-affected").then()
                .statusCode(201)
                .body("kind", equalTo("family"))
                .body("namedContact.name", equalTo("Lee Lead"))
                .body("involvement", equalTo(List.of("terms-of-reference", "sharing-experiences")))
                .body("contactOverdue", equalTo(false))
                .extract().path("id");
        String today = LocalDate.now(UK).toString();
        Map<String, Object> contact = contact(today, LocalDate.now(UK).plusDays(7).toString());
        Api.as(lead).contentType(ContentType.JSON).body(contact)
                .post(RESPONSES + "/" + responseId + "/people-affected/" + personId + "/contacts").then()
                .statusCode(201)
                .body("contacts", hasSize(1))
                .body("contacts[0].checklist", hasSize(13))
                .body("contacts[0].checklist[3].text",
                        equalTo("Introduce self and share contact details. Set up a suitable time for initial contact meeting"))
                .body("contacts[0].checklist[3].done", equalTo(true))
                .body("contacts[0].checklist[4].note", equalTo("Would like a friend present"))
                .body("contacts[0].checklist[0].done", equalTo(false))
                .body("nextContactOn", equalTo(LocalDate.now(UK).plusDays(7).toString()));
        Api.as(lead).get(RESPONSES + "/" + responseId + "/engagement").then()
                .statusCode(200)
                .body("people", hasSize(1))
                .body("guidingPrinciples", hasSize(9))
                .body("guidingPrinciples[0]", equalTo("Apologies are meaningful"))
                .body("checklists", hasSize(6))
                .body("acceptsChanges", equalTo(true));
        assertTrue(auditTrail.byEntity(responseId).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(lead.sub())));
        assertTrue(auditTrail.byEntity(personId).stream().anyMatch(a -> a.action().equals("create")));

        TestUser otherLead = PeopleRows.uniqueLead();
        people.personFor(otherLead);
        Api.invalidRequestAs(otherLead).get(RESPONSES + "/" + responseId + "/engagement").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(otherLead.sub(), "denied", "GET " + RESPONSES + "/" + responseId + "/engagement"));
        Api.invalidRequestAs(otherLead).contentType(ContentType.JSON).body(contact)
                .post(RESPONSES + "/" + responseId + "/people-affected/" + personId + "/contacts").then()
                .statusCode(403);
        TestUser coach = Users.coach();
        Api.invalidRequestAs(coach).get(RESPONSES + "/" + responseId + "/engagement").then().statusCode(403);
        assertTrue(auditTrail.hasEntry(coach.sub(), "denied", "GET " + RESPONSES + "/" + responseId + "/engagement"));
        Api.as(Users.chiefNurse()).get(RESPONSES + "/" + responseId + "/engagement").then()
                .statusCode(200).body("people[0].contacts", hasSize(1));
    }

    /** ResponseAccess: a lead works on "the responses assigned to them", nobody else's. */
    @Test
    void aLeadOfAnotherResponseCannotAddOrChangeItsPeopleAffectedAndTheRefusalsAreAudited() {
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        TestUser lead = PeopleRows.uniqueLead();
        people.makeLead(lead, responseId);
        TestUser otherLead = PeopleRows.uniqueLead();
        people.makeLead(otherLead, PanelDecisions.approvedResponse("after-action-review"));
        String personId = Api.as(lead).contentType(ContentType.JSON).body(family())
                .post(RESPONSES + "/" + responseId + "/people-affected").then().statusCode(201).extract().path("id");

        String affected = RESPONSES + "/" + responseId + "/people-affected";
        Api.invalidRequestAs(otherLead).contentType(ContentType.JSON).body(family()).post(affected).then()
                .statusCode(403).body("code", equalTo("forbidden"))
                .body("detail", equalTo("Your roles allow this, but not on this record"));
        assertTrue(auditTrail.hasEntry(otherLead.sub(), "denied", "POST " + affected + " (refused for this record)"));
        Map<String, Object> change = family();
        change.put("version", 0);
        change.put("name", "Changed by another lead");
        Api.invalidRequestAs(otherLead).contentType(ContentType.JSON).body(change).put(affected + "/" + personId)
                .then().statusCode(403);
        assertTrue(auditTrail.hasEntry(otherLead.sub(), "denied",
                "PUT " + affected + "/" + personId + " (refused for this record)"));

        Api.as(lead).get(RESPONSES + "/" + responseId + "/engagement").then().statusCode(200)
                .body("people", hasSize(1)).body("people[0].name", equalTo("Alex Morgan (daughter)"))
                .body("people[0].version", equalTo(0));
        Api.as(lead).contentType(ContentType.JSON).body(change).put(affected + "/" + personId).then()
                .statusCode(200).body("name", equalTo("Changed by another lead"));
    }

    @Test
    void aContactOverdueByOneDayIsFlaggedUntilTheNextContact() {
        String responseId = PanelDecisions.approvedResponse("after-action-review");
        TestUser pat = Users.specialist();
        String personId = addFamily(pat, responseId);
        LocalDate today = LocalDate.now(UK);
        Api.as(pat).contentType(ContentType.JSON).body(contact(today.minusDays(8).toString(),
                        today.minusDays(1).toString()))
                .post(RESPONSES + "/" + responseId + "/people-affected/" + personId + "/contacts").then()
                .statusCode(201).body("contactOverdue", equalTo(true));
        Map<String, Object> ongoing = new HashMap<>(Map.of("contactedOn", today.toString(), "method", "Video call",
                "stage", "ongoing", "nextContactOn", today.plusDays(14).toString(),
                "checklist", List.of(Map.of("code", "su-ongoing-contact-schedule", "done", true))));
        Api.as(pat).contentType(ContentType.JSON).body(ongoing)
                .post(RESPONSES + "/" + responseId + "/people-affected/" + personId + "/contacts").then()
                .statusCode(201).body("contactOverdue", equalTo(false)).body("contacts", hasSize(2))
                .body("contacts[1].checklist[1].done", equalTo(true));
    }

    @Test
    void contactsOnAClosedResponseAreRefusedAndNothingIsSaved() {
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        TestUser pat = Users.specialist();
        String personId = addFamily(pat, responseId);
        investigation.close(responseId);
        LocalDate today = LocalDate.now(UK);
        Api.as(pat).contentType(ContentType.JSON).body(contact(today.toString(), today.plusDays(14).toString()))
                .post(RESPONSES + "/" + responseId + "/people-affected/" + personId + "/contacts").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("responseId"))
                .body("errors[0].code", equalTo("response-closed"));
        Api.as(pat).contentType(ContentType.JSON).body(family())
                .post(RESPONSES + "/" + responseId + "/people-affected").then()
                .statusCode(400).body("errors[0].code", equalTo("response-closed"));
        Api.as(pat).get(RESPONSES + "/" + responseId + "/engagement").then().statusCode(200)
                .body("people", hasSize(1)).body("people[0].contacts", hasSize(0));
    }

    @Test
    void badPeopleAndContactsAreRefusedNamingTheFieldAndNothingIsSaved() {
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        TestUser pat = Users.specialist();
        Map<String, Object> declined = family();
        declined.put("involvement", List.of("declined", "findings"));
        declined.put("kind", "neighbour");
        declined.remove("namedContactName");
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(declined)
                .post(RESPONSES + "/" + responseId + "/people-affected").then()
                .statusCode(400)
                .body("errors.find { it.field == 'kind' }.code", equalTo("unknown-code"))
                .body("errors.find { it.field == 'involvement' }.code", equalTo("declined-with-involvement"))
                .body("errors.find { it.field == 'namedContactName' }.code", equalTo("required"));
        Map<String, Object> unknownContact = family();
        unknownContact.put("namedContactPersonId", UUID.randomUUID().toString());
        Api.as(pat).contentType(ContentType.JSON).body(unknownContact)
                .post(RESPONSES + "/" + responseId + "/people-affected").then()
                .statusCode(400).body("errors[0].field", equalTo("namedContactPersonId"))
                .body("errors[0].code", equalTo("unknown-person"));
        Api.as(pat).get(RESPONSES + "/" + responseId + "/engagement").then().body("people", hasSize(0));

        String personId = addFamily(pat, responseId);
        LocalDate today = LocalDate.now(UK);
        Map<String, Object> bad = contact(today.plusDays(1).toString(), today.toString());
        bad.put("checklist", List.of(Map.of("code", "staff-initial-contact-details", "done", true)));
        Api.as(pat).contentType(ContentType.JSON).body(bad)
                .post(RESPONSES + "/" + responseId + "/people-affected/" + personId + "/contacts").then()
                .statusCode(400)
                .body("errors.find { it.field == 'contactedOn' }.code", equalTo("in-the-future"))
                .body("errors.find { it.field == 'nextContactOn' }.code", equalTo("before-contact"))
                .body("errors.find { it.field == 'checklist[0].code' }.code", equalTo("not-in-checklist"));
        Map<String, Object> change = family();
        change.put("version", 3);
        Api.as(pat).contentType(ContentType.JSON).body(change)
                .put(RESPONSES + "/" + responseId + "/people-affected/" + personId).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        change.put("version", 0);
        change.put("involvement", List.of("declined"));
        Api.as(pat).contentType(ContentType.JSON).body(change)
                .put(RESPONSES + "/" + responseId + "/people-affected/" + personId).then()
                .statusCode(200).body("version", equalTo(1)).body("involvement", equalTo(List.of("declined")));
        Api.as(pat).get(RESPONSES + "/" + responseId + "/engagement").then()
                .body("people", hasSize(1)).body("people[0].contacts", hasSize(0));
        Api.as(pat).get(RESPONSES + "/" + UUID.randomUUID() + "/engagement").then().statusCode(404);
    }

    private static String addFamily(TestUser user, String responseId) {
        return Api.as(user).contentType(ContentType.JSON).body(family())
                .post(RESPONSES + "/" + responseId + "/people-affected").then()
                .statusCode(201).extract().path("id");
    }

    private static Map<String, Object> family() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "family");
        body.put("name", "Alex Morgan (daughter)");
        body.put("namedContactName", "Lee Lead");
        body.put("preferredContactMethod", "Telephone");
        body.put("accessAndSupportNeeds", "Prefers a friend present");
        body.put("involvement", List.of("terms-of-reference", "sharing-experiences"));
        return body;
    }

    private static Map<String, Object> contact(String contactedOn, String nextContactOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("contactedOn", contactedOn);
        body.put("method", "Telephone");
        body.put("stage", "initial");
        body.put("notes", "Introduced myself.");
        body.put("checklist", List.of(Map.of("code", "su-initial-introduce-self", "done", true),
                Map.of("code", "su-initial-access-needs", "done", false, "note", "Would like a friend present")));
        body.put("nextContactOn", nextContactOn);
        return body;
    }
}
