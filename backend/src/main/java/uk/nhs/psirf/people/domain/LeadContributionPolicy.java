package uk.nhs.psirf.people.domain;

/**
 * Policy §4.1: learning response leads "will contribute to a minimum of two learning responses per year". A person
 * counts as a learning response lead when they have led a response, or when their training qualifies them to lead
 * (trained leads are the pool the policy speaks of, even before their first assignment).
 */
public final class LeadContributionPolicy {
    public static final int MINIMUM_RESPONSES_PER_YEAR = 2;

    private LeadContributionPolicy() {
    }

    public static boolean isLead(boolean hasLedAResponse, boolean qualifiedToLead) {
        return hasLedAResponse || qualifiedToLead;
    }

    public static boolean belowMinimum(boolean lead, long responsesInYear) {
        return lead && responsesInYear < MINIMUM_RESPONSES_PER_YEAR;
    }
}
