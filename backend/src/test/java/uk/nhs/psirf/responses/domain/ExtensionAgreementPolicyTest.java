package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Any extension to timescales will be agreed with those affected" (policy §13). */
class ExtensionAgreementPolicyTest {
    @Test
    void an_extension_needs_the_agreement_of_those_affected_to_be_recorded() {
        assertAgreementMissing(ExtensionAgreementPolicy.isAgreed(List.of()));
        assertTrue(ExtensionAgreementPolicy.isAgreed(List.of(new Agreement(UUID.randomUUID(), "Jo Bloggs",
                "Family member"))).isAllowed());
    }

    @Test
    void those_who_agree_are_people_affected_recorded_on_the_response_not_names_typed_in() {
        assertAgreementMissing(ExtensionAgreementPolicy.isAgreed(List.of(new Agreement(null, "Jo Bloggs",
                "Patient's daughter"))));
    }

    private static void assertAgreementMissing(Verdict verdict) {
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals("agreedBy", verdict.field());
        assertEquals(FieldErrorCode.AGREEMENT_MISSING, verdict.fieldCode());
        assertEquals("Record who among the people affected agreed to the extension", verdict.reason());
    }
}
