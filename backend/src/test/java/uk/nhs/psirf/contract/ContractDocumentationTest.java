package uk.nhs.psirf.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of openapi.yaml is documented for the people who integrate with it: what it does, who may call
 * it and why it refuses (its description), and what goes in and comes out (an example of each body).
 * Redocly's no-invalid-media-type-examples (make test-lint) checks that the examples match their schemas.
 */
class ContractDocumentationTest {
    private static final OpenAPI CONTRACT = Contract.root();

    @Test
    void everyOperationHasADescription() {
        List<String> undescribed = new ArrayList<>();
        CONTRACT.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getDescription() == null || operation.getDescription().isBlank()) {
                undescribed.add(operation.getOperationId());
            }
        }));
        assertTrue(undescribed.isEmpty(), "Operations without a description: " + undescribed);
    }

    @Test
    void everyRequestBodyHasAnExample() {
        List<String> missing = new ArrayList<>();
        CONTRACT.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            RequestBody body = operation.getRequestBody();
            if (body != null) {
                missing.addAll(withoutExample(operation.getOperationId() + " request", body.getContent()));
            }
        }));
        assertTrue(missing.isEmpty(), "Request bodies without an example: " + missing);
    }

    @Test
    void everySuccessResponseBodyHasAnExample() {
        List<String> missing = new ArrayList<>();
        CONTRACT.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        missing.addAll(withoutExample(operation.getOperationId() + " " + status,
                                resolve(response).getContent()));
                    }
                })));
        assertTrue(missing.isEmpty(), "Success responses without an example: " + missing);
    }

    private static ApiResponse resolve(ApiResponse response) {
        String ref = response.get$ref();
        return ref == null ? response
                : CONTRACT.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** "operation part media-type" for each media type of the content that has neither example nor examples. */
    private static List<String> withoutExample(String what, Content content) {
        List<String> missing = new ArrayList<>();
        if (content != null) {
            content.forEach((type, media) -> {
                if (!hasExample(media)) {
                    missing.add(what + " " + type);
                }
            });
        }
        return missing;
    }

    private static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }
}
