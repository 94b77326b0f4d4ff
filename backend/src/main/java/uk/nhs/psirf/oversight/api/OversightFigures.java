package uk.nhs.psirf.oversight.api;

import java.util.List;

/** The group's work in numbers, for everyone who may see the group. */
public record OversightFigures(List<CountView> responsesByStatus, List<CountView> responsesByType,
                               long overdueResponses, List<CountView> actionsByStatus, long overdueActions,
                               long notEffectiveActions, long plansOpen, long plansClosed) {
}
