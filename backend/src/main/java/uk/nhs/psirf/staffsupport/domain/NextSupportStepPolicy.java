package uk.nhs.psirf.staffsupport.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The next step of a member of staff's support is the first step of Appendix 2, in the order the flow runs, that has
 * no date done; a step with only a note is not done. None once every step is done.
 */
public final class NextSupportStepPolicy {
    private NextSupportStepPolicy() {
    }

    public static Optional<SupportStep> next(Collection<SupportStepRecord> recorded) {
        Set<SupportStep> done = recorded.stream().filter(r -> r.doneOn() != null).map(SupportStepRecord::step)
                .collect(Collectors.toSet());
        return Arrays.stream(SupportStep.values()).filter(s -> !done.contains(s)).findFirst();
    }
}
