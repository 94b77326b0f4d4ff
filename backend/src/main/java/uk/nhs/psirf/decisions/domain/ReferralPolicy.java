package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.kernel.ResponseType;

/** A referral says which process it goes to; any other response has no referral target. */
public final class ReferralPolicy {
    private ReferralPolicy() {
    }

    public static boolean needsTarget(ResponseType responseType, ReferralTarget target) {
        return responseType == ResponseType.REFERRAL && target == null;
    }

    public static boolean targetNotExpected(ResponseType responseType, ReferralTarget target) {
        return responseType != ResponseType.REFERRAL && target != null;
    }
}
