package uk.nhs.psirf.qiprojects.api;

import java.util.List;

/** Whom a project may name: the current coaches of the register and the active people of the directory. */
public record ProjectOptions(List<CoachOption> coaches, List<PersonOption> people) {
    /** A person of the directory (staff, never a patient): enough to pick them as sponsor or team member. */
    public record PersonOption(String personId, String name, String jobRole) {
    }
}
