package uk.nhs.psirf.improvementplans.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A plan's details, checked: {@code scopeDetail} is the service, pathway, theme or location name. */
public record PlanDetails(String title, PlanScope scope, String scopeDetail, Long locationId, String summary,
                          String qiProjectLink, UUID ownerPersonId, LocalDate reviewOn) {
}
