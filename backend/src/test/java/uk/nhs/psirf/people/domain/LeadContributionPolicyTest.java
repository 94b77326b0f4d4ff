package uk.nhs.psirf.people.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeadContributionPolicyTest {

    @Test
    void a_lead_who_contributed_to_one_response_in_the_year_is_flagged() {
        assertTrue(LeadContributionPolicy.belowMinimum(true, 1));
        assertFalse(LeadContributionPolicy.belowMinimum(true, 2));
    }

    @Test
    void someone_who_is_not_a_lead_is_never_flagged() {
        assertFalse(LeadContributionPolicy.belowMinimum(false, 0));
    }

    @Test
    void a_trained_lead_counts_as_a_lead_before_their_first_response() {
        assertTrue(LeadContributionPolicy.isLead(false, true));
        assertTrue(LeadContributionPolicy.isLead(true, false));
        assertFalse(LeadContributionPolicy.isLead(false, false));
    }
}
