package uk.nhs.psirf.improvementplans.domain;

import uk.nhs.psirf.safetyactions.domain.OverduePolicy;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How a plan's progress is counted: cancelled actions are left out; overdue is the actions' own rule
 * ({@link OverduePolicy}); an action whose latest effectiveness review found it not effective counts as not effective.
 */
public final class ProgressPolicy {
    private ProgressPolicy() {
    }

    public static Progress count(Collection<ActionRow> actions, int responses, LocalDate today) {
        int counted = 0;
        int completed = 0;
        int overdue = 0;
        int notEffective = 0;
        for (ActionRow action : actions) {
            if (ActionRow.CANCELLED.equals(action.status())) {
                continue;
            }
            counted++;
            if (ActionRow.COMPLETED.equals(action.status())) {
                completed++;
            }
            if (OverduePolicy.isOverdue(action.status(), action.dueOn(), today)) {
                overdue++;
            }
            if (ActionRow.NOT_EFFECTIVE.equals(action.effectiveness())) {
                notEffective++;
            }
        }
        return new Progress(counted, completed, overdue, notEffective, responses);
    }
}
