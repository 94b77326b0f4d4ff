package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.incident.service.DecidableEvent;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.Problem;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.responses.api.ExternalNotificationsInput;
import uk.nhs.psirf.responses.api.LearningResponseView;
import uk.nhs.psirf.responses.api.OrganisationNotifiedInput;
import uk.nhs.psirf.responses.api.PsiiVerificationInput;
import uk.nhs.psirf.responses.api.ResponseLink;
import uk.nhs.psirf.responses.domain.ExternalNotifications;
import uk.nhs.psirf.responses.domain.InitialReportPolicy;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.domain.NotificationDatesPolicy;
import uk.nhs.psirf.responses.domain.OrganisationNotified;
import uk.nhs.psirf.responses.domain.PsiiVerificationPolicy;
import uk.nhs.psirf.responses.persistence.LearningResponseRepository;

import java.time.Clock;
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
    public static final String NOT_PSII = "not-psii";
    public static final String BEFORE_EVENT = "before-event";

    private final LearningResponseRepository responses;
    private final LearningResponseViews views;
    private final EventLinks links;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    public LearningResponseService(LearningResponseRepository responses, LearningResponseViews views,
                                   EventLinks links, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.responses = responses;
        this.views = views;
        this.links = links;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The chair approved a decision for a learning response; joins the approval's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ResponseLink startFor(UUID decisionId, Optional<UUID> caseId, List<UUID> eventIds, ResponseType type) {
        Instant firstReported = links.facts(eventIds).stream().map(DecidableEvent::reportedAt)
                .min(Comparator.naturalOrder()).orElseThrow();
        Instant now = Times.now(clock);
        String reference = reference(now.atZone(ClockProducer.UK).getYear(), responses.nextReferenceNumber());
        LearningResponse response = LearningResponse.create(reference, type, decisionId, caseId.orElse(null),
                eventIds, InitialReportPolicy.dueOn(firstReported), currentUser.sub(), currentUser.name(), now);
        responses.add(response);
        responses.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, response.id().toString(), reference + " " + type.code()
                + " for decision " + decisionId + ", " + response.status().code());
        return LearningResponseViews.link(response);
    }

    @Transactional
    public LearningResponseView verify(UUID id, PsiiVerificationInput input) {
        LearningResponse response = find(id);
        if (response.type() != ResponseType.PSII) {
            throw new ValidationFailedException(List.of(new FieldError("responseId", NOT_PSII,
                    response.reference() + " is a " + response.type().display().toLowerCase()
                            + "; only a PSII is verified")));
        }
        if (!PsiiVerificationPolicy.mayBeVerified(response)) {
            throw new ApiException(Problem.of(ProblemCode.CONFLICT, response.reference() + " is already verified."));
        }
        requireVersion(response, input.version());
        response.verify(currentUser.sub(), currentUser.name(), input.comment().strip(), Times.now(clock));
        responses.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, id.toString(), "verify PSII " + response.reference()
                + "; now " + response.status().code());
        return views.detail(response);
    }

    @Transactional
    public LearningResponseView recordNotifications(UUID id, ExternalNotificationsInput input) {
        LearningResponse response = find(id);
        requireOpen(response);
        requireVersion(response, input.version());
        LocalDate earliestOccurred = links.facts(response.eventIds()).stream().map(DecidableEvent::occurredAt)
                .min(Comparator.naturalOrder()).orElseThrow().atZone(ClockProducer.UK).toLocalDate();
        ExternalNotifications notifications = checked(input, earliestOccurred);
        response.recordNotifications(notifications, currentUser.sub(), currentUser.name(), Times.now(clock));
        responses.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, id.toString(), "external notifications of "
                + response.reference() + ": " + describe(notifications));
        return views.detail(response);
    }

    static String reference(int year, long number) {
        return String.format("LR-%d-%04d", year, number);
    }

    private ExternalNotifications checked(ExternalNotificationsInput input, LocalDate earliestOccurred) {
        LocalDate today = Times.now(clock).atZone(ClockProducer.UK).toLocalDate();
        List<FieldError> errors = new ArrayList<>();
        notInFuture("icbNotifiedOn", input.icbNotifiedOn(), today, errors);
        notInFuture("commissionerNotifiedOn", input.commissionerNotifiedOn(), today, errors);
        notInFuture("nhsEnglandNotifiedOn", input.nhsEnglandNotifiedOn(), today, errors);
        notInFuture("cqcNotifiedOn", input.cqcNotifiedOn(), today, errors);
        List<OrganisationNotified> others = new ArrayList<>();
        List<OrganisationNotifiedInput> given = input.otherOrganisationsOrEmpty();
        for (int i = 0; i < given.size(); i++) {
            notInFuture("otherOrganisations[" + i + "].notifiedOn", given.get(i).notifiedOn(), today, errors);
            others.add(new OrganisationNotified(given.get(i).name().strip(), given.get(i).notifiedOn()));
        }
        notInFuture("initialReportSentOn", input.initialReportSentOn(), today, errors);
        if (NotificationDatesPolicy.isBeforeEvent(input.initialReportSentOn(), earliestOccurred)) {
            errors.add(new FieldError("initialReportSentOn", BEFORE_EVENT,
                    "The initial report cannot be dated before the event occurred (" + earliestOccurred + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new ExternalNotifications(blankToNull(input.lfpseReference()), input.icbNotifiedOn(),
                input.commissionerNotifiedOn(), input.nhsEnglandNotifiedOn(), input.cqcNotifiedOn(), others,
                blankToNull(input.leadOrganisation()), input.initialReportSentOn());
    }

    private static void notInFuture(String field, LocalDate date, LocalDate today, List<FieldError> errors) {
        if (NotificationDatesPolicy.isInFuture(date, today)) {
            errors.add(new FieldError(field, FieldError.IN_THE_FUTURE, "The date cannot be in the future"));
        }
    }

    private LearningResponse find(UUID id) {
        return responses.find(id).orElseThrow(() -> ApiException.notFound("The learning response"));
    }

    /** A closed response changes no more: 409 {@code conflict}. */
    public static void requireOpen(LearningResponse response) {
        if (response.isClosed()) {
            throw new ApiException(Problem.of(ProblemCode.CONFLICT,
                    response.reference() + " is closed; a closed response cannot be changed."));
        }
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
