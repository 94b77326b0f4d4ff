package uk.nhs.psirf.safetyactions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policy §16.1: "The implementation and effectiveness of all safety actions are monitored, and a named individual is
 * identified with responsibility for this"; §15.1: safety actions have "associated measure(s)".
 */
class AgreementPolicyTest {
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    @Test
    void an_action_without_an_owner_or_a_measure_cannot_be_agreed() {
        assertEquals(List.of("ownerPersonId"), AgreementPolicy.missing(null, List.of("Falls per 1000 bed days"), DUE));
        assertEquals(List.of("measures"), AgreementPolicy.missing(UUID.randomUUID(), List.of("  "), DUE));
        assertEquals(List.of("ownerPersonId", "measures", "dueOn"), AgreementPolicy.missing(null, null, null));

        Verdict noOwner = AgreementPolicy.mayBeAgreed(null, List.of("Falls per 1000 bed days"), DUE);
        assertEquals(ProblemCode.VALIDATION_FAILED, noOwner.code());
        assertEquals("ownerPersonId", noOwner.field());
        assertEquals(FieldErrorCode.REQUIRED, noOwner.fieldCode());
        assertEquals("Select the owner of the action before it is agreed", noOwner.reason());

        Verdict noMeasure = AgreementPolicy.keepsWhatAgreementNeeds(UUID.randomUUID(), List.of(), DUE);
        assertEquals("measures", noMeasure.field());
        assertEquals(FieldErrorCode.REQUIRED, noMeasure.fieldCode());
        assertEquals("An agreed action must keep at least one measure", noMeasure.reason());

        assertEquals(List.of("ownerPersonId", "measures", "dueOn"), AgreementPolicy.mayBeAgreed(null, null, null)
                .errors().stream().map(e -> e.field()).toList());
        assertTrue(AgreementPolicy.mayBeAgreed(UUID.randomUUID(), List.of("Audit of huddles"), DUE).isAllowed());
    }
}
