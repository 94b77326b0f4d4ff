package uk.nhs.psirf.reference;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.support.Api;
import uk.nhs.psirf.support.AuditTrail;
import uk.nhs.psirf.support.TestUser;
import uk.nhs.psirf.support.Users;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReferenceApiTest {
    @Inject
    AuditTrail auditTrail;

    @Test
    void theTaxonomyGivesTheLfpseCodesWithTheirNationalDisplays() {
        Api.as(Users.staff()).get("/api/v1/reference/taxonomy").then()
                .statusCode(200)
                .body("eventTypes.code", equalTo(java.util.List.of("incident", "near-miss", "no-harm-incident", "good-care")))
                .body("physicalHarm.code", equalTo(java.util.List.of("5", "4", "3", "2", "1")))
                .body("physicalHarm.find { it.code == '1' }.display", equalTo("Fatal"))
                .body("psychologicalHarm.find { it.code == '4' }.display", equalTo("No psychological harm"))
                .body("ageBrackets.size()", equalTo(12))
                .body("genders.find { it.code == '4' }.display", equalTo("Withheld, not specified or other"))
                .body("ethnicities.size()", equalTo(17))
                .body("staffTypes.find { it.code == '5' }.display", equalTo("Nurse or midwife"))
                .body("categories.code", hasItems("pressure-ulcer", "fall", "medication", "self-harm", "other"));
    }

    @Test
    void locationsCarryTheirServiceAndDirectorate() {
        Api.as(Users.coach()).get("/api/v1/reference/locations").then()
                .statusCode(200)
                .body("size()", greaterThanOrEqualTo(20))
                .body("find { it.code == 'LOC-DN-NORTH' }.service", equalTo("District Nursing"))
                .body("find { it.code == 'LOC-DN-NORTH' }.directorate", equalTo("Adult Community Services"))
                .body("[0].directorate", equalTo("Adult Community Services"));
    }

    @Test
    void theDirectoratesAreListedByNameWithTheIdsFormsSend() {
        Api.as(Users.coach()).get("/api/v1/reference/directorates").then()
                .statusCode(200)
                .body("name", equalTo(java.util.List.of("Adult Community Services", "Children and Families",
                        "Mental Health", "Specialist Services")))
                .body("find { it.name == 'Mental Health' }.id", equalTo(3));
    }

    @Test
    void aCallerWithoutAPlatformRoleIsRefusedTheTaxonomy() {
        TestUser nobody = Users.withoutPlatformRoles();
        Api.invalidRequestAs(nobody).get("/api/v1/reference/taxonomy").then().statusCode(403)
                .body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(nobody.sub(), "denied", "/api/v1/reference/taxonomy"));
    }

    @Test
    void aCallerWithoutAPlatformRoleIsRefusedTheLocations() {
        TestUser nobody = Users.withoutPlatformRoles();
        Api.invalidRequestAs(nobody).get("/api/v1/reference/locations").then().statusCode(403)
                .body("code", equalTo("forbidden"));
        assertTrue(auditTrail.hasEntry(nobody.sub(), "denied", "/api/v1/reference/locations"));
    }
}
