package uk.nhs.psirf.decisions.domain;

import java.util.List;

/** The panel has exactly one chair, a senior member who approves the minuted decision (policy §12.3). */
public final class PanelChairPolicy {
    private PanelChairPolicy() {
    }

    public static boolean hasExactlyOneChair(List<PanelMember> panel) {
        return panel.stream().filter(PanelMember::chair).count() == 1;
    }
}
