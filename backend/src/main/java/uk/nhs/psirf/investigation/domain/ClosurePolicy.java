package uk.nhs.psirf.investigation.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;

import uk.nhs.psirf.platform.rules.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * A learning response closes only with a final report (a summary and at least one finding), once the draft was
 * shared with those affected or it is recorded why not, and with the sign-off of an overseer who is trained in
 * oversight (policy §4, §13).
 */
public final class ClosurePolicy {
    private ClosurePolicy() {
    }

    /** The steps still open, in the order they are done; empty when the response may close. */
    public static List<OpenStep> openSteps(Investigation investigation, boolean overseerTrained) {
        List<OpenStep> open = new ArrayList<>();
        if (!hasFinalReport(investigation)) {
            open.add(OpenStep.FINAL_REPORT);
        }
        if (investigation.draftSharings().isEmpty() && isBlank(investigation.draftNotSharedReason())) {
            open.add(OpenStep.DRAFT_SHARED);
        }
        if (investigation.overseerPersonId().isEmpty() || !overseerTrained) {
            open.add(OpenStep.OVERSIGHT_SIGN_OFF);
        }
        return open;
    }

    /** Refused naming each open step, so the page lists everything still to do at once. */
    public static Verdict mayClose(Investigation investigation, boolean overseerTrained) {
        return Verdict.all(openSteps(investigation, overseerTrained).stream()
                .map(step -> Verdict.invalid(step.field(), FieldErrorCode.OPEN_STEP, step.message())).toList());
    }

    /** A fact about the content: it holds a final report (a summary and at least one finding). */
    public static boolean hasFinalReport(Investigation investigation) {
        return !isBlank(investigation.reportSummary()) && !investigation.findings().isEmpty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
