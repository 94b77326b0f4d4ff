package uk.nhs.psirf.oversight;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.PanelDecisions;
import uk.nhs.psirf.support.PeopleRows;
import uk.nhs.psirf.support.Reports;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Tokens;
import uk.nhs.psirf.support.Users;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Oversight groups and the de-identified view patient safety partners get of their groups' work (§3.7, §19). */
@QuarkusTest
class OversightApiTest {
    private static final String GROUPS = "/api/v1/oversight-groups";
    private static final java.util.regex.Pattern UUID_SHAPE = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final java.util.regex.Pattern NHS_NUMBER_ANY_SEPARATOR =
            java.util.regex.Pattern.compile("(?<!\\d)943\\D{0,3}476\\D{0,3}5919(?!\\d)");

    @Inject
    AuditTrail auditTrail;

    @Inject
    PeopleRows peopleRows;

    @Inject
    OversightRows rows;

    @Test
    void the_patient_safety_team_keeps_groups_and_their_members_and_the_chief_nurse_reads_them() {
        TestUser pat = Users.specialist();
        String name = "Quality Committee " + UUID.randomUUID();
        Map<String, Object> created = Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("name", name, "purpose", "Oversees learning responses")).post(GROUPS).then()
                .statusCode(201).body("name", equalTo(name)).body("members", hasSize(0))
                .body("figures.plansOpen", equalTo(0)).extract().path("");
        String groupId = (String) created.get("id");
        assertTrue(auditTrail.byEntity(groupId).stream().anyMatch(a -> a.action().equals("create")));

