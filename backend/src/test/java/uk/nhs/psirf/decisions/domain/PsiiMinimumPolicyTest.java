package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policy §12.3: "As a minimum, PSIs (under our care) leading to unexpected death or severe harm will warrant a PSII." */
class PsiiMinimumPolicyTest {
    private static final List<ProposalFacts> DEATH = List.of(Decisions.pressureUlcer(1, 4));
    private static final List<ProposalFacts> SEVERE_PSYCHOLOGICAL = List.of(Decisions.pressureUlcer(5, 1));
    private static final List<ProposalFacts> MODERATE = List.of(Decisions.pressureUlcer(3, 2));

    @Test
    void a_psii_is_the_minimum_for_an_unexpected_death_or_severe_harm() {
        for (ResponseType weaker : List.of(ResponseType.AFTER_ACTION_REVIEW, ResponseType.SWARM_HUDDLE,
                ResponseType.MULTI_INCIDENT_REVIEW, ResponseType.NO_FURTHER_LEARNING_RESPONSE)) {
            assertTrue(PsiiMinimumPolicy.isBelowMinimum(DEATH, weaker, null, null), weaker.code());
            assertTrue(PsiiMinimumPolicy.isBelowMinimum(SEVERE_PSYCHOLOGICAL, weaker, null, " "), weaker.code());
        }
        assertFalse(PsiiMinimumPolicy.isBelowMinimum(DEATH, ResponseType.PSII, null, null));
        assertFalse(PsiiMinimumPolicy.isBelowMinimum(MODERATE, ResponseType.SWARM_HUDDLE, null, null));
    }

    @Test
    void a_case_containing_one_event_of_severe_harm_warrants_a_psii() {
        List<ProposalFacts> mixed = List.of(Decisions.pressureUlcer(3, 4), Decisions.pressureUlcer(2, 4));
        assertTrue(PsiiMinimumPolicy.isBelowMinimum(mixed, ResponseType.MULTI_INCIDENT_REVIEW, null, null));
    }

    @Test
    void a_weaker_response_is_recorded_when_another_organisation_leads_the_investigation() {
        assertFalse(PsiiMinimumPolicy.isBelowMinimum(DEATH, ResponseType.NO_FURTHER_LEARNING_RESPONSE, null,
                "Northshire Mental Health NHS Foundation Trust"));
    }

    @Test
    void a_referral_to_an_external_body_that_leads_it_is_recorded_but_not_to_safeguarding_or_hr() {
        for (ReferralTarget external : List.of(ReferralTarget.POLICE, ReferralTarget.CORONER,
                ReferralTarget.OTHER_ORGANISATION)) {
            assertFalse(PsiiMinimumPolicy.isBelowMinimum(DEATH, ResponseType.REFERRAL, external, null));
        }
        for (ReferralTarget internal : List.of(ReferralTarget.SAFEGUARDING, ReferralTarget.HR)) {
            assertTrue(PsiiMinimumPolicy.isBelowMinimum(DEATH, ResponseType.REFERRAL, internal, null));
        }
    }
}
