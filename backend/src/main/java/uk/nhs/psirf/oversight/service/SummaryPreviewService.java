package uk.nhs.psirf.oversight.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.oversight.api.SummaryPreview;
import uk.nhs.psirf.oversight.api.SummaryPreview.NameWarning;
import uk.nhs.psirf.oversight.api.SummaryPreview.WithheldSpan;
import uk.nhs.psirf.oversight.domain.CommonWords;
import uk.nhs.psirf.oversight.domain.Redaction;
import uk.nhs.psirf.oversight.domain.UnknownNames;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.responses.service.LearningResponseQueryService;
import uk.nhs.psirf.responses.service.LearningResponseService;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Shows the author of a summary for oversight exactly what a group's patient safety partners will read (policy
 * §3.7), with each withheld span and the words that may be names the system does not know. It reads every
 * identifier held about the response, so it is audited as a read of the response.
 */
@ApplicationScoped
@Transactional
public class SummaryPreviewService {
    private final LearningResponseQueryService responses;
    private final KnownIdentifiers known;
    private final AuditService audit;

    public SummaryPreviewService(LearningResponseQueryService responses, KnownIdentifiers known, AuditService audit) {
        this.responses = responses;
        this.known = known;
        this.audit = audit;
    }

    public SummaryPreview preview(UUID responseId, String summary) {
        String reference = responses.reference(responseId)
                .orElseThrow(() -> ApiException.notFound("The learning response"));
        CommonWords common = known.commonWords();
        Redaction.Redacted redacted = known.forResponse(responseId, common).redact(summary);
        List<WithheldSpan> spans = new ArrayList<>();
        for (int i = 0; i < redacted.withheld().size(); i++) {
            Redaction.Span shown = redacted.withheld().get(i);
            Redaction.Span original = redacted.written().get(i);
            spans.add(new WithheldSpan(shown.kind().code(), shown.start(), shown.end(), original.start(),
                    original.end()));
        }
        List<NameWarning> warnings = UnknownNames.in(summary, redacted.written(), common).stream()
                .map(w -> new NameWarning(w.word(), w.offset())).toList();
        audit.record(AuditAction.READ, LearningResponseService.ENTITY_TYPE, responseId.toString(),
                "summary for oversight of " + reference + " previewed: " + spans.size() + " withheld, " + warnings.size()
                + " possible names");
        return new SummaryPreview(redacted.text(), spans, warnings);
    }
}
