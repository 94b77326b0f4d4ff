package uk.nhs.psirf.people;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.People;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.support.People.PEOPLE;

/** The people directory: who may add and change people, and the qualifications each view carries. */
@QuarkusTest
class PeopleApiTest {
    @Inject
    AuditTrail auditTrail;

    @Test
    void aSpecialistAddsAPersonWithNoTrainingAndTheChangeIsAudited() {
        TestUser pat = Users.specialist();
        String email = People.uniqueEmail("Lee Lead");
        String id = Api.as(pat).contentType(ContentType.JSON)
                .body(Map.of("name", "Lee Lead", "email", email, "jobRole", "Ward manager"))
                .post(PEOPLE).then().statusCode(201)
                .header("Location", containsString(PEOPLE + "/"))
                .body("name", equalTo("Lee Lead"))
                .body("email", equalTo(email))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .body("qualifications.role", equalTo(List.of("lead", "engagement-lead", "overseer")))
                .body("qualifications[0].qualified", equalTo(false))
                .body("qualifications[0].missing.code",
                        equalTo(List.of("level-1", "level-2", "two-days-learning-from-incidents")))
                .body("qualifications[1].missing[0].message", containsString("6 hours"))
                .extract().path("id");
        assertTrue(auditTrail.byEntity(id).stream()
                .anyMatch(a -> a.action().equals("create") && a.actor().equals(pat.sub())));
    }

    @Test
    void anEmailAddressAlreadyInTheDirectoryIsRefusedWhateverItsCase() {
        String email = People.uniqueEmail("Dee Double");
        People.add("Dee Double", email);
        Api.as(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("name", "Dee Other", "email", email.toUpperCase()))
                .post(PEOPLE).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].code", equalTo("already-used"));
    }

    @Test
    void missingNamesAndMalformedAddressesAreRefusedNamingTheField() {
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("name", " ", "email", "not-an-address"))
                .post(PEOPLE).then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.find { it.field == 'email' }.code", equalTo("invalid-format"));
    }

    @Test
    void theChiefNurseCannotAddAPersonAndTheRefusalIsAudited() {
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON)
                .body(Map.of("name", "Nia New", "email", People.uniqueEmail("Nia New")))
                .post(PEOPLE).then().statusCode(403).body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "POST " + PEOPLE));
    }

    @Test
    void staffCannotListPeopleAndTheRefusalIsAudited() {
        TestUser sam = Users.staff();
        Api.invalidRequestAs(sam).get(PEOPLE).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(sam.sub(), "denied", "GET " + PEOPLE));
    }

    @Test
    void detailsChangeWithTheVersionLastReadAndAStaleVersionChangesNothing() {
        String id = People.add("Cal Change");
        String email = People.uniqueEmail("Cal Changed");
        Map<String, Object> body = new HashMap<>(Map.of("version", 0, "name", "Cal Changed", "email", email,
                "jobRole", "Matron", "active", false));
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(body).put(PEOPLE + "/" + id).then()
                .statusCode(200).body("version", equalTo(1)).body("active", equalTo(false))
                .body("name", equalTo("Cal Changed"));
        body.put("name", "Cal Stale");
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(body).put(PEOPLE + "/" + id).then()
                .statusCode(409).body("code", equalTo("stale-version"));
        Api.as(Users.chiefNurse()).get(PEOPLE + "/" + id).then().statusCode(200)
                .body("name", equalTo("Cal Changed")).body("jobRole", equalTo("Matron"));
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("update")));
        assertTrue(auditTrail.byEntity(id).stream().anyMatch(a -> a.action().equals("read")));
    }

    @Test
    void theChiefNurseCannotChangeAPersonAndTheRefusalIsAudited() {
        String id = People.add("Rae Refused");
        TestUser chris = Users.chiefNurse();
        Api.invalidRequestAs(chris).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "name", "Rae", "email", People.uniqueEmail("Rae"), "active", true))
                .put(PEOPLE + "/" + id).then().statusCode(403);
        assertTrue(auditTrail.hasEntry(chris.sub(), "denied", "PUT " + PEOPLE + "/" + id));
    }

    @Test
    void anUnknownPersonIsNotFound() {
        Api.as(Users.specialist()).get(PEOPLE + "/7d1c2f3e-0000-4000-8000-000000000000").then().statusCode(404);
        Api.invalidRequestAs(Users.specialist()).get(PEOPLE + "/not-an-id").then().statusCode(404);
    }

    @Test
    void onlyActivePeopleWithTheTrainingAreOfferedForAPart() {
        String marker = "Quill" + System.nanoTime();
        String trained = People.add(marker + " Trained");
        String untrained = People.add(marker + " Untrained");
        String inactive = People.add(marker + " Inactive");
        People.trainAsLead(trained);
        People.trainAsLead(inactive);
        Api.as(Users.specialist()).contentType(ContentType.JSON).body(Map.of("version", 0, "name",
                marker + " Inactive", "email", People.uniqueEmail("x"), "active", false)).put(PEOPLE + "/" + inactive)
                .then().statusCode(200);
        Api.as(Users.chiefNurse()).queryParam("search", marker.toLowerCase()).queryParam("qualifiedFor", "lead")
                .get(PEOPLE).then().statusCode(200)
                .body("items.id", equalTo(List.of(trained)))
                .body("totalItems", equalTo(1));
        Api.as(Users.chiefNurse()).queryParam("search", marker).get(PEOPLE).then().statusCode(200)
                .body("items.id", hasItem(untrained)).body("totalItems", equalTo(3));
        Api.as(Users.chiefNurse()).queryParam("search", marker).queryParam("qualifiedFor", "overseer")
                .get(PEOPLE).then().statusCode(200).body("items.id", not(hasItem(trained)));
    }

    @Test
    void anUnknownPartOrPageSizeIsRefusedNamingTheParameter() {
        Api.invalidRequestAs(Users.specialist()).queryParam("qualifiedFor", "captain").queryParam("size", "500")
                .get(PEOPLE).then().statusCode(400)
                .body("errors.find { it.field == 'qualifiedFor' }.code", equalTo("unknown-code"))
                .body("errors.find { it.field == 'size' }.code", equalTo("out-of-range"));
    }

    @Test
    void aDateInTheFutureIsNotAllowedForCompletedTraining() {
        String id = People.add("Fay Future");
        Api.invalidRequestAs(Users.specialist()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "level1CompletedOn", LocalDate.now().plusDays(30).toString()))
                .put(PEOPLE + "/" + id + "/training").then().statusCode(400)
                .body("errors[0].field", equalTo("level1CompletedOn"))
                .body("errors[0].code", equalTo("in-the-future"));
    }
}
