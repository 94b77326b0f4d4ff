package uk.nhs.psirf.people.domain;

import java.util.Arrays;
import java.util.Optional;

/** The codes the contract uses for {@link TrainingRole}: {@code lead}, {@code engagement-lead}, {@code overseer}. */
public final class TrainingRoleCodes {
    private TrainingRoleCodes() {
    }

    public static String code(TrainingRole role) {
        return role.name().toLowerCase().replace('_', '-');
    }

    public static Optional<TrainingRole> fromCode(String code) {
        return Arrays.stream(TrainingRole.values()).filter(r -> code(r).equals(code)).findFirst();
    }
}
