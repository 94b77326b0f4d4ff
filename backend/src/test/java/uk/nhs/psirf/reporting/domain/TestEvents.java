package uk.nhs.psirf.reporting.domain;

import uk.nhs.psirf.reference.EventType;

import java.time.Instant;
import java.util.List;

/** Events built in memory for policy tests. */
public final class TestEvents {
    private TestEvents() {
    }

    public static PatientSafetyEvent reportedBy(String reporterKey, boolean anonymous) {
        Reporter reporter = anonymous ? Reporter.anonymous(reporterKey) : Reporter.named("sub", "Sam Staff", reporterKey);
        EventFacts facts = new EventFacts(EventType.INCIDENT, Instant.parse("2026-11-20T14:30:00Z"), null, null, 4, 4,
                "What happened", null, null, List.of());
        return PatientSafetyEvent.report("PSE-2026-000001", reporter, anonymous, facts, Instant.parse("2026-11-20T15:00:00Z"));
    }
}
