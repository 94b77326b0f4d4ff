package uk.nhs.psirf.responseplan.domain;

import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Plan versions built in memory for the policy tests. */
final class Plans {
    static final Instant AT = Instant.parse("2026-11-23T12:00:00Z");
    static final Stamp PAT = new Stamp("sub-pat", "Pat Specialist", AT);
    static final Stamp CHRIS = new Stamp("sub-chris", "Chris Chief-Nurse", AT);
    private static int number;

    private Plans() {
    }

    static PlanPeriod period(String from, String to) {
        return new PlanPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    static EqualityImpact assessment(Impact impactOnEveryGroup, FullAssessment full) {
        List<GroupImpact> groups = new ArrayList<>();
        Arrays.stream(EqualityGroup.values()).forEach(g -> groups.add(new GroupImpact(g, impactOnEveryGroup, null)));
        return new EqualityImpact("Kate Howard", "Chief Nurse", LocalDate.parse("2026-08-01"), groups, full);
    }

    static EqualityImpact withOneNegative(FullAssessment full) {
        List<GroupImpact> groups = new ArrayList<>(assessment(Impact.POSITIVE, null).groups());
        groups.set(2, new GroupImpact(EqualityGroup.RACE, Impact.NEGATIVE, "Leaflets only in English"));
        return new EqualityImpact("Kate Howard", "Chief Nurse", LocalDate.parse("2026-08-01"), groups, full);
    }

    static PlanVersion draft(PlanPeriod period) {
        PlanContent content = new PlanContent(period, period.from().plusMonths(6), List.of(),
                assessment(Impact.POSITIVE, null));
        return PlanVersion.draft(++number, content, PAT);
    }

    static PlanVersion approved(PlanPeriod period) {
        PlanVersion version = draft(period);
        InForcePolicy.approve(version, java.util.Optional.empty(), CHRIS, () -> { });
        return version;
    }
}
