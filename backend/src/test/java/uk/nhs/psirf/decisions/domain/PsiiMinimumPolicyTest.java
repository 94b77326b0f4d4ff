package uk.nhs.psirf.decisions.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            assertBelowMinimum(PsiiMinimumPolicy.meetsMinimum(DEATH, weaker, null, null), weaker.code());
            assertBelowMinimum(PsiiMinimumPolicy.meetsMinimum(SEVERE_PSYCHOLOGICAL, weaker, null, " "), weaker.code());
        }
        assertTrue(PsiiMinimumPolicy.meetsMinimum(DEATH, ResponseType.PSII, null, null).isAllowed());
        assertTrue(PsiiMinimumPolicy.meetsMinimum(MODERATE, ResponseType.SWARM_HUDDLE, null, null).isAllowed());
    }

    @Test
    void a_case_containing_one_event_of_severe_harm_warrants_a_psii() {
        List<ProposalFacts> mixed = List.of(Decisions.pressureUlcer(3, 4), Decisions.pressureUlcer(2, 4));
        assertBelowMinimum(PsiiMinimumPolicy.meetsMinimum(mixed, ResponseType.MULTI_INCIDENT_REVIEW, null, null));
    }

    @Test
    void a_weaker_response_is_recorded_when_another_organisation_leads_the_investigation() {
        assertTrue(PsiiMinimumPolicy.meetsMinimum(DEATH, ResponseType.NO_FURTHER_LEARNING_RESPONSE, null,
                "Northshire Mental Health NHS Foundation Trust").isAllowed());
    }

    @Test
    void a_referral_to_an_external_body_that_leads_it_is_recorded_but_not_to_safeguarding_or_hr() {
        for (ReferralTarget external : List.of(ReferralTarget.POLICE, ReferralTarget.CORONER,
                ReferralTarget.OTHER_ORGANISATION)) {
            assertTrue(PsiiMinimumPolicy.meetsMinimum(DEATH, ResponseType.REFERRAL, external, null).isAllowed());
        }
        for (ReferralTarget internal : List.of(ReferralTarget.SAFEGUARDING, ReferralTarget.HR)) {
            assertBelowMinimum(PsiiMinimumPolicy.meetsMinimum(DEATH, ResponseType.REFERRAL, internal, null));
        }
    }

    private static void assertBelowMinimum(Verdict verdict) {
        assertBelowMinimum(verdict, "");
    }

    private static void assertBelowMinimum(Verdict verdict, String what) {
        assertEquals(ProblemCode.VALIDATION_FAILED, verdict.code(), what);
        assertEquals("responseType", verdict.field(), what);
        assertEquals(FieldErrorCode.PSII_MINIMUM, verdict.fieldCode(), what);
        assertEquals("Unexpected death or severe harm warrants a PSII at minimum (policy 12.3): choose a PSII, name "
                + "the organisation that leads the investigation, or refer it to the police, the coroner or another "
                + "organisation", verdict.reason(), what);
    }
}
