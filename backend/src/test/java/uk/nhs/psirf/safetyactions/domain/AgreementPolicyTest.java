package uk.nhs.psirf.safetyactions.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementPolicyTest {
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    @Test
    void an_action_without_an_owner_or_a_measure_cannot_be_agreed() {
        assertEquals(List.of("ownerPersonId"), AgreementPolicy.missing(null, List.of("Falls per 1000 bed days"), DUE));
        assertEquals(List.of("measures"), AgreementPolicy.missing(UUID.randomUUID(), List.of(), DUE));
        assertEquals(List.of("measures"), AgreementPolicy.missing(UUID.randomUUID(), List.of("  "), DUE));
        assertEquals(List.of("ownerPersonId", "measures", "dueOn"), AgreementPolicy.missing(null, null, null));
        assertFalse(AgreementPolicy.mayBeAgreed(UUID.randomUUID(), List.of("Audit of huddles"), null));
        assertTrue(AgreementPolicy.mayBeAgreed(UUID.randomUUID(), List.of("Audit of huddles"), DUE));
    }
}
