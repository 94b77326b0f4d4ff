package uk.nhs.psirf.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every API call in the tests goes through the contract: requests and responses are checked
 * against the root openapi.yaml.
 */
public final class Api {
    public static final Path CONTRACT = locateContract();

    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString()).build());

    /** For requests that are wrong on purpose: the response must still match the contract. */
    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** For 405/406/415, which the contract leaves to HTTP: only the problem+json shape is checked. */
    private static final OpenApiValidationFilter PROTOCOL_ERRORS = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    public static RequestSpecification as(TestUser user) {
        return recorded(RestAssured.given().filter(STRICT)).header("Authorization", user.bearer())
                .accept(ContentType.JSON);
    }

    /** A deliberately invalid request (bad body, bad parameter or bad token); only the response is validated. */
    public static RequestSpecification invalidRequestAs(TestUser user) {
        return recorded(RestAssured.given().filter(RESPONSES_ONLY)).header("Authorization", user.bearer());
    }

    public static RequestSpecification protocolErrorAs(TestUser user) {
        return RestAssured.given().filter(PROTOCOL_ERRORS).header("Authorization", user.bearer());
    }

    public static RequestSpecification withAuthorization(String authorizationHeader) {
        RequestSpecification spec = RestAssured.given().filter(RESPONSES_ONLY);
        return authorizationHeader == null ? spec : spec.header("Authorization", authorizationHeader);
    }

    /** With -DrecordContractExamples=true, the exchange is also kept as raw material for openapi.yaml's examples. */
    private static RequestSpecification recorded(RequestSpecification spec) {
        return ExampleRecorder.ON ? spec.filter(new ExampleRecorder()) : spec;
    }

    private static Path locateContract() {
        for (Path candidate : new Path[]{Path.of("../openapi.yaml"), Path.of("openapi.yaml")}) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("openapi.yaml not found from " + Path.of("").toAbsolutePath());
    }
}
