package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.triage.DecidableEvent;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.responses.api.ExternalNotificationsInput;
import uk.nhs.psirf.responses.api.LearningResponseView;
import uk.nhs.psirf.responses.api.OrganisationNotifiedInput;
import uk.nhs.psirf.responses.api.PsiiVerificationInput;
import uk.nhs.psirf.responses.api.ResponseLink;
import uk.nhs.psirf.responses.domain.ExternalNotifications;
import uk.nhs.psirf.responses.domain.InitialReportPolicy;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.domain.NotificationDatesPolicy;
import uk.nhs.psirf.responses.domain.OpenResponsePolicy;
import uk.nhs.psirf.responses.domain.OrganisationNotified;
import uk.nhs.psirf.responses.domain.PsiiVerificationPolicy;
import uk.nhs.psirf.responses.persistence.LearningResponseRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases: an approved decision creates the learning response; the Chief Nurse verifies a PSII, which then starts;
 * a patient safety specialist records the notifications made outside the trust.
 */
@ApplicationScoped
public class LearningResponseService {
    public static final String ENTITY_TYPE = "learning-response";

    private final LearningResponseRepository responses;
    private final LearningResponseViews views;
    private final EventLinks links;
    private final Stamps stamps;
    private final AuditService audit;

    public LearningResponseService(LearningResponseRepository responses, LearningResponseViews views,
                                   EventLinks links, Stamps stamps, AuditService audit) {
        this.responses = responses;
        this.views = views;
        this.links = links;
        this.stamps = stamps;
        this.audit = audit;
    }

    /** The chair approved a decision for a learning response; joins the approval's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ResponseLink startFor(UUID decisionId, Optional<UUID> caseId, List<UUID> eventIds, ResponseType type) {
        Instant firstReported = links.facts(eventIds).stream().map(DecidableEvent::reportedAt)
                .min(Comparator.naturalOrder()).orElseThrow();
        Stamp now = stamps.current();
        String reference = reference(now.at().atZone(ClockProducer.UK).getYear(), responses.nextReferenceNumber());
        LearningResponse response = LearningResponse.create(reference, type, decisionId, caseId.orElse(null),
                eventIds, InitialReportPolicy.dueOn(firstReported), now);
        responses.add(response);
        responses.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, response.id().toString(), reference + " " + type.code()
                + " for decision " + decisionId + ", " + response.status().code());
        return LearningResponseViews.link(response);
    }

    @Transactional
    public LearningResponseView verify(UUID id, PsiiVerificationInput input) {
        LearningResponse response = find(id);
        PsiiVerificationPolicy.mayBeVerified(response).orThrow();
        requireVersion(response, input.version());
        response.verify(input.comment().strip(), stamps.current());
        responses.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, id.toString(), "verify PSII " + response.reference()
                + "; now " + response.status().code());
        return views.detail(response);
    }

    @Transactional
    public LearningResponseView recordNotifications(UUID id, ExternalNotificationsInput input) {
        LearningResponse response = find(id);
        OpenResponsePolicy.mayChange(response).orThrow();
        requireVersion(response, input.version());
        LocalDate earliestOccurred = links.facts(response.eventIds()).stream().map(DecidableEvent::occurredAt)
                .min(Comparator.naturalOrder()).orElseThrow().atZone(ClockProducer.UK).toLocalDate();
        ExternalNotifications notifications = checked(input, earliestOccurred);
        response.recordNotifications(notifications, stamps.current());
        responses.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, id.toString(), "external notifications of "
                + response.reference() + ": " + describe(notifications));
        return views.detail(response);
    }

    static String reference(int year, long number) {
        return String.format("LR-%d-%04d", year, number);
    }

    private ExternalNotifications checked(ExternalNotificationsInput input, LocalDate earliestOccurred) {
        LocalDate today = stamps.current().todayInUk();
        List<Verdict> dates = new ArrayList<>();
        dates.add(NotificationDatesPolicy.notInFuture("icbNotifiedOn", input.icbNotifiedOn(), today));
        dates.add(NotificationDatesPolicy.notInFuture("commissionerNotifiedOn", input.commissionerNotifiedOn(), today));
        dates.add(NotificationDatesPolicy.notInFuture("nhsEnglandNotifiedOn", input.nhsEnglandNotifiedOn(), today));
        dates.add(NotificationDatesPolicy.notInFuture("cqcNotifiedOn", input.cqcNotifiedOn(), today));
        List<OrganisationNotified> others = new ArrayList<>();
        List<OrganisationNotifiedInput> given = input.otherOrganisationsOrEmpty();
        for (int i = 0; i < given.size(); i++) {
            dates.add(NotificationDatesPolicy.notInFuture("otherOrganisations[" + i + "].notifiedOn",
                    given.get(i).notifiedOn(), today));
            others.add(new OrganisationNotified(given.get(i).name().strip(), given.get(i).notifiedOn()));
        }
        dates.add(NotificationDatesPolicy.notInFuture("initialReportSentOn", input.initialReportSentOn(), today));
        dates.add(NotificationDatesPolicy.notBeforeEvent(input.initialReportSentOn(), earliestOccurred));
        Verdict.all(dates).orThrow();
        return new ExternalNotifications(blankToNull(input.lfpseReference()), input.icbNotifiedOn(),
                input.commissionerNotifiedOn(), input.nhsEnglandNotifiedOn(), input.cqcNotifiedOn(), others,
                blankToNull(input.leadOrganisation()), input.initialReportSentOn());
    }

    private LearningResponse find(UUID id) {
        return responses.find(id).orElseThrow(() -> ApiException.notFound("The learning response"));
    }

    private static void requireVersion(LearningResponse response, long expected) {
        if (response.version() != expected) {
            throw ApiException.staleVersion();
        }
    }

    private static String describe(ExternalNotifications n) {
        return "lfpseReference=" + (n.lfpseReference() != null) + " icb=" + n.icbNotifiedOn()
                + " commissioner=" + n.commissionerNotifiedOn() + " nhsEngland=" + n.nhsEnglandNotifiedOn()
                + " cqc=" + n.cqcNotifiedOn() + " otherOrganisations=" + n.otherOrganisations().size()
                + " leadOrganisation=" + (n.leadOrganisation() != null)
                + " initialReportSentOn=" + n.initialReportSentOn();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
