package uk.nhs.psirf.coaching.api;

import java.util.List;

/** The fixed terms every coaching contract offers: the aims to tick, the ground rules, the course's requirements. */
public record CoachingTermsView(List<CodeView> aims, List<GroundRuleView> groundRules,
                                CourseRequirementsView courseRequirements) {
}
