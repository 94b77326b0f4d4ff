package uk.nhs.psirf.responseplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.responseplan.api.EqualityImpactView;
import uk.nhs.psirf.responseplan.api.PlanVersionSummary;
import uk.nhs.psirf.responseplan.api.PlanVersionView;
import uk.nhs.psirf.responseplan.api.PlannedResponseView;
import uk.nhs.psirf.responseplan.domain.EqualityImpact;
import uk.nhs.psirf.responseplan.domain.PlanReviewOverduePolicy;
import uk.nhs.psirf.responseplan.domain.PlanVersion;
import uk.nhs.psirf.responseplan.domain.PlannedResponse;
import uk.nhs.psirf.reference.EventCategory;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.reference.ReferenceData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class PlanViews {
    private final ReferenceData referenceData;
    private final Clock clock;

    public PlanViews(ReferenceData referenceData, Clock clock) {
        this.referenceData = referenceData;
        this.clock = clock;
    }

    public PlanVersionView detail(PlanVersion v) {
        List<PlannedResponse> priorities = v.priorities();
        LocalDate today = Times.now(clock).atZone(ClockProducer.UK).toLocalDate();
        return new PlanVersionView(v.id(), v.number(), v.version(), v.status(), v.period().from(), v.period().to(),
                v.reviewDate(), PlanReviewOverduePolicy.isOverdue(v.status(), v.period(), today),
                priorities.stream().filter(PlannedResponse::isNational).map(this::priority).toList(),
                priorities.stream().filter(p -> !p.isNational()).map(this::priority).toList(),
                equalityImpact(v.equalityImpact()), v.createdByName(), v.createdAt(), v.lastChange().byName(),
                v.lastChange().at(), v.approvedByName(), v.approvedAt(), v.supersededAt());
    }

    public PlanVersionSummary summary(PlanVersion v) {
        return new PlanVersionSummary(v.id(), v.number(), v.status(), v.period().from(), v.period().to(),
                v.reviewDate(), v.lastChange().byName(), v.lastChange().at(), v.approvedByName(), v.approvedAt(),
                v.supersededAt());
    }

    private PlannedResponseView priority(PlannedResponse p) {
        String categoryDisplay = p.categoryCode() == null ? null
                : referenceData.category(p.categoryCode()).map(EventCategory::display).orElse(null);
        return new PlannedResponseView(p.issue(), p.categoryCode(), categoryDisplay, p.responseType(),
                p.responseType().display(), p.rationale(), p.improvementLink());
    }

    private static EqualityImpactView equalityImpact(EqualityImpact eia) {
        var groups = eia.groups().stream().map(g -> new EqualityImpactView.GroupImpactView(g.group().code(),
                g.group().display(), g.impact() == null ? null : g.impact().code(), g.comments())).toList();
        var full = eia.fullAssessment() == null ? null : new EqualityImpactView.FullAssessmentView(
                eia.fullAssessment().title(), eia.fullAssessment().completedOn(), eia.fullAssessment().summary());
        return new EqualityImpactView(eia.reviewerName(), eia.reviewerRole(), eia.reviewedOn(), groups,
                eia.anyNegative(), eia.fullAssessmentRequired(), full);
    }
}
