package uk.nhs.psirf.decisions.domain;

/** What the rules look at in one event (LFPSE harm codes and the category). */
public record ProposalFacts(String reference, String categoryCode, String categoryDisplay, int physicalHarm,
                            int psychologicalHarm) {
}
