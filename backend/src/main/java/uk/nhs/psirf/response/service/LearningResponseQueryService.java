package uk.nhs.psirf.response.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.query.PageRequest;
import uk.nhs.psirf.response.api.LearningResponsePage;
import uk.nhs.psirf.response.api.LearningResponseView;
import uk.nhs.psirf.response.api.ResponseLink;
import uk.nhs.psirf.response.domain.LearningResponse;
import uk.nhs.psirf.response.domain.LearningResponseStatus;
import uk.nhs.psirf.response.persistence.LearningResponseRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of learning responses; every read is audited. A transaction, because events are read through their seam. */
@ApplicationScoped
@Transactional
public class LearningResponseQueryService {
    private final LearningResponseRepository responses;
    private final LearningResponseViews views;
    private final AuditService audit;

    public LearningResponseQueryService(LearningResponseRepository responses, LearningResponseViews views,
                                        AuditService audit) {
        this.responses = responses;
        this.views = views;
        this.audit = audit;
    }

    public LearningResponsePage list(LearningResponseStatus status, PageRequest page) {
        List<LearningResponse> found = responses.page(status, page.offset(), page.size());
        long total = responses.count(status);
        audit.record(AuditAction.LIST, LearningResponseService.ENTITY_TYPE, null, "learning responses page "
                + page.page() + (status == null ? "" : " status=" + status.code()));
        return new LearningResponsePage(found.stream().map(views::summary).toList(), page.page(), page.size(), total,
                page.totalPages(total));
    }

    public LearningResponseView response(UUID id) {
        LearningResponse response = responses.find(id)
                .orElseThrow(() -> ApiException.notFound("The learning response"));
        audit.record(AuditAction.READ, LearningResponseService.ENTITY_TYPE, id.toString(), response.reference());
        return views.detail(response);
    }

    /** For the decision that created it; not audited here, the decision's read is. */
    public Optional<ResponseLink> forDecision(UUID decisionId) {
        return responses.forDecision(decisionId).map(LearningResponseViews::link);
    }
}
