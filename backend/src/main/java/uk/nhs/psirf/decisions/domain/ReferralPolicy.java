package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.rules.Verdict;

/** A referral says which process it goes to; any other response has no referral target. */
public final class ReferralPolicy {
    private ReferralPolicy() {
    }

    public static Verdict target(ResponseType responseType, ReferralTarget target) {
        if (responseType == ResponseType.REFERRAL && target == null) {
            return Verdict.invalid("referralTo", FieldErrorCode.REQUIRED, "Select where the referral goes");
        }
        if (responseType != ResponseType.REFERRAL && target != null) {
            return Verdict.invalid("referralTo", FieldErrorCode.NOT_A_REFERRAL,
                    "Only a referral goes to another process");
        }
        return Verdict.allowed();
    }
}
