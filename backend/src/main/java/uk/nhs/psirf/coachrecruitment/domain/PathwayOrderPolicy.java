package uk.nhs.psirf.coachrecruitment.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.Set;

/**
 * The order of the recruitment pathway (000_* §4 a: the prospective coach "will be provided with the job description
 * ... [and] will require the support and sign off from the clinical director ... and the people participation
 * department prior to applying for the ICP"; Appendix 1): a step cannot be signed off before the step it depends on,
 * a step is signed once, and a candidate who has withdrawn has nothing more recorded. A withdrawal is possible at any
 * point until the pathway is complete (the candidate is then a coach on the register).
 */
public final class PathwayOrderPolicy {
    private PathwayOrderPolicy() {
    }

    /** May this step be signed off now, given the steps already signed and whether the candidate withdrew? */
    public static Verdict maySign(RecruitmentStep step, Set<RecruitmentStep> signed, boolean withdrawn) {
        if (withdrawn) {
            return Verdict.conflict("step", FieldErrorCode.CANDIDATE_WITHDRAWN,
                    "The candidate has withdrawn: nothing more is recorded on their pathway");
        }
        if (signed.contains(step)) {
            return Verdict.conflict("step", FieldErrorCode.ALREADY_SIGNED,
                    step.title() + " has already been signed off");
        }
        RecruitmentStep waiting = firstWaiting(signed);
        return Verdict.allowedIf(waiting == step, () -> Verdict.conflict("step", FieldErrorCode.STEP_WAITING,
                waiting.title() + " is waiting: it comes before " + lowerFirst(step.title())));
    }

    /** May the candidate withdraw now? Not twice, and not once inducted (they are then a coach). */
    public static Verdict mayWithdraw(Set<RecruitmentStep> signed, boolean withdrawn) {
        if (withdrawn) {
            return Verdict.conflict("withdrawnOn", FieldErrorCode.CANDIDATE_WITHDRAWN,
                    "The candidate has already withdrawn");
        }
        return Verdict.allowedIf(!signed.contains(RecruitmentStep.INDUCTION), () -> Verdict.conflict("withdrawnOn",
                FieldErrorCode.PATHWAY_COMPLETE, "The candidate has completed the pathway and is now a coach"));
    }

    /** The first step not yet signed, in pathway order; null when every step is signed. */
    public static RecruitmentStep firstWaiting(Set<RecruitmentStep> signed) {
        for (RecruitmentStep step : RecruitmentStep.values()) {
            if (!signed.contains(step)) {
                return step;
            }
        }
        return null;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
