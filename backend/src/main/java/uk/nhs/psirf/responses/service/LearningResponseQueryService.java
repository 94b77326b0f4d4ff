package uk.nhs.psirf.responses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.query.PageRequest;
import uk.nhs.psirf.responses.api.LearningResponsePage;
import uk.nhs.psirf.responses.api.LearningResponseSummary;
import uk.nhs.psirf.responses.api.LearningResponseView;
import uk.nhs.psirf.responses.api.ResponseLink;
import uk.nhs.psirf.responses.domain.DueStatus;
import uk.nhs.psirf.responses.domain.LearningResponse;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;
import uk.nhs.psirf.responses.persistence.LearningResponseRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Reads of learning responses; every read is audited. A transaction, because events are read through their seam. */
@ApplicationScoped
@Transactional
public class LearningResponseQueryService {
    private final LearningResponseRepository responses;
    private final LearningResponseViews views;
    private final AuditService audit;
    private final ResponseAccess access;

    public LearningResponseQueryService(LearningResponseRepository responses, LearningResponseViews views,
                                        AuditService audit, ResponseAccess access) {
        this.responses = responses;
        this.views = views;
        this.audit = audit;
        this.access = access;
    }

    /** A learning response lead sees only the responses they lead; the patient safety team and Chief Nurse all. */
    public LearningResponsePage list(LearningResponseStatus status, DueStatus due, PageRequest page) {
        List<LearningResponse> found = List.of();
        if (access.seesEveryResponse()) {
            found = responses.matching(status, null);
        } else {
            Optional<UUID> lead = access.callerAsLead();
            if (lead.isPresent()) {
                found = responses.matching(status, lead.get());
            }
        }
        List<LearningResponseSummary> summaries = found.stream().map(views::summary)
                .filter(s -> due == null || s.dueStatus() == due).toList();
        audit.record(AuditAction.LIST, LearningResponseService.ENTITY_TYPE, null, "learning responses page "
                + page.page() + (status == null ? "" : " status=" + status.code())
                + (due == null ? "" : " dueStatus=" + due.code()));
        long total = summaries.size();
        List<LearningResponseSummary> pageItems = summaries.stream().skip(page.offset()).limit(page.size()).toList();
        return new LearningResponsePage(pageItems, page.page(), page.size(), total, page.totalPages(total));
    }

    /** A lead asking for a response that is not theirs gets 403 whether or not it exists: ids are not probed. */
    public LearningResponseView response(UUID id) {
        LearningResponse response = responses.find(id).orElse(null);
        if (response == null && access.seesEveryResponse()) {
            throw ApiException.notFound("The learning response");
        }
        if (response == null || !access.mayWorkOn(id)) {
            throw new AccessDeniedException(LearningResponseService.ENTITY_TYPE, id.toString());
        }
        audit.record(AuditAction.READ, LearningResponseService.ENTITY_TYPE, id.toString(), response.reference());
        return views.detail(response);
    }

    /**
     * The names held on the response itself: those who agreed its extensions and who verified it. For redaction
     * before anything about it reaches a patient safety partner: read in the caller's transaction and never served,
     * so not audited here (the caller audits what it serves).
     */
    public List<String> namesHeld(UUID responseId) {
        return responses.find(responseId).map(r -> {
            List<String> names = new ArrayList<>();
            r.extensions().forEach(e -> e.agreedBy().forEach(a -> names.add(a.name())));
            names.add(r.verifiedByName());
            return names.stream().filter(Objects::nonNull).toList();
        }).orElse(List.of());
    }

    /** The response's reference; not audited (the caller audits what it reads through it). */
    public Optional<String> reference(UUID responseId) {
        return responses.find(responseId).map(LearningResponse::reference);
    }

    /** The decision that created the response; not audited (an id). */
    public Optional<UUID> decisionOf(UUID responseId) {
        return responses.find(responseId).map(LearningResponse::decisionId);
    }

    /** For the decision that created it; not audited here, the decision's read is. */
    public Optional<ResponseLink> forDecision(UUID decisionId) {
        return responses.forDecision(decisionId).map(LearningResponseViews::link);
    }
}
