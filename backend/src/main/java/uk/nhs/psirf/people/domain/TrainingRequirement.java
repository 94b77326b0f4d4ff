package uk.nhs.psirf.people.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/** One requirement of policy §4, with the words that say what is missing. */
public enum TrainingRequirement {
    LEVEL_1("level-1", "Level 1 of the patient safety syllabus is not recorded",
            t -> t.level1CompletedOn() != null),
    LEVEL_2("level-2", "Level 2 of the patient safety syllabus is not recorded",
            t -> t.level2CompletedOn() != null),
    TWO_DAYS_LEARNING_FROM_INCIDENTS("two-days-learning-from-incidents",
            "At least 2 days of formal training in learning from patient safety incidents are needed",
            t -> t.learningFromIncidentsDays().compareTo(BigDecimal.valueOf(2)) >= 0),
    SIX_HOURS_ENGAGEMENT("six-hours-engagement",
            "At least 6 hours of training in involving those affected by patient safety incidents are needed",
            t -> t.engagementTrainingHours().compareTo(BigDecimal.valueOf(6)) >= 0),
    ONE_DAY_OVERSIGHT("one-day-oversight", "At least 1 day of oversight training is needed",
            t -> t.oversightTrainingDays().compareTo(BigDecimal.ONE) >= 0);

    private final String code;
    private final String message;
    private final Predicate<Training> met;

    TrainingRequirement(String code, String message, Predicate<Training> met) {
        this.code = code;
        this.message = message;
        this.met = met;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public boolean metBy(Training training) {
        return met.test(training);
    }

    public static List<TrainingRequirement> missing(List<TrainingRequirement> required, Training training) {
        return required.stream().filter(r -> !r.metBy(training)).toList();
    }
}
