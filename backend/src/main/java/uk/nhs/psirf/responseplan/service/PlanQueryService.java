package uk.nhs.psirf.responseplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.responseplan.api.PlanVersionSummary;
import uk.nhs.psirf.responseplan.api.PlanVersionView;
import uk.nhs.psirf.responseplan.domain.PlanStatus;
import uk.nhs.psirf.responseplan.domain.PlanVersion;
import uk.nhs.psirf.responseplan.persistence.PlanRepository;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.security.CurrentUser;
import uk.nhs.psirf.platform.security.Roles;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads of the plan: approved versions are published to every role, drafts only to those who write and approve them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanQueryService {
    public static final Set<String> DRAFT_READERS = Set.of(Roles.PATIENT_SAFETY_SPECIALIST, Roles.CHIEF_NURSE);

    private final PlanRepository plans;
    private final PlanViews views;
    private final CurrentUser currentUser;

    public PlanQueryService(PlanRepository plans, PlanViews views, CurrentUser currentUser) {
        this.plans = plans;
        this.views = views;
        this.currentUser = currentUser;
    }

    public PlanVersionView inForce() {
        return plans.inForce().map(views::detail)
                .orElseThrow(() -> ApiException.notFound("A response plan in force"));
    }

    public List<PlanVersionSummary> versions() {
        return plans.all(currentUser.hasAnyRole(DRAFT_READERS)).stream().map(views::summary).toList();
    }

    /** Someone who may not read drafts gets the same refusal for a draft and for an unknown id. */
    public PlanVersionView version(UUID id) {
        boolean mayReadDrafts = currentUser.hasAnyRole(DRAFT_READERS);
        PlanVersion version = plans.find(id).orElse(null);
        if (version == null && mayReadDrafts) {
            throw ApiException.notFound("The plan version");
        }
        if (version == null || (version.status() == PlanStatus.DRAFT && !mayReadDrafts)) {
            throw new AccessDeniedException(PlanService.ENTITY_TYPE, id.toString());
        }
        return views.detail(version);
    }
}
