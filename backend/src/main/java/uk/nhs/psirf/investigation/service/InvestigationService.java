package uk.nhs.psirf.investigation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.investigation.api.AccountsInput;
import uk.nhs.psirf.investigation.api.ChronologyInput;
import uk.nhs.psirf.investigation.api.ClosureInput;
import uk.nhs.psirf.investigation.api.DraftSharingInput;
import uk.nhs.psirf.investigation.api.FactorsInput;
import uk.nhs.psirf.investigation.api.FindingsInput;
import uk.nhs.psirf.investigation.api.InvestigationView;
import uk.nhs.psirf.investigation.api.ReportSummaryInput;
import uk.nhs.psirf.investigation.api.SignOffInput;
import uk.nhs.psirf.investigation.api.TermsOfReferenceInput;
import uk.nhs.psirf.investigation.domain.AffectedInput;
import uk.nhs.psirf.investigation.domain.ChronologyEntry;
import uk.nhs.psirf.investigation.domain.ClosurePolicy;
import uk.nhs.psirf.investigation.domain.ContributoryFactor;
import uk.nhs.psirf.investigation.domain.DraftSharing;
import uk.nhs.psirf.investigation.domain.FactorLinkPolicy;
import uk.nhs.psirf.investigation.domain.FirstHandAccount;
import uk.nhs.psirf.investigation.domain.Investigation;
import uk.nhs.psirf.investigation.domain.InvestigationInputPolicy;
import uk.nhs.psirf.investigation.domain.OpenStep;
import uk.nhs.psirf.investigation.domain.Relationship;
import uk.nhs.psirf.investigation.domain.SeipsCategory;
import uk.nhs.psirf.investigation.domain.VerificationFirstPolicy;
import uk.nhs.psirf.investigation.persistence.InvestigationRepository;
import uk.nhs.psirf.people.domain.Person;
import uk.nhs.psirf.people.domain.TrainingRole;
import uk.nhs.psirf.people.service.TrainingChecks;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.responses.Responses;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.domain.OpenResponsePolicy;
import uk.nhs.psirf.responses.service.ResponseAccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Use cases of the work on a learning response: each part is read and replaced by the patient safety team, the Chief
 * Nurse or the response's own lead ({@link ResponseAccess}); the overseer signs off; a specialist closes it. Content
 * may name people, so reads are audited and audit details carry counts, never the text.
 */
@ApplicationScoped
public class InvestigationService {
    public static final String ENTITY_TYPE = "learning-response";
    private final Responses responses;
    private final InvestigationRepository investigations;
    private final ResponseAccess access;
    private final TrainingChecks training;
    private final Stamps stamps;
    private final AuditService audit;

    public InvestigationService(Responses responses, InvestigationRepository investigations,
                                ResponseAccess access, TrainingChecks training, Stamps stamps,
                                AuditService audit) {
        this.responses = responses;
        this.investigations = investigations;
        this.access = access;
        this.training = training;
        this.stamps = stamps;
        this.audit = audit;
    }

    /**
     * The names held in the response's work: those the draft was shared with, those who gave accounts, the overseer.
     * For redaction before anything about it reaches a patient safety partner: read in the caller's transaction and
     * never served, so not audited here (the caller audits what it serves).
     */
    @Transactional
    public List<String> namesHeld(UUID responseId) {
        return investigations.find(responseId).map(i -> Stream.concat(Stream.concat(
                        i.draftSharings().stream().map(DraftSharing::name), i.accounts().stream().map(FirstHandAccount::name)),
                Stream.of(i.overseerName())).filter(Objects::nonNull).toList()).orElse(List.of());
    }

    @Transactional
    public InvestigationView view(UUID responseId) {
        LearningResponse response = findWorkable(responseId);
        Investigation investigation = contentOf(response);
        audit.record(AuditAction.READ, ENTITY_TYPE, responseId.toString(), "work on " + response.reference());
        return view(response, investigation);
    }

    /** The final report as a PDF, built while the content is loaded; the download is audited. */
    @Transactional
    public FinalReport finalReport(UUID responseId) {
        LearningResponse response = findWorkable(responseId);
        Investigation investigation = contentOf(response);
        audit.record(AuditAction.READ, ENTITY_TYPE, responseId.toString(), "final report PDF of "
                + response.reference());
        return new FinalReport(response.reference() + "-final-report.pdf",
                FinalReportPdf.render(response, investigation));
    }

