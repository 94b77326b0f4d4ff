package uk.nhs.psirf.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ServedSpecTest {

    @Test
    void theServedSpecIsTheHandWrittenContract() {
        String served = RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertEquals(Contract.operations(Contract.root()), Contract.operations(Contract.parseContents(served)));
    }
}
