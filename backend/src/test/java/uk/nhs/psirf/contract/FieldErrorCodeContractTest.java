package uk.nhs.psirf.contract;

import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The field error codes the backend can emit are exactly the contract's {@code FieldErrorCode}, each one explained. */
class FieldErrorCodeContractTest {

    @Test
    void theCodesInCodeAreTheCodesInTheContract() {
        Set<String> inCode = Arrays.stream(FieldErrorCode.values()).map(FieldErrorCode::value)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(contractEnum()), inCode,
                "FieldErrorCode (Java) and the contract's FieldErrorCode schema differ");
    }

    @Test
    void theContractSaysWhatEachCodeMeans() {
        String description = schema().getDescription();
        List<String> unexplained = contractEnum().stream()
                .filter(code -> !description.contains("- `" + code + "`: ")).toList();
        assertTrue(unexplained.isEmpty(), "FieldErrorCode values without a line in its description: " + unexplained);
    }

    @Test
    void aFieldErrorsCodeIsAFieldErrorCode() {
        Schema<?> code = (Schema<?>) Contract.root().getComponents().getSchemas().get("FieldError").getProperties()
                .get("code");
        assertEquals("#/components/schemas/FieldErrorCode", code.get$ref());
    }

    private static List<String> contractEnum() {
        return schema().getEnum().stream().map(String::valueOf).toList();
    }

    private static Schema<?> schema() {
        return Contract.root().getComponents().getSchemas().get("FieldErrorCode");
    }
}
