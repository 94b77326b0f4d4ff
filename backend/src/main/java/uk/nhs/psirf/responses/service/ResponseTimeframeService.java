package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.Problem;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.responses.api.AgreementInput;
import uk.nhs.psirf.responses.api.ExtensionInput;
import uk.nhs.psirf.responses.api.LearningResponseView;
import uk.nhs.psirf.responses.api.PauseInput;
import uk.nhs.psirf.responses.api.ResumptionInput;
import uk.nhs.psirf.responses.api.TargetInput;
import uk.nhs.psirf.responses.domain.Agreement;
import uk.nhs.psirf.responses.domain.ExtensionAgreementPolicy;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.domain.OpenResponsePolicy;
import uk.nhs.psirf.responses.domain.Pause;
import uk.nhs.psirf.responses.domain.Timeframe;
import uk.nhs.psirf.responses.domain.TimeframeDatesPolicy;
import uk.nhs.psirf.responses.persistence.LearningResponseRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The timeframe of a started response (policy §12.3-§13): an earlier target, extensions agreed with those affected
 * (never beyond six months of active time) and pauses that stop the clock. The patient safety team changes any
 * response; the assigned lead pauses, resumes and extends their own.
 */
@ApplicationScoped
public class ResponseTimeframeService {
    private final LearningResponseRepository responses;
    private final LearningResponseViews views;
    private final ResponseAccess access;
    private final AffectedPeople affectedPeople;
    private final Stamps stamps;
    private final AuditService audit;

    public ResponseTimeframeService(LearningResponseRepository responses, LearningResponseViews views,
                                    ResponseAccess access, AffectedPeople affectedPeople, Stamps stamps,
                                    AuditService audit) {
        this.responses = responses;
        this.views = views;
        this.access = access;
        this.affectedPeople = affectedPeople;
        this.stamps = stamps;
        this.audit = audit;
    }

    @Transactional
    public LearningResponseView setTarget(UUID id, TargetInput input) {
        LearningResponse response = find(id);
        Timeframe timeframe = started(response, input.version());
        LocalDate target = input.targetCompletionOn();
        TimeframeDatesPolicy.targetWithoutExtension(timeframe, target).orThrow();
        response.setActiveTarget(timeframe.activeDate(target), stamps.current());
        return saved(response, "target of " + response.reference() + " set to " + target);
    }

    @Transactional
    public LearningResponseView extend(UUID id, ExtensionInput input) {
        LearningResponse response = findOwn(id);
        Timeframe timeframe = started(response, input.version());
        List<FieldError> errors = new ArrayList<>();
        LocalDate newTarget = input.newTargetOn();
        errors.addAll(TimeframeDatesPolicy.extendedTarget(timeframe, newTarget).errors());
        List<Agreement> agreedBy = agreements(response, input, errors);
        if (agreedBy.size() == input.agreedByOrEmpty().size()) {
            errors.addAll(ExtensionAgreementPolicy.isAgreed(agreedBy).errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        response.extend(timeframe, newTarget, input.reason().strip(), agreedBy, stamps.current());
        return saved(response, "extension of " + response.reference() + " from " + timeframe.targetOn() + " to "
                + newTarget + ", agreed by " + agreedBy.size());
    }

    /** Each one a person affected recorded on this response, once; refusals name {@code agreedBy[i].personAffectedId}. */
    private List<Agreement> agreements(LearningResponse response, ExtensionInput input, List<FieldError> errors) {
        List<Agreement> agreedBy = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<AgreementInput> given = input.agreedByOrEmpty();
        for (int i = 0; i < given.size(); i++) {
            UUID id = given.get(i).personAffectedId();
            String field = "agreedBy[" + i + "].personAffectedId";
            Optional<AffectedPeople.AffectedPerson> person = affectedPeople.onResponse(response.id(), id);
            if (!seen.add(id)) {
                errors.add(new FieldError(field, FieldErrorCode.DUPLICATE, "Choose each person once"));
            } else if (person.isEmpty()) {
                errors.add(new FieldError(field, FieldErrorCode.UNKNOWN_PERSON_AFFECTED,
                        "Select someone from the people affected recorded on " + response.reference()));
            } else {
                agreedBy.add(new Agreement(id, person.get().name(), person.get().relationship()));
            }
        }
        return agreedBy;
    }

    @Transactional
    public LearningResponseView pause(UUID id, PauseInput input) {
        LearningResponse response = findOwn(id);
        Timeframe timeframe = started(response, input.version());
        if (response.openPause().isPresent()) {
            throw new ApiException(Problem.of(ProblemCode.CONFLICT, response.reference() + " is already paused."));
        }
        LocalDate on = input.startedOn();
        TimeframeDatesPolicy.pauseStart(timeframe, response.pauses(), on, today()).orThrow();
        response.pause(on, input.reason().strip(), stamps.current());
        return saved(response, "pause of " + response.reference() + " from " + on);
    }

    @Transactional
    public LearningResponseView resume(UUID id, ResumptionInput input) {
        LearningResponse response = findOwn(id);
        started(response, input.version());
        Pause open = response.openPause().orElseThrow(() -> new ApiException(
                Problem.of(ProblemCode.CONFLICT, response.reference() + " is not paused.")));
        LocalDate on = input.resumedOn();
        TimeframeDatesPolicy.resumption(open, on, today()).orThrow();
        response.resume(on, stamps.current());
        return saved(response, "resumption of " + response.reference() + " on " + on);
    }

    private Timeframe started(LearningResponse response, long version) {
        if (response.version() != version) {
            throw ApiException.staleVersion();
        }
        OpenResponsePolicy.mayChange(response).orThrow();
        return views.timeframeOf(response).orElseThrow(() -> invalid("responseId", FieldErrorCode.NOT_STARTED,
                response.reference() + " has not started yet; a PSII starts once verified"));
    }

    private LearningResponseView saved(LearningResponse response, String details) {
        responses.flush();
        audit.record(AuditAction.UPDATE, LearningResponseService.ENTITY_TYPE, response.id().toString(), details);
        return views.detail(response);
    }

    private LearningResponse find(UUID id) {
        return responses.find(id).orElseThrow(() -> ApiException.notFound("The learning response"));
    }

    /** The assigned lead may change their own response only; they get 403 for any other id, existing or not. */
    private LearningResponse findOwn(UUID id) {
        LearningResponse response = responses.find(id).orElse(null);
        if (response == null && access.seesEveryResponse()) {
            throw ApiException.notFound("The learning response");
        }
        if (response == null || !access.mayWorkOn(id)) {
            throw new AccessDeniedException(LearningResponseService.ENTITY_TYPE, id.toString());
        }
        return response;
    }

    private LocalDate today() {
        return stamps.current().todayInUk();
    }

    private static ValidationFailedException invalid(String field, FieldErrorCode code, String message) {
        return new ValidationFailedException(List.of(new FieldError(field, code, message)));
    }
}
