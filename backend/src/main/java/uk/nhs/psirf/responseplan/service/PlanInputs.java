package uk.nhs.psirf.responseplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.responseplan.api.EqualityImpactInput;
import uk.nhs.psirf.responseplan.api.FullAssessmentInput;
import uk.nhs.psirf.responseplan.api.GroupImpactInput;
import uk.nhs.psirf.responseplan.api.PlanVersionInput;
import uk.nhs.psirf.responseplan.api.PlannedResponseInput;
import uk.nhs.psirf.responseplan.domain.EqualityGroup;
import uk.nhs.psirf.responseplan.domain.EqualityImpact;
import uk.nhs.psirf.responseplan.domain.FullAssessment;
import uk.nhs.psirf.responseplan.domain.GroupImpact;
import uk.nhs.psirf.responseplan.domain.Impact;
import uk.nhs.psirf.responseplan.domain.PlanContent;
import uk.nhs.psirf.responseplan.domain.PlanPeriod;
import uk.nhs.psirf.responseplan.domain.PlannedResponse;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.responseplan.domain.ReviewDatePolicy;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.reference.ReferenceData;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a draft as written and turns it into {@link PlanContent}; every problem is named by its field. */
@ApplicationScoped
public class PlanInputs {
    private final ReferenceData referenceData;

    public PlanInputs(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public PlanContent toContent(PlanVersionInput input) {
        List<FieldError> errors = new ArrayList<>();
        PlanPeriod period = new PlanPeriod(input.periodFrom(), input.periodTo());
        if (period.endsBeforeItStarts()) {
            errors.add(new FieldError("periodTo", FieldErrorCode.BEFORE_START,
                    "The end date must be the same as or after the start date"));
        } else {
            errors.addAll(ReviewDatePolicy.allows(period, input.reviewDate()).errors());
        }
        List<PlannedResponse> priorities = new ArrayList<>();
        priorities(input.nationalRequirementsOrEmpty(), "nationalRequirements", PlannedResponse.Source.NATIONAL,
                priorities, errors);
        priorities(input.localPrioritiesOrEmpty(), "localPriorities", PlannedResponse.Source.LOCAL, priorities, errors);
        EqualityImpact eia = equalityImpact(input.equalityImpact(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new PlanContent(period, input.reviewDate(), priorities, eia);
    }

    private void priorities(List<PlannedResponseInput> inputs, String field, PlannedResponse.Source source,
                            List<PlannedResponse> into, List<FieldError> errors) {
        for (int i = 0; i < inputs.size(); i++) {
            PlannedResponseInput in = inputs.get(i);
            String at = field + "[" + i + "].";
            String issue = blankToNull(in.issue());
            String categoryCode = blankToNull(in.categoryCode());
            if (issue == null && categoryCode == null) {
                errors.add(new FieldError(at + "issue", FieldErrorCode.REQUIRED,
                        "Enter the issue or select a category"));
            }
            if (categoryCode != null && referenceData.category(categoryCode).isEmpty()) {
                errors.add(new FieldError(at + "categoryCode", FieldErrorCode.UNKNOWN_CODE,
                        "Select a category from the list"));
            }
            Optional<ResponseType> type = ResponseType.fromCode(in.responseType());
            if (type.isEmpty()) {
                errors.add(new FieldError(at + "responseType", FieldErrorCode.UNKNOWN_CODE,
                        "Select a planned response from the list"));
            }
            if (errors.isEmpty()) {
                into.add(new PlannedResponse(source, issue, categoryCode, type.get(), blankToNull(in.rationale()),
                        blankToNull(in.improvementLink())));
            }
        }
    }

    /** Always the eleven RAPID groups in the tool's order; a group the draft leaves out is unanswered. */
    private static EqualityImpact equalityImpact(EqualityImpactInput input, List<FieldError> errors) {
        Map<EqualityGroup, GroupImpact> answered = new EnumMap<>(EqualityGroup.class);
        List<GroupImpactInput> groups = input == null || input.groups() == null ? List.of() : input.groups();
        for (int i = 0; i < groups.size(); i++) {
            GroupImpactInput in = groups.get(i);
            String at = "equalityImpact.groups[" + i + "].";
            Optional<EqualityGroup> group = EqualityGroup.fromCode(in.group());
            Optional<Impact> impact = Optional.ofNullable(blankToNull(in.impact())).map(Impact::fromCode)
                    .orElse(Optional.empty());
            if (group.isEmpty()) {
                errors.add(new FieldError(at + "group", FieldErrorCode.UNKNOWN_CODE, "Select a group from the list"));
            } else if (answered.containsKey(group.get())) {
                errors.add(new FieldError(at + "group", FieldErrorCode.DUPLICATE, "Each group is assessed once"));
            }
            if (blankToNull(in.impact()) != null && impact.isEmpty()) {
                errors.add(new FieldError(at + "impact", FieldErrorCode.UNKNOWN_CODE,
                        "Choose positive, negative or no impact"));
            }
            group.ifPresent(g -> answered.putIfAbsent(g, new GroupImpact(g, impact.orElse(null),
                    blankToNull(in.comments()))));
        }
        List<GroupImpact> all = new ArrayList<>();
        for (EqualityGroup group : EqualityGroup.values()) {
            all.add(answered.getOrDefault(group, new GroupImpact(group, null, null)));
        }
        FullAssessmentInput full = input == null ? null : input.fullAssessment();
        FullAssessment fullAssessment = full == null
                || (blankToNull(full.title()) == null && full.completedOn() == null && blankToNull(full.summary()) == null)
                ? null : new FullAssessment(blankToNull(full.title()), full.completedOn(), blankToNull(full.summary()));
        return new EqualityImpact(input == null ? null : blankToNull(input.reviewerName()),
                input == null ? null : blankToNull(input.reviewerRole()), input == null ? null : input.reviewedOn(),
                all, fullAssessment);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
