package uk.nhs.psirf.improvementplans.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanScopePolicyTest {
    @Test
    void a_plan_for_a_service_pathway_location_or_theme_names_it() {
        assertTrue(PlanScopePolicy.needsNamedDetail(PlanScope.SERVICE));
        assertTrue(PlanScopePolicy.needsNamedDetail(PlanScope.PATHWAY));
        assertTrue(PlanScopePolicy.needsNamedDetail(PlanScope.THEME));
        assertTrue(PlanScopePolicy.needsLocation(PlanScope.LOCATION));
        assertFalse(PlanScopePolicy.needsNamedDetail(PlanScope.LOCATION));
        assertFalse(PlanScopePolicy.needsNamedDetail(PlanScope.ORGANISATION));
        assertFalse(PlanScopePolicy.needsLocation(PlanScope.ORGANISATION));
        assertEquals("Theme - Falls", PlanScopePolicy.display(PlanScope.THEME, "Falls"));
        assertEquals("Location - Oak Ward", PlanScopePolicy.display(PlanScope.LOCATION, "Oak Ward"));
        assertEquals("Organisation-wide", PlanScopePolicy.display(PlanScope.ORGANISATION, null));
    }
}
