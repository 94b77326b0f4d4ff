package uk.nhs.psirf.coaching.domain;

import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * Who sees a coaching contract and its records (issue 12 §8): the improvement advisor sees all coaching; a coach sees
 * and writes only the contracts they are a coach on ("a coach cannot read another coach's records"); the coachee (the
 * person coached, or the team's named contact) reads their own. Refusals are 403s for the record.
 */
public final class CoachingAccessPolicy {
    static final String NOT_YOURS = "Only the coaches, the coachee and the improvement advisors see this coaching";
    static final String NOT_YOUR_COACHING = "Only the contract's coaches write its records";

    private CoachingAccessPolicy() {
    }

    public static Verdict mayRead(boolean callerIsAdvisor, boolean callerCoaches, boolean callerIsCoachee) {
        return Verdict.allowedIf(callerIsAdvisor || callerCoaches || callerIsCoachee,
                () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_YOURS));
    }

    public static Verdict mayWrite(boolean callerCoaches) {
        return Verdict.allowedIf(callerCoaches, () -> Verdict.refused(ProblemCode.FORBIDDEN, NOT_YOUR_COACHING));
    }
}
