package uk.nhs.psirf.people.domain;

import java.util.List;

import static uk.nhs.psirf.people.domain.TrainingRequirement.LEVEL_1;
import static uk.nhs.psirf.people.domain.TrainingRequirement.LEVEL_2;
import static uk.nhs.psirf.people.domain.TrainingRequirement.ONE_DAY_OVERSIGHT;
import static uk.nhs.psirf.people.domain.TrainingRequirement.SIX_HOURS_ENGAGEMENT;
import static uk.nhs.psirf.people.domain.TrainingRequirement.TWO_DAYS_LEARNING_FROM_INCIDENTS;

/**
 * The training policy §4 asks of each part someone plays in a learning response: a lead needs levels 1 and 2 and
 * two days of learning from incidents; an engagement lead six hours of engagement training; an overseer signing
 * off two days of learning from incidents and a day of oversight training.
 */
public enum TrainingRole {
    LEAD("lead a learning response", List.of(LEVEL_1, LEVEL_2, TWO_DAYS_LEARNING_FROM_INCIDENTS)),
    ENGAGEMENT_LEAD("lead engagement with those affected", List.of(SIX_HOURS_ENGAGEMENT)),
    OVERSEER("sign off a learning response", List.of(TWO_DAYS_LEARNING_FROM_INCIDENTS, ONE_DAY_OVERSIGHT));

    private final String description;
    private final List<TrainingRequirement> requirements;

    TrainingRole(String description, List<TrainingRequirement> requirements) {
        this.description = description;
        this.requirements = requirements;
    }

    public String description() {
        return description;
    }

    public List<TrainingRequirement> requirements() {
        return requirements;
    }

    /** The requirements this training does not meet, in the policy's order; empty when qualified. */
    public List<TrainingRequirement> gaps(Training training) {
        return TrainingRequirement.missing(requirements, training);
    }
}
