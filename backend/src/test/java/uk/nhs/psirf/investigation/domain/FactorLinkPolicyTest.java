package uk.nhs.psirf.investigation.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A contributory factor may point only at an entry of the same response's chronology." */
class FactorLinkPolicyTest {

    @Test
    void a_contributory_factor_may_link_only_to_an_entry_of_the_same_chronology() {
        UUID entry = UUID.randomUUID();
        assertTrue(FactorLinkPolicy.mayLink("factors[0].chronologyEntryId", entry, Set.of(entry)).isAllowed());
        assertTrue(FactorLinkPolicy.mayLink("factors[0].chronologyEntryId", null, Set.of(entry)).isAllowed());
        Verdict verdict = FactorLinkPolicy.mayLink("factors[2].chronologyEntryId", UUID.randomUUID(), Set.of(entry));
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code());
        assertEquals("factors[2].chronologyEntryId", verdict.field());
        assertEquals(FieldErrorCode.UNKNOWN_ENTRY, verdict.fieldCode());
        assertEquals("Select an entry of this response's chronology", verdict.reason());
    }
}