    @Transactional
    public InvestigationView updateTermsOfReference(UUID responseId, TermsOfReferenceInput input) {
        LearningResponse response = findStarted(responseId);
        List<FieldError> errors = new ArrayList<>();
        List<AffectedInput> given = new ArrayList<>();
        for (int i = 0; i < input.affectedInput().size(); i++) {
            TermsOfReferenceInput.Item item = input.affectedInput().get(i);
            errors.addAll(InvestigationInputPolicy.inputSummarised("affectedInput[" + i + "].summary",
                    item.declined(), item.summary()).errors());
            given.add(new AffectedInput(item.who().strip(), item.declined(), strippedOrNull(item.summary())));
        }
        throwIfAny(errors);
        return edit(response, input.version(), i -> i.setTermsOfReference(input.text().strip(), given),
                "terms of reference; input of " + given.size() + " affected");
    }

    @Transactional
    public InvestigationView updateChronology(UUID responseId, ChronologyInput input) {
        LearningResponse response = findStarted(responseId);
        List<ChronologyEntry> entries = input.entries().stream()
                .map(e -> new ChronologyEntry(e.id() == null ? UUID.randomUUID() : e.id(), e.at().toInstant(),
                        e.what().strip(), e.source().strip()))
                .toList();
        InvestigationInputPolicy.eachEntryOnce(entries.stream().map(ChronologyEntry::entryId).toList()).orThrow();
        return edit(response, input.version(), i -> i.setChronology(entries),
                "chronology of " + entries.size() + " entries");
    }

    @Transactional
    public InvestigationView updateAccounts(UUID responseId, AccountsInput input) {
        LearningResponse response = findStarted(responseId);
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>();
        List<FirstHandAccount> accounts = new ArrayList<>();
        for (int i = 0; i < input.accounts().size(); i++) {
            AccountsInput.Account a = input.accounts().get(i);
            errors.addAll(InvestigationInputPolicy.notInTheFuture("accounts[" + i + "].takenOn", a.takenOn(), today)
                    .errors());
            accounts.add(new FirstHandAccount(a.role().strip(), strippedOrNull(a.name()), a.takenOn(),
                    a.account().strip()));
        }
        throwIfAny(errors);
        return edit(response, input.version(), i -> i.setAccounts(accounts),
                accounts.size() + " first-hand accounts");
    }

    @Transactional
    public InvestigationView updateFactors(UUID responseId, FactorsInput input) {
        LearningResponse response = findStarted(responseId);
        Set<UUID> entryIds = investigations.find(responseId).map(Investigation::chronologyEntryIds).orElse(Set.of());
        List<FieldError> errors = new ArrayList<>();
        List<ContributoryFactor> factors = new ArrayList<>();
        for (int i = 0; i < input.factors().size(); i++) {
            FactorsInput.Factor f = input.factors().get(i);
            var category = SeipsCategory.fromCode(f.category());
            errors.addAll(InvestigationInputPolicy.inWorkSystem("factors[" + i + "].category", category).errors());
            errors.addAll(FactorLinkPolicy.mayLink("factors[" + i + "].chronologyEntryId", f.chronologyEntryId(),
                    entryIds).errors());
            category.ifPresent(c -> factors.add(new ContributoryFactor(c, f.description().strip(),
                    f.chronologyEntryId())));
        }
        throwIfAny(errors);
        return edit(response, input.version(), i -> i.setFactors(factors), factors.size() + " contributory factors");
    }

    @Transactional
    public InvestigationView updateFindings(UUID responseId, FindingsInput input) {
        LearningResponse response = findStarted(responseId);
        List<String> findings = input.findings().stream().map(String::strip).toList();
        List<String> areas = input.areasForImprovement().stream().map(String::strip).toList();
        return edit(response, input.version(), i -> i.setFindings(findings, areas),
                findings.size() + " findings, " + areas.size() + " areas for improvement");
    }

    @Transactional
    public InvestigationView updateDraftSharing(UUID responseId, DraftSharingInput input) {
        LearningResponse response = findStarted(responseId);
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>();
        List<DraftSharing> sharings = new ArrayList<>();
        for (int i = 0; i < input.sharings().size(); i++) {
            DraftSharingInput.Sharing s = input.sharings().get(i);
            var relationship = Relationship.fromCode(s.relationship());
            errors.addAll(InvestigationInputPolicy.sharedWithSomeoneAffected("sharings[" + i + "].relationship",
                    relationship).errors());
            errors.addAll(InvestigationInputPolicy.notInTheFuture("sharings[" + i + "].sharedOn", s.sharedOn(), today)
                    .errors());
            relationship.ifPresent(r -> sharings.add(new DraftSharing(s.name().strip(), r, s.sharedOn(),
                    strippedOrNull(s.comments()))));
        }
        String reason = strippedOrNull(input.notSharedReason());
        errors.addAll(InvestigationInputPolicy.reasonOnlyWhenNotShared(!sharings.isEmpty(), reason).errors());
        throwIfAny(errors);
        return edit(response, input.version(), i -> i.setDraftSharing(sharings, reason),
                "draft shared with " + sharings.size() + (reason == null ? "" : "; reason not shared recorded"));
    }

