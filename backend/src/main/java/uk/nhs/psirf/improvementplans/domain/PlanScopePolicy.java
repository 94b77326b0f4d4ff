package uk.nhs.psirf.improvementplans.domain;

/**
 * A plan for a service, pathway or theme names it; a plan for a location names a location of the reference data;
 * an organisation-wide plan names nothing more.
 */
public final class PlanScopePolicy {
    private PlanScopePolicy() {
    }

    /** Whether the scope needs a service, pathway or theme written in. */
    public static boolean needsNamedDetail(PlanScope scope) {
        return scope == PlanScope.SERVICE || scope == PlanScope.PATHWAY || scope == PlanScope.THEME;
    }

    public static boolean needsLocation(PlanScope scope) {
        return scope == PlanScope.LOCATION;
    }

    /** e.g. "Organisation-wide", "Service - District nursing", "Theme - Falls". */
    public static String display(PlanScope scope, String detail) {
        return scope == PlanScope.ORGANISATION || detail == null ? scope.label() : scope.label() + " - " + detail;
    }
}
