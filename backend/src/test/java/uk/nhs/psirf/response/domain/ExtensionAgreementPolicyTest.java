package uk.nhs.psirf.response.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Any extension to timescales will be agreed with those affected" (policy §13). */
class ExtensionAgreementPolicyTest {
    @Test
    void an_extension_needs_the_agreement_of_those_affected_to_be_recorded() {
        assertFalse(ExtensionAgreementPolicy.isAgreed(List.of()));
        assertFalse(ExtensionAgreementPolicy.isAgreed(List.of(new Agreement("Jo Bloggs", " "))));
        assertTrue(ExtensionAgreementPolicy.isAgreed(List.of(new Agreement("Jo Bloggs", "Patient's daughter"))));
    }
}
