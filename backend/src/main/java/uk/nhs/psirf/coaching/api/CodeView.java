package uk.nhs.psirf.coaching.api;

/** A coded value and what it says, e.g. an aim of coaching. */
public record CodeView(String code, String display) {
}
