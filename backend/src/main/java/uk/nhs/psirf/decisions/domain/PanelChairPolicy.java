package uk.nhs.psirf.decisions.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.List;

/** The panel has exactly one chair, a senior member who approves the minuted decision (policy §12.3). */
public final class PanelChairPolicy {
    private PanelChairPolicy() {
    }

    public static Verdict hasExactlyOneChair(List<PanelMember> panel) {
        return Verdict.allowedIf(panel.stream().filter(PanelMember::chair).count() == 1,
                () -> Verdict.invalid("panelMembers", FieldErrorCode.ONE_CHAIR_REQUIRED,
                        "Mark exactly one panel member as the chair"));
    }
}
