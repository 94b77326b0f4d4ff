package uk.nhs.psirf.people.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrainingRoleTest {
    private static final LocalDate DONE = LocalDate.of(2026, 3, 1);

    private static Training training(LocalDate level1, LocalDate level2, double incidentDays, double engagementHours,
                                     double oversightDays) {
        return new Training(level1, level2, BigDecimal.valueOf(incidentDays), BigDecimal.valueOf(engagementHours),
                BigDecimal.valueOf(oversightDays));
    }

    @Test
    void a_lead_without_level_2_training_cannot_be_assigned() {
        assertEquals(List.of(TrainingRequirement.LEVEL_2), TrainingRole.LEAD.gaps(training(DONE, null, 2, 0, 0)));
        assertEquals(List.of(), TrainingRole.LEAD.gaps(training(DONE, DONE, 2, 0, 0)));
    }

    @Test
    void a_lead_needs_two_days_of_learning_from_incidents_training() {
        assertEquals(List.of(TrainingRequirement.TWO_DAYS_LEARNING_FROM_INCIDENTS),
                TrainingRole.LEAD.gaps(training(DONE, DONE, 1.5, 0, 0)));
    }

    @Test
    void an_engagement_lead_needs_six_hours_of_engagement_training() {
        assertEquals(List.of(TrainingRequirement.SIX_HOURS_ENGAGEMENT),
                TrainingRole.ENGAGEMENT_LEAD.gaps(training(null, null, 0, 5.5, 0)));
        assertEquals(List.of(), TrainingRole.ENGAGEMENT_LEAD.gaps(training(null, null, 0, 6, 0)));
    }

    @Test
    void an_overseer_needs_two_days_of_learning_from_incidents_and_a_day_of_oversight_training() {
        assertEquals(List.of(TrainingRequirement.TWO_DAYS_LEARNING_FROM_INCIDENTS, TrainingRequirement.ONE_DAY_OVERSIGHT),
                TrainingRole.OVERSEER.gaps(Training.NONE));
        assertEquals(List.of(), TrainingRole.OVERSEER.gaps(training(null, null, 2, 0, 1)));
    }
}