    @Transactional
    public InvestigationView updateReportSummary(UUID responseId, ReportSummaryInput input) {
        LearningResponse response = findStarted(responseId);
        return edit(response, input.version(), i -> i.setReportSummary(input.summary().strip()),
                "final report summary");
    }

    @Transactional
    public InvestigationView signOff(UUID responseId, SignOffInput input) {
        LearningResponse response = findStarted(responseId);
        InvestigationInputPolicy.notInTheFuture("signedOffOn", input.signedOffOn(), today()).orThrow();
        Person overseer = training.requireQualified(input.overseerPersonId(), TrainingRole.OVERSEER,
                "overseerPersonId");
        return edit(response, input.version(), i -> i.signOff(overseer.id(), overseer.name(), input.signedOffOn(),
                input.comment().strip(), stamps.current()), "oversight sign-off by person " + overseer.id());
    }

    /** 409 when already closed, not started or stale; 400 naming each open step ({@link ClosurePolicy}). */
    @Transactional
    public InvestigationView close(UUID responseId, ClosureInput input) {
        LearningResponse response = findWorkable(responseId);
        OpenResponsePolicy.mayChange(response).orThrow();
        requireVerified(response);
        if (response.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        Investigation investigation = contentOf(response);
        ClosurePolicy.mayClose(investigation, overseerTrained(investigation)).orThrow();
        response.close(stamps.current());
        investigations.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, responseId.toString(), "close " + response.reference());
        return view(response, investigation);
    }

    private InvestigationView edit(LearningResponse response, long version, Consumer<Investigation> change,
                                   String what) {
        OpenResponsePolicy.mayChange(response).orThrow();
        Investigation investigation = investigations.find(response.id()).orElseGet(() -> {
            Investigation started = Investigation.start(response.id(), stamps.current());
            investigations.add(started);
            investigations.flush();
            return started;
        });
        if (investigation.version() != version) {
            throw ApiException.staleVersion();
        }
        change.accept(investigation);
        investigation.touch(stamps.current());
        investigations.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, response.id().toString(), "work on " + response.reference()
                + ": " + what);
        return view(response, investigation);
    }

    /** 409 naming {@code responseId} while a PSII awaits the Chief Nurse's verification. */
    private static void requireVerified(LearningResponse response) {
        VerificationFirstPolicy.mayStartWork(response.reference(), response.status()).orThrow();
    }

    private InvestigationView view(LearningResponse response, Investigation investigation) {
        return InvestigationViews.view(response, investigation, openSteps(investigation));
    }

    private List<OpenStep> openSteps(Investigation investigation) {
        return ClosurePolicy.openSteps(investigation, overseerTrained(investigation));
    }

    private boolean overseerTrained(Investigation investigation) {
        return investigation.overseerPersonId()
                .map(id -> TrainingRole.OVERSEER.gaps(training.trainingOf(id)).isEmpty()).orElse(false);
    }

    /** 404 for an unknown response, then 403 unless the caller may work on it. */
    private LearningResponse findWorkable(UUID responseId) {
        LearningResponse response = responses.load(responseId)
                .orElseThrow(() -> ApiException.notFound("The learning response"));
        access.requireWorkOn(responseId);
        return response;
    }

    /** As {@link #findWorkable}, then 409 while a PSII awaits verification, before the input is checked. */
    private LearningResponse findStarted(UUID responseId) {
        LearningResponse response = findWorkable(responseId);
        requireVerified(response);
        return response;
    }

    /** The saved content, or the empty content of a response nobody has worked on (not saved by a read). */
    private Investigation contentOf(LearningResponse response) {
        return investigations.find(response.id())
                .orElseGet(() -> Investigation.nothingYet(response.id()));
    }

    private LocalDate today() {
        return stamps.current().todayInUk();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String strippedOrNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** The final report's file name and bytes. */
    public record FinalReport(String fileName, byte[] pdf) {
    }
}
