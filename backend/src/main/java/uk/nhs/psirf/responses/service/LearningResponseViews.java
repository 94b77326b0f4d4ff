package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.people.persistence.PersonRepository;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.responses.api.AgreementView;
import uk.nhs.psirf.responses.api.ExtensionView;
import uk.nhs.psirf.responses.api.ExternalNotificationsView;
import uk.nhs.psirf.responses.api.LearningResponseSummary;
import uk.nhs.psirf.responses.api.LearningResponseView;
import uk.nhs.psirf.responses.api.OrganisationNotifiedView;
import uk.nhs.psirf.responses.api.PauseView;
import uk.nhs.psirf.responses.api.PersonRef;
import uk.nhs.psirf.responses.api.ResponseLink;
import uk.nhs.psirf.responses.api.TeamMemberView;
import uk.nhs.psirf.responses.api.TeamView;
import uk.nhs.psirf.responses.api.TimeframeView;
import uk.nhs.psirf.responses.api.VerificationView;
import uk.nhs.psirf.responses.domain.ExternalNotifications;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.domain.Timeframe;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LearningResponseViews {
    /** Who verified, where the name is not in the token (a service account). */
    private static final String CHIEF_NURSE = "Chief Nurse";

    private final EventLinks links;
    private final PersonRepository people;
    private final Clock clock;

    public LearningResponseViews(EventLinks links, PersonRepository people, Clock clock) {
        this.links = links;
        this.people = people;
        this.clock = clock;
    }

    public LearningResponseView detail(LearningResponse r) {
        VerificationView verification = r.verifiedAt() == null ? null : new VerificationView(
                r.verifiedByName() == null ? CHIEF_NURSE : r.verifiedByName(), r.verifiedAt(),
                r.verificationComment());
        return new LearningResponseView(r.id(), r.reference(), r.version(), r.type(), r.type().display(), r.status(),
                r.decisionId(), links.triageCase(r.caseId()).orElse(null), links.events(r.eventIds()),
                r.createdAt(), r.startedAt(), verification, notifications(r), team(r), timeframe(r), r.closedAt());
    }

    public LearningResponseSummary summary(LearningResponse r) {
        return new LearningResponseSummary(r.id(), r.reference(), r.type(), r.type().display(), r.status(),
                links.events(r.eventIds()), r.createdAt(), r.startedAt(), r.initialReportDueOn(),
                r.initialReportStatus(today()), person(r.leadPersonId()).map(PersonRef::name).orElse(null),
                timeframeOf(r).map(Timeframe::targetOn).orElse(null),
                timeframeOf(r).map(t -> t.dueStatus(today())).orElse(null));
    }

    public Optional<Timeframe> timeframeOf(LearningResponse r) {
        return r.timeframe(ClockProducer.UK, today());
    }

    private TeamView team(LearningResponse r) {
        return new TeamView(person(r.leadPersonId()).orElse(null), person(r.engagementLeadPersonId()).orElse(null),
                r.teamMembers().stream().map(m -> {
                    Optional<PersonRef> who = person(Optional.of(m.personId()));
                    return new TeamMemberView(m.personId(), who.map(PersonRef::name).orElse("Unknown person"),
                            who.map(PersonRef::jobRole).orElse(null), m.teamRole());
                }).toList());
    }

    private TimeframeView timeframe(LearningResponse r) {
        LocalDate today = today();
        return timeframeOf(r).map(t -> new TimeframeView(t.startedOn(), t.defaultTargetOn(), t.targetOn(),
                t.latestAllowedOn(), t.pausedDays(), t.dueStatus(today),
                r.pauses().stream().map(p -> new PauseView(p.startedOn(), p.reason(), p.resumedOn(), p.days(today)))
                        .toList(),
                r.extensions().stream().map(e -> new ExtensionView(e.previousTargetOn(), e.newTargetOn(), e.reason(),
                        e.agreedBy().stream().map(a -> new AgreementView(a.personAffectedId(), a.name(),
                                a.relationship())).toList(),
                        e.recordedByName(), e.recordedAt())).toList())).orElse(null);
    }

    private Optional<PersonRef> person(Optional<UUID> id) {
        return id.flatMap(people::find).map(p -> new PersonRef(p.id(), p.name(), p.jobRole()));
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
