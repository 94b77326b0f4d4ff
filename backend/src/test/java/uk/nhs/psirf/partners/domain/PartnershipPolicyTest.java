package uk.nhs.psirf.partners.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy §3.7: a partner "is supported by a named individual in the trust", someone other than themselves. */
class PartnershipPolicyTest {
    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    @Test
    void a_partner_cannot_be_their_own_named_supporting_individual() {
        UUID partner = UUID.randomUUID();
        Verdict self = PartnershipPolicy.supporterIsSomeoneElse(partner, partner);
        assertEquals(ProblemCode.VALIDATION_FAILED, self.code());
        assertEquals("supporterPersonId", self.field());
        assertEquals(FieldErrorCode.SUPPORTER_IS_PARTNER, self.fieldCode());
        assertEquals("The named supporting individual must be someone other than the partner", self.reason());
        assertTrue(PartnershipPolicy.supporterIsSomeoneElse(partner, UUID.randomUUID()).isAllowed());
    }

    @Test
    void a_partnership_cannot_end_before_it_started() {
        Verdict early = PartnershipPolicy.endsOnOrAfterStart(START, START.minusDays(1));
        assertEquals(ProblemCode.VALIDATION_FAILED, early.code());
        assertEquals("endedOn", early.field());
        assertEquals(FieldErrorCode.END_BEFORE_START, early.fieldCode());
        assertEquals("The end date must be the same as or after the start date", early.reason());
        assertTrue(PartnershipPolicy.endsOnOrAfterStart(START, START).isAllowed());
        assertTrue(PartnershipPolicy.endsOnOrAfterStart(START, null).isAllowed());
    }

    @Test
    void a_partnership_is_current_from_its_start_to_its_end_date_inclusive() {
        assertFalse(PartnershipPolicy.isCurrent(START, null, START.minusDays(1)));
        assertTrue(PartnershipPolicy.isCurrent(START, null, START));
        assertTrue(PartnershipPolicy.isCurrent(START, START.plusDays(10), START.plusDays(10)));
        assertFalse(PartnershipPolicy.isCurrent(START, START.plusDays(10), START.plusDays(11)));
    }
}
