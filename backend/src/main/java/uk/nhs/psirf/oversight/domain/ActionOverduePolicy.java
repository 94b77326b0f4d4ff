package uk.nhs.psirf.oversight.domain;

import java.time.LocalDate;
import java.util.Set;

/** A safety action is overdue when it is still to be done (proposed, agreed or in progress) after its due date. */
public final class ActionOverduePolicy {
    private static final Set<String> OPEN = Set.of("proposed", "agreed", "in-progress");

    private ActionOverduePolicy() {
    }

    public static boolean isOverdue(String status, LocalDate dueOn, LocalDate today) {
        return OPEN.contains(status) && dueOn != null && dueOn.isBefore(today);
    }
}
