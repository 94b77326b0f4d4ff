package uk.nhs.psirf.investigation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.investigation.domain.OpenStep;
import uk.nhs.psirf.investigation.domain.Relationship;
import uk.nhs.psirf.investigation.domain.SeipsCategory;
import uk.nhs.psirf.responses.domain.LearningResponseStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The content of a learning response, what is still open before it may close, and the response's own state. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvestigationView(UUID responseId, String reference, String typeDisplay, long responseVersion,
                                LearningResponseStatus status, Instant closedAt, long version,
                                String termsOfReference, List<AffectedInputView> affectedInput,
                                List<ChronologyEntryView> chronology, List<AccountView> accounts,
                                List<FactorView> factors, List<String> findings, List<String> areasForImprovement,
                                List<SharingView> draftSharings, String draftNotSharedReason, String reportSummary,
                                SignOffView signOff, boolean finalReportReady, List<OpenStep> openSteps,
                                String updatedBy, Instant updatedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AffectedInputView(String who, boolean declined, String summary) {
    }

    public record ChronologyEntryView(UUID id, Instant at, String what, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AccountView(String role, String name, LocalDate takenOn, String account) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactorView(SeipsCategory category, String categoryDisplay, String description,
                             UUID chronologyEntryId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SharingView(String name, Relationship relationship, LocalDate sharedOn, String comments) {
    }

    public record SignOffView(UUID overseerPersonId, String overseerName, LocalDate signedOffOn, String comment) {
    }
}
