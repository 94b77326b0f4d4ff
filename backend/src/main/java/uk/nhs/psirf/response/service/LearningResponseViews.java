package uk.nhs.psirf.response.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.response.api.ExternalNotificationsView;
import uk.nhs.psirf.response.api.LearningResponseSummary;
import uk.nhs.psirf.response.api.LearningResponseView;
import uk.nhs.psirf.response.api.OrganisationNotifiedView;
import uk.nhs.psirf.response.api.ResponseLink;
import uk.nhs.psirf.response.api.VerificationView;
import uk.nhs.psirf.response.domain.ExternalNotifications;
import uk.nhs.psirf.response.domain.LearningResponse;

import java.time.Clock;
import java.time.LocalDate;

@ApplicationScoped
public class LearningResponseViews {
    /** Who verified, where the name is not in the token (a service account). */
    private static final String CHIEF_NURSE = "Chief Nurse";

    private final EventLinks links;
    private final Clock clock;

    public LearningResponseViews(EventLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    public LearningResponseView detail(LearningResponse r) {
        VerificationView verification = r.verifiedAt() == null ? null : new VerificationView(
                r.verifiedByName() == null ? CHIEF_NURSE : r.verifiedByName(), r.verifiedAt(),
                r.verificationComment());
        return new LearningResponseView(r.id(), r.reference(), r.version(), r.type(), r.type().display(), r.status(),
                r.decisionId(), links.triageCase(r.caseId()).orElse(null), links.events(r.eventIds()),
                r.createdAt(), r.startedAt(), verification, notifications(r), r.closedAt());
    }

    public LearningResponseSummary summary(LearningResponse r) {
        return new LearningResponseSummary(r.id(), r.reference(), r.type(), r.type().display(), r.status(),
                links.events(r.eventIds()), r.createdAt(), r.startedAt(), r.initialReportDueOn(),
                r.initialReportStatus(today()));
    }

    public static ResponseLink link(LearningResponse r) {
        return new ResponseLink(r.id(), r.reference(), r.type(), r.status());
    }

    private ExternalNotificationsView notifications(LearningResponse r) {
        ExternalNotifications n = r.notifications();
        return new ExternalNotificationsView(n.lfpseReference(), n.icbNotifiedOn(), n.commissionerNotifiedOn(),
                n.nhsEnglandNotifiedOn(), n.cqcNotifiedOn(),
                n.otherOrganisations().stream().map(o -> new OrganisationNotifiedView(o.name(), o.notifiedOn()))
                        .toList(),
                n.leadOrganisation(), r.initialReportDueOn(), n.initialReportSentOn(),
                r.initialReportStatus(today()));
    }

    private LocalDate today() {
        return Times.now(clock).atZone(ClockProducer.UK).toLocalDate();
    }
}
