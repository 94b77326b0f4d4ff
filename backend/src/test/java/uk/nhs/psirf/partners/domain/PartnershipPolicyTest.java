package uk.nhs.psirf.partners.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartnershipPolicyTest {
    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    @Test
    void a_partner_cannot_be_their_own_named_supporting_individual() {
        UUID partner = UUID.randomUUID();
        assertFalse(PartnershipPolicy.supporterIsSomeoneElse(partner, partner));
        assertTrue(PartnershipPolicy.supporterIsSomeoneElse(partner, UUID.randomUUID()));
    }

    @Test
    void a_partnership_cannot_end_before_it_started() {
        assertFalse(PartnershipPolicy.endsOnOrAfterStart(START, START.minusDays(1)));
        assertTrue(PartnershipPolicy.endsOnOrAfterStart(START, START));
        assertTrue(PartnershipPolicy.endsOnOrAfterStart(START, null));
    }

    @Test
    void a_partnership_is_current_from_its_start_to_its_end_date_inclusive() {
        assertFalse(PartnershipPolicy.isCurrent(START, null, START.minusDays(1)));
        assertTrue(PartnershipPolicy.isCurrent(START, null, START));
        assertTrue(PartnershipPolicy.isCurrent(START, START.plusDays(10), START.plusDays(10)));
        assertFalse(PartnershipPolicy.isCurrent(START, START.plusDays(10), START.plusDays(11)));
    }
}
