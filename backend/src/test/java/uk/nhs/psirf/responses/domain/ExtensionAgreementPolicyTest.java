package uk.nhs.psirf.responses.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Any extension to timescales will be agreed with those affected" (policy §13). */
class ExtensionAgreementPolicyTest {
    @Test
    void an_extension_needs_the_agreement_of_those_affected_to_be_recorded() {
        assertFalse(ExtensionAgreementPolicy.isAgreed(List.of()));
        assertTrue(ExtensionAgreementPolicy.isAgreed(List.of(new Agreement(UUID.randomUUID(), "Jo Bloggs",
                "Family member"))));
    }

    @Test
    void those_who_agree_are_people_affected_recorded_on_the_response_not_names_typed_in() {
        assertFalse(ExtensionAgreementPolicy.isAgreed(List.of(new Agreement(null, "Jo Bloggs",
                "Patient's daughter"))));
    }
}
