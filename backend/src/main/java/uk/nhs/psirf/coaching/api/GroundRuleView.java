package uk.nhs.psirf.coaching.api;

/** One ground rule of the coaching contract, in the words of 004_*. */
public record GroundRuleView(String code, String title, String text) {
}
