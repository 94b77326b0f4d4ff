package uk.nhs.psirf.improvementplans.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.improvementplans.domain.PlanScope;
import uk.nhs.psirf.improvementplans.domain.PlanStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The {@code ImprovementPlan} schema. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImprovementPlanView(String id, String reference, long version, String title, PlanScope scope,
                                  String scopeDetail, String locationCode, String scopeDisplay, String summary,
                                  String qiProjectLink, String ownerPersonId, String ownerName, LocalDate reviewOn,
                                  boolean reviewOverdue, PlanStatus status, Instant closedAt, String closureNote,
                                  ImprovementPlanProgress progress, List<ImprovementPlanResponseItem> responses,
                                  List<ImprovementPlanAction> actions, boolean acceptsChanges, Instant createdAt,
                                  Instant updatedAt, String updatedByName) {
}
