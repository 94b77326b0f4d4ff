package uk.nhs.psirf.staffsupport.api;

/** A step of Appendix 2 as the policy words it, under its stage (immediate, continued, ongoing). */
public record SupportStepGuidance(String code, String stage, String stageTitle, String text) {
}
