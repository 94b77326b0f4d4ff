package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A referral says where it goes, and only a referral does." */
class ReferralPolicyTest {

    @Test
    void a_referral_says_where_it_goes_and_only_a_referral_does() {
        assertTrue(ReferralPolicy.needsTarget(ResponseType.REFERRAL, null));
        assertFalse(ReferralPolicy.needsTarget(ResponseType.REFERRAL, ReferralTarget.POLICE));
        assertTrue(ReferralPolicy.targetNotExpected(ResponseType.PSII, ReferralTarget.POLICE));
        assertFalse(ReferralPolicy.targetNotExpected(ResponseType.PSII, null));
    }
}
