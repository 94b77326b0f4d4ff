package uk.nhs.psirf.coachrecruitment.api;

/** The fixed terms of the role (000_* §4 b, Appendix 2): band 4, bank on a sessional basis, 7.5 hours a week. */
public record RoleTerms(String band, String contract, double hoursPerWeek) {
}
