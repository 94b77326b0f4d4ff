package uk.nhs.psirf.coaching.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * The ground rules of the coaching contract (004_*) are accepted by both sides, each acceptance by the person signed
 * in on that side: "a contract cannot start until both sides have accepted the ground rules" (issue 12). No session
 * is held on a contract before then, and none after it has ended.
 */
public final class GroundRulesPolicy {
    static final String NOT_AGREED = "The coaching cannot start until both sides have accepted the ground rules";
    static final String ENDED = "The coaching contract has ended";

    private GroundRulesPolicy() {
    }

    /** A session may be held (recorded as held) only on an agreed contract that has not ended. */
    public static Verdict mayHoldSession(ContractStatus status) {
        if (status == ContractStatus.DRAFT) {
            return Verdict.conflict("status", FieldErrorCode.NOT_AGREED, NOT_AGREED);
        }
        return Verdict.allowedIf(status != ContractStatus.ENDED,
                () -> Verdict.conflict("status", FieldErrorCode.CONTRACT_ENDED, ENDED));
    }

    /** One side accepts once, while the contract is a draft. */
    public static Verdict mayAccept(Side side, boolean alreadyAccepted, ContractStatus status) {
        return Verdict.allowedIf(!alreadyAccepted && status == ContractStatus.DRAFT, () -> Verdict.conflict("side",
                FieldErrorCode.ALREADY_ACCEPTED, "The " + side.code() + " side has already accepted the ground rules"));
    }
}