        Api.as(pat).contentType(ContentType.JSON).body(Map.of("name", name.toUpperCase())).post(GROUPS).then()
                .statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("duplicate-name"));
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of("name", " ")).post(GROUPS).then()
                .statusCode(400).body("errors[0].field", equalTo("name"));

        String chair = rows.person("Cath Chair " + UUID.randomUUID(), "Non-executive director");
        Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("personId", UUID.randomUUID().toString(), "groupRole", "member", "version", 0))
                .post(GROUPS + "/" + groupId + "/members").then()
                .statusCode(400).body("errors[0].field", equalTo("personId"))
                .body("errors[0].code", equalTo("unknown-person"));
        int version = Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("personId", chair, "groupRole", "chair", "version", 0))
                .post(GROUPS + "/" + groupId + "/members").then()
                .statusCode(200).body("members", hasSize(1)).body("members[0].groupRole", equalTo("chair"))
                .body("members[0].jobRole", equalTo("Non-executive director")).extract().path("version");
        Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("personId", chair, "groupRole", "member", "version", 0))
                .post(GROUPS + "/" + groupId + "/members").then().statusCode(409);
        Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("name", name, "purpose", "Stale change", "version", 0))
                .put(GROUPS + "/" + groupId).then().statusCode(409);
        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of("name", name))
                .put(GROUPS + "/" + groupId).then().statusCode(400).body("errors[0].field", equalTo("version"));
        version = Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("name", name + " (renamed)", "purpose", "Board sub-committee", "version", version))
                .put(GROUPS + "/" + groupId).then().statusCode(200).body("purpose", equalTo("Board sub-committee"))
                .body("members", hasSize(1)).extract().path("version");

        Api.as(Users.chiefNurse()).get(GROUPS + "/" + groupId).then().statusCode(200)
                .body("name", equalTo(name + " (renamed)")).body("members[0].personId", equalTo(chair));
        Api.as(Users.chiefNurse()).get(GROUPS).then().statusCode(200).body("items.id", hasItem(groupId));

        Api.as(pat).delete(GROUPS + "/" + groupId + "/members/" + chair + "?version=" + (version - 1)).then()
                .statusCode(409);
        Api.invalidRequestAs(pat).delete(GROUPS + "/" + groupId + "/members/" + chair).then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        Api.as(pat).delete(GROUPS + "/" + groupId + "/members/" + chair + "?version=" + version).then()
                .statusCode(200).body("members", hasSize(0));
        Api.as(Users.specialist()).get(GROUPS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void every_other_role_is_refused_every_operation_and_each_refusal_is_audited() {
        TestUser pat = Users.specialist();
        String groupId = newGroup(pat);
        String responseId = PanelDecisions.approvedResponse("swarm-huddle");
        String planId = rows.plan("Plan " + UUID.randomUUID(), rows.person("Owen Owner", "Matron"), null);
        String someone = rows.person("Sid Someone", "Nurse");
        Map<String, Object> groupBody = Map.of("name", "Refused " + UUID.randomUUID());
        List<TestUser> others = List.of(Users.staff(), Users.coach(),
                Tokens.user("Lee Lead", Roles.LEARNING_RESPONSE_LEAD, Roles.STAFF),
                Tokens.user("Wes Workforce", Roles.WORKFORCE_PARTNER, Roles.STAFF),
                Tokens.user("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR, Roles.STAFF), Users.withoutPlatformRoles());
        String group = GROUPS + "/" + groupId;
        for (TestUser other : others) {
            Api.invalidRequestAs(other).get(GROUPS).then().statusCode(403);
            Api.invalidRequestAs(other).contentType(ContentType.JSON).body(groupBody).post(GROUPS).then().statusCode(403);
            Api.invalidRequestAs(other).get(group).then().statusCode(403);
            Api.invalidRequestAs(other).get(group + "/responses/" + responseId).then().statusCode(403);
            Api.invalidRequestAs(other).get(group + "/improvement-plans/" + planId).then().statusCode(403);
            assertTrue(auditTrail.hasEntry(other.sub(), "denied", "GET " + group + "/responses/" + responseId));
            assertTrue(auditTrail.hasEntry(other.sub(), "denied", "POST " + GROUPS));
        }
        // the Chief Nurse and partners read, but only the patient safety team changes anything
        List<TestUser> readers = List.of(Users.chiefNurse(), Users.partner());
        for (TestUser reader : readers) {
            Api.invalidRequestAs(reader).contentType(ContentType.JSON).body(groupBody).post(GROUPS).then()
                    .statusCode(403);
            Api.invalidRequestAs(reader).contentType(ContentType.JSON).body(Map.of("name", "x", "version", 0))
                    .put(group).then().statusCode(403);
            Api.invalidRequestAs(reader).contentType(ContentType.JSON)
                    .body(Map.of("personId", someone, "groupRole", "member", "version", 0))
                    .post(group + "/members").then().statusCode(403);
            Api.invalidRequestAs(reader).delete(group + "/members/" + someone + "?version=0").then().statusCode(403);
            Api.invalidRequestAs(reader).contentType(ContentType.JSON).body(Map.of("summary", "x", "version", 0))
                    .put(group + "/responses/" + responseId).then().statusCode(403);
            Api.invalidRequestAs(reader).delete(group + "/responses/" + responseId + "?version=0").then()
                    .statusCode(403);
            Api.invalidRequestAs(reader).contentType(ContentType.JSON).body(Map.of("version", 0))
                    .put(group + "/improvement-plans/" + planId).then().statusCode(403);
            Api.invalidRequestAs(reader).delete(group + "/improvement-plans/" + planId + "?version=0").then()
                    .statusCode(403);
            assertTrue(auditTrail.hasEntry(reader.sub(), "denied", "PUT " + group + "/responses/" + responseId));
        }
        Api.as(pat).get(group).then().statusCode(200).body("responses", hasSize(0)).body("plans", hasSize(0));
    }

    @Test
    void a_response_and_a_plan_are_overseen_by_at_most_one_group_and_can_be_removed() {
        TestUser pat = Users.specialist();
        String first = newGroup(pat);
        String second = newGroup(pat);
        String responseId = PanelDecisions.approvedResponse("after-action-review");
        String planId = rows.plan("Falls plan " + UUID.randomUUID(), rows.person("Owen Owner", "Matron"), null);
        int version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("summary", "For the committee", "version", 0))
                .put(GROUPS + "/" + first + "/responses/" + responseId).then().statusCode(200)
                .body("responses[0].id", equalTo(responseId))
                .body("figures.responsesByStatus.find { it.code == 'in-progress' }.count", equalTo(1))
                .extract().path("version");
        version = Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version))
                .put(GROUPS + "/" + first + "/improvement-plans/" + planId).then().statusCode(200)
                .body("plans[0].id", equalTo(planId)).body("figures.plansOpen", equalTo(1))
                .extract().path("version");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("summary", "Elsewhere", "version", 0))
                .put(GROUPS + "/" + second + "/responses/" + responseId).then().statusCode(400)
                .body("errors[0].field", equalTo("responseId")).body("errors[0].code", equalTo("in-another-group"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", 0))
                .put(GROUPS + "/" + second + "/improvement-plans/" + planId).then().statusCode(400)
                .body("errors[0].field", equalTo("planId")).body("errors[0].code", equalTo("in-another-group"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("summary", "x", "version", version))
                .put(GROUPS + "/" + first + "/responses/" + UUID.randomUUID()).then().statusCode(404);
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("summary", "x", "version", 0))
                .put(GROUPS + "/" + first + "/responses/" + responseId).then().statusCode(409);
        // what the group already held is still there after the refusals
        Api.as(pat).get(GROUPS + "/" + first).then().statusCode(200).body("responses", hasSize(1))
                .body("plans", hasSize(1));
        Api.as(pat).get(GROUPS + "/" + first + "/responses/" + responseId).then().statusCode(200)
                .body("summaryForOversight", equalTo("For the committee"));
        Api.as(Users.chiefNurse()).get(GROUPS + "/" + first + "/improvement-plans/" + planId).then().statusCode(200);
        Api.as(pat).get(GROUPS + "/" + second + "/responses/" + responseId).then().statusCode(404);

        version = Api.as(pat).delete(GROUPS + "/" + first + "/responses/" + responseId + "?version=" + version)
                .then().statusCode(200).body("responses", hasSize(0)).extract().path("version");
        Api.as(pat).delete(GROUPS + "/" + first + "/improvement-plans/" + planId + "?version=" + version)
                .then().statusCode(200).body("plans", hasSize(0));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("summary", "Now here", "version", 0))
                .put(GROUPS + "/" + second + "/responses/" + responseId).then().statusCode(200)
                .body("responses[0].id", equalTo(responseId));
    }

    @Test
    void a_patient_safety_partner_cannot_see_a_response_outside_their_groups() {
        TestUser pat = Users.specialist();
        TestUser partner = PeopleRows.uniqueUser("Priya Partner", Roles.PATIENT_SAFETY_PARTNER);
        String partnerId = peopleRows.personFor(partner);
        String theirs = newGroup(pat);
        String other = newGroup(pat);
        addMember(pat, theirs, partnerId, 0);
        String theirResponse = PanelDecisions.approvedResponse("swarm-huddle");
        String otherResponse = PanelDecisions.approvedResponse("swarm-huddle");
        String otherPlan = rows.plan("Other plan", rows.person("Owen Owner", "Matron"), null);
        assign(pat, theirs, theirResponse, "Ours", version(pat, theirs));
        assign(pat, other, otherResponse, "Theirs", version(pat, other));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version(pat, other)))
                .put(GROUPS + "/" + other + "/improvement-plans/" + otherPlan).then().statusCode(200);

        Api.as(partner).get(GROUPS).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(theirs));
        Api.as(partner).get(GROUPS + "/" + theirs).then().statusCode(200).body("members", nullValue())
                .body("memberCount", equalTo(1)).body("responses", hasSize(1))
                .body("responses[0].id", equalTo(theirResponse));
        Api.as(partner).get(GROUPS + "/" + theirs + "/responses/" + theirResponse).then().statusCode(200)
                .body("reference", not(nullValue()));

        List<String> refused = List.of(GROUPS + "/" + other, GROUPS + "/" + other + "/responses/" + otherResponse,
                GROUPS + "/" + theirs + "/responses/" + otherResponse,
                GROUPS + "/" + other + "/improvement-plans/" + otherPlan,
                GROUPS + "/" + theirs + "/improvement-plans/" + otherPlan,
                GROUPS + "/" + UUID.randomUUID(), GROUPS + "/" + theirs + "/responses/" + UUID.randomUUID());
        for (String path : refused) {
            Api.invalidRequestAs(partner).get(path).then().statusCode(403).body("code", equalTo("forbidden"));
            assertTrue(auditTrail.hasEntry(partner.sub(), "denied", "GET " + path), path);
        }
        assertTrue(auditTrail.byEntity(otherResponse).stream()
                .anyMatch(a -> a.action().equals("denied") && a.actor().equals(partner.sub())));

        // a partner outside the directory, or in no group, sees no group at all
        TestUser stranger = PeopleRows.uniqueUser("Paul Partner", Roles.PATIENT_SAFETY_PARTNER);
        Api.as(stranger).get(GROUPS).then().statusCode(200).body("items", hasSize(0));
        Api.invalidRequestAs(stranger).get(GROUPS + "/" + theirs).then().statusCode(403);
        peopleRows.personFor(stranger);
        Api.as(stranger).get(GROUPS).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void a_patient_safety_partner_never_receives_an_nhs_number() {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String patientName = "Ottoline Quarterbridge";
        TestUser reporter = Tokens.user("Rupert Reportington", Roles.STAFF);
        Map<String, Object> report = Reports.valid();
        Map<String, Object> patient = new HashMap<>();
        patient.put("name", patientName);
        patient.put("nhsNumber", "943 476 5919");
        patient.put("dateOfBirth", "1941-03-02");
        patient.put("address", "17 Wisteria Gardens, Ambleworth AB12 3CD");
        patient.put("ageBracket", 11);
        patient.put("gender", 1);
        patient.put("ethnicity", 11);
        report.put("patient", patient);
        report.put("staffInvolved", List.of(Map.of("role", "District nurse", "name", "Dorothea Nightwell",
                "staffType", 5)));
        report.put("whatHappened", "Ottoline Quarterbridge fell; Dorothea Nightwell found her.");
        String eventId = Reports.file(reporter, report);
        String responseId = PanelDecisions.approve(Users.chiefNurse(),
                PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(eventId, "after-action-review")));
        String lead = rows.person("Leopold Leadsworth " + suffix, "Matron");
        String member = rows.person("Teodora Teamwright " + suffix, "Physiotherapist");
        rows.leadAndTeam(responseId, lead, member, "Reviewer with Teodora Teamwright");
        rows.findingAndFactor(responseId, "Ottoline Quarterbridge (9434765919) was not repositioned");
        String planId = rows.plan("Falls plan after Quarterbridge fall", lead, responseId);
        String actionRef = rows.overdueAction(planId, responseId, member,
                "Review of 943 476 5919 care by Leopold Leadsworth");

        TestUser pat = Users.specialist();
        TestUser partner = PeopleRows.uniqueUser("Priya Partner", Roles.PATIENT_SAFETY_PARTNER);
        String groupId = newGroup(pat);
        addMember(pat, groupId, peopleRows.personFor(partner), 0);
        String summary = "Mrs Ottoline Quarterbridge (NHS 943 476 5919, also 9434765919, born 02/03/1941 or "
                + "2 March 1941) of 17 Wisteria Gardens, Ambleworth AB12 3CD fell. Reported by Rupert Reportington; "
                + "Dorothea Nightwell, Leopold Leadsworth and Teodora Teamwright were involved. QUARTERBRIDGE "
                + "recovered. The learning is about falls risk assessment at night.";
        assign(pat, groupId, responseId, summary, version(pat, groupId));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("version", version(pat, groupId)))
                .put(GROUPS + "/" + groupId + "/improvement-plans/" + planId).then().statusCode(200);
        // The group's purpose is the team's free text too: written as typed, read by partners redacted.
        String purpose = "Set up after Ottoline Quarterbridge (943.476.5919) had a fall at 17 Wisteria Gdns."
                + " Oversees falls learning.";
        String name = Api.as(pat).get(GROUPS + "/" + groupId).then().statusCode(200).extract().path("name");
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("name", name, "purpose", purpose,
                        "version", version(pat, groupId)))
                .put(GROUPS + "/" + groupId).then().statusCode(200).body("purpose", equalTo(purpose));

        List<String> bodies = new ArrayList<>();
        bodies.add(Api.as(partner).get(GROUPS).then().statusCode(200)
                .body("items.find { it.id == '" + groupId + "' }.purpose",
                        org.hamcrest.Matchers.endsWith(" Oversees falls learning."))
                .extract().asString());
        bodies.add(Api.as(partner).get(GROUPS + "/" + groupId).then().statusCode(200)
                .body("purpose", org.hamcrest.Matchers.startsWith("Set up after [withheld]"))
                .body("responses[0].services", hasSize(1)).body("figures.overdueActions", equalTo(1))
                .body("figures.notEffectiveActions", equalTo(1)).body("plans[0].progress.overdue", equalTo(1))
                .extract().asString());
        bodies.add(Api.as(partner).get(GROUPS + "/" + groupId + "/responses/" + responseId).then().statusCode(200)
                .body("patients", equalTo(List.of("Patient A"))).body("events[0].caseLabel", equalTo("Patient A"))
                .body("leadRole", equalTo("Matron")).body("team[0].jobRole", equalTo("Physiotherapist"))
                .body("counts.findings", equalTo(1))
                .body("counts.contributoryFactors.find { it.code == 'tasks' }.count", equalTo(1))
                .body("counts.safetyActionsByStatus.find { it.code == 'in-progress' }.count", equalTo(1))
                .body("summaryForOversight", org.hamcrest.Matchers.containsString(
                        "The learning is about falls risk assessment at night."))
                .extract().asString());
        bodies.add(Api.as(partner).get(GROUPS + "/" + groupId + "/improvement-plans/" + planId).then()
                .statusCode(200).body("ownerRole", equalTo("Matron")).body("actions[0].reference", equalTo(actionRef))
                .body("actions[0].overdue", equalTo(true)).body("actions[0].effectiveness", equalTo("not-effective"))
                .extract().asString());
        bodies.add(Api.invalidRequestAs(partner).get(GROUPS + "/" + UUID.randomUUID() + "/responses/" + responseId)
                .then().statusCode(403).extract().asString());

        List<String> identifiers = List.of("Ottoline", "Quarterbridge", "9434765919", "943 476 5919", "943-476-5919",
                "1941-03-02", "02/03/1941", "2 March 1941", "1941", "Wisteria", "Ambleworth", "AB12", "Rupert",
                "Reportington", "Dorothea", "Nightwell", "Leopold", "Leadsworth", "Teodora", "Teamwright",
                "LOC-DN-NORTH", "repositioned", "fell;");
        for (String bodyWithIds : bodies) {
            // record ids are random hex and may hold "ab12" or "1941" by chance; they identify no one
            String body = UUID_SHAPE.matcher(bodyWithIds).replaceAll("<id>");
            for (String identifier : identifiers) {
                assertFalse(body.toLowerCase().contains(identifier.toLowerCase()),
                        identifier + " reached a partner: " + body);
            }
            assertFalse(body.replaceAll("[\\s-]", "").contains("9434765919"), body);
            // the NHS number with anything of up to three characters between its groups
            assertFalse(NHS_NUMBER_ANY_SEPARATOR.matcher(body).find(), body);
        }
        assertTrue(NHS_NUMBER_ANY_SEPARATOR.matcher("{\"summary\":\"NHS 943 / 476.5919\"}").find(),
                "the check finds the number written with separators");
        // the patient safety team sees the same de-identified view as partners
        String seenByPat = Api.as(pat).get(GROUPS + "/" + groupId + "/responses/" + responseId).then()
                .statusCode(200).extract().asString();
        assertFalse(seenByPat.contains("Quarterbridge"));
        Api.as(pat).get(GROUPS).then().statusCode(200)
                .body("items.find { it.id == '" + groupId + "' }.purpose", equalTo(purpose));
        assertTrue(auditTrail.byEntity(responseId).stream()
                .anyMatch(a -> a.action().equals("read") && a.actor().equals(partner.sub())));
    }

    @Test
    void the_author_of_a_summary_for_oversight_sees_what_partners_will_see_with_each_withheld_span_and_possible_names() {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        Map<String, Object> report = Reports.valid();
        @SuppressWarnings("unchecked")
        Map<String, Object> patient = (Map<String, Object>) report.get("patient");
        patient.put("name", "Wilhelmina Ng");
        report.put("locationCode", "LOC-CH-RIVERSIDE");
        String eventId = Reports.file(Tokens.user("Rupert Reportington", Roles.STAFF), report);
        String responseId = PanelDecisions.approve(Users.chiefNurse(),
                PanelDecisions.record(Users.specialist(), PanelDecisions.forEvent(eventId, "after-action-review")));
        rows.leadAndTeam(responseId, rows.person("Leopold Leadsworth " + suffix, "Matron"),
                rows.person("Teodora Teamwright " + suffix, "Physiotherapist"), "Reviewer");
        String preview = "/api/v1/responses/" + responseId + "/summary-for-oversight/preview";
        String summary = "Ng's fall on Oak Ward was seen by Teamwright and Pemberton. NHS " + dotted(Reports.NHS_NUMBER) + ".";

        TestUser pat = Users.specialist();
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("summary", summary)).post(preview).then()
                .statusCode(200)
                .body("text", equalTo("[withheld] fall on [withheld] was seen by [withheld] and Pemberton. NHS "
                        + "[withheld]."))
                .body("withheld.kind", equalTo(List.of("name", "place", "name", "nhs-number")))
                .body("withheld[1].start", equalTo(19)).body("withheld[1].end", equalTo(29))
                .body("withheld[1].writtenStart", equalTo(13)).body("withheld[1].writtenEnd", equalTo(21))
                .body("warnings.word", equalTo(List.of("Pemberton")))
                .body("warnings[0].offset", equalTo(summary.indexOf("Pemberton")));
        assertTrue(auditTrail.byEntity(responseId).stream().anyMatch(a -> a.action().equals("read")
                && a.actor().equals(pat.sub()) && a.detail().contains("summary for oversight")));

        Api.invalidRequestAs(pat).contentType(ContentType.JSON).body(Map.of()).post(preview).then()
                .statusCode(400).body("errors[0].field", equalTo("summary"));
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("summary", "x"))
                .post("/api/v1/responses/" + UUID.randomUUID() + "/summary-for-oversight/preview").then()
                .statusCode(404);
        for (TestUser other : List.of(Users.chiefNurse(), Users.partner(), Users.coach(), Users.staff(),
                PeopleRows.uniqueLead(), PeopleRows.uniqueUser("Wes Workforce", Roles.WORKFORCE_PARTNER),
                PeopleRows.uniqueUser("Ivy Advisor", Roles.IMPROVEMENT_ADVISOR))) {
            Api.invalidRequestAs(other).contentType(ContentType.JSON).body(Map.of("summary", summary)).post(preview)
                    .then().statusCode(403).body("code", equalTo("forbidden"));
            assertTrue(auditTrail.hasEntry(other.sub(), "denied", "POST " + preview), other.sub());
        }
    }

    /** An NHS number written nnn.nnn.nnnn. */
    private static String dotted(String nhsNumber) {
        return nhsNumber.substring(0, 3) + "." + nhsNumber.substring(3, 6) + "." + nhsNumber.substring(6);
    }

    private static String newGroup(TestUser pat) {
        return Api.as(pat).contentType(ContentType.JSON).body(Map.of("name", "Group " + UUID.randomUUID()))
                .post(GROUPS).then().statusCode(201).extract().path("id");
    }

    private static int version(TestUser pat, String groupId) {
        return Api.as(pat).get(GROUPS + "/" + groupId).then().statusCode(200).extract().path("version");
    }

    private static void addMember(TestUser pat, String groupId, String personId, int version) {
        Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("personId", personId, "groupRole", "patient safety partner", "version", version))
                .post(GROUPS + "/" + groupId + "/members").then().statusCode(200);
    }

    private static void assign(TestUser pat, String groupId, String responseId, String summary, int version) {
        Api.as(pat).contentType(ContentType.JSON).body(Map.of("summary", summary, "version", version))
                .put(GROUPS + "/" + groupId + "/responses/" + responseId).then().statusCode(200);
    }
}
