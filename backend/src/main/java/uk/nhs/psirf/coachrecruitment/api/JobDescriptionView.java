package uk.nhs.psirf.coachrecruitment.api;

import java.util.List;

/** The job description of a QI coach with lived experience (000_* Appendix 2), read-only. */
public record JobDescriptionView(String title, String band, String directorate, String reportingTo,
                                 String accountableTo, String hours, String contract, String keyRelationships,
                                 List<String> summary, List<String> keyResponsibilities,
                                 List<String> essentialCriteria, String agreement, RoleTerms terms) {
}
