package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A referral says where it goes, and only a referral does." */
class ReferralPolicyTest {

    @Test
    void a_referral_says_where_it_goes_and_only_a_referral_does() {
        Verdict noTarget = ReferralPolicy.target(ResponseType.REFERRAL, null);
        assertEquals(ProblemCode.VALIDATION_FAILED, noTarget.code());
        assertEquals("referralTo", noTarget.field());
        assertEquals(FieldErrorCode.REQUIRED, noTarget.fieldCode());
        assertEquals("Select where the referral goes", noTarget.reason());
        assertTrue(ReferralPolicy.target(ResponseType.REFERRAL, ReferralTarget.POLICE).isAllowed());

        Verdict notAReferral = ReferralPolicy.target(ResponseType.PSII, ReferralTarget.POLICE);
        assertEquals("referralTo", notAReferral.field());
        assertEquals(FieldErrorCode.NOT_A_REFERRAL, notAReferral.fieldCode());
        assertEquals("Only a referral goes to another process", notAReferral.reason());
        assertTrue(ReferralPolicy.target(ResponseType.PSII, null).isAllowed());
    }
}
