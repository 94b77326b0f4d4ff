package uk.nhs.psirf.beingfair.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.beingfair.domain.BeingFairPath.Given;
import uk.nhs.psirf.beingfair.domain.BeingFairPath.Position;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.psirf.beingfair.domain.Answer.NO;
import static uk.nhs.psirf.beingfair.domain.Answer.UNSURE;
import static uk.nhs.psirf.beingfair.domain.Answer.YES;
import static uk.nhs.psirf.beingfair.domain.Question.CONCERNS_AFTER_1A;
import static uk.nhs.psirf.beingfair.domain.Question.CONCERNS_AFTER_1D;
import static uk.nhs.psirf.beingfair.domain.Question.CONCERNS_AFTER_2;
import static uk.nhs.psirf.beingfair.domain.Question.JOINT_USE;
import static uk.nhs.psirf.beingfair.domain.Question.Q1A;
import static uk.nhs.psirf.beingfair.domain.Question.Q1B;
import static uk.nhs.psirf.beingfair.domain.Question.Q1C;
import static uk.nhs.psirf.beingfair.domain.Question.Q1D;
import static uk.nhs.psirf.beingfair.domain.Question.Q2A;
import static uk.nhs.psirf.beingfair.domain.Question.Q2B;
import static uk.nhs.psirf.beingfair.domain.Question.Q3;
import static uk.nhs.psirf.beingfair.domain.Question.Q4A;
import static uk.nhs.psirf.beingfair.domain.Question.Q4B;
import static uk.nhs.psirf.beingfair.domain.Question.Q5;
import static uk.nhs.psirf.beingfair.domain.Question.RELATES_TO_INCIDENT;
import static uk.nhs.psirf.beingfair.domain.Question.SYSTEMS_RESPONSE;

/** The paths of the NHS England Being Fair tool, one test per way through. */
class BeingFairPathTest {

    private static final class Answers {
        private final List<Given> given = new ArrayList<>();

        Answers then(Question question, Answer answer) {
            given.add(new Given(question, answer));
            return this;
        }

        Answers preconditionsMet() {
            return then(RELATES_TO_INCIDENT, YES).then(SYSTEMS_RESPONSE, YES).then(JOINT_USE, YES);
        }

        Answers substitutionPassed() {
            return preconditionsMet().then(Q1A, NO).then(Q1B, YES).then(Q1C, YES).then(Q1D, YES);
        }

        Answers foresightPassed() {
            return substitutionPassed().then(Q2A, YES).then(Q2B, YES);
        }

        Position walk() {
            return BeingFairPath.walk(given);
        }
    }

    private static Answers answers() {
        return new Answers();
    }

    private static void assertEnds(Outcome expected, Answers answers) {
        Position position = answers.walk();
        assertTrue(position.ended());
        assertEquals(expected, position.outcome());
        assertNull(position.next());
    }

    private static void assertAsks(Question expected, Answers answers) {
        Position position = answers.walk();
        assertFalse(position.ended());
        assertEquals(expected, position.next());
    }

    @Test
    void the_tool_starts_with_whether_the_concerns_relate_to_a_patient_safety_incident() {
        assertAsks(RELATES_TO_INCIDENT, answers());
    }

    @Test
    void concerns_unrelated_to_a_patient_safety_incident_end_with_do_not_use_this_tool_and_the_safeguarding_and_police_pointers() {
        assertEnds(Outcome.NOT_A_PATIENT_SAFETY_INCIDENT, answers().then(RELATES_TO_INCIDENT, NO));
        assertTrue(Outcome.NOT_A_PATIENT_SAFETY_INCIDENT.action().startsWith("Do not use this tool."));
        assertTrue(Outcome.NOT_A_PATIENT_SAFETY_INCIDENT.points().get(0).contains("safeguarding policies"));
        assertTrue(Outcome.NOT_A_PATIENT_SAFETY_INCIDENT.points().get(1).contains("refer to the police"));
    }

    @Test
    void without_a_systems_based_learning_response_the_tool_is_not_used() {
        assertEnds(Outcome.NO_SYSTEMS_BASED_RESPONSE,
                answers().then(RELATES_TO_INCIDENT, YES).then(SYSTEMS_RESPONSE, NO));
    }

    @Test
    void the_being_fair_tool_cannot_be_used_by_the_patient_safety_team_alone() {
        assertEnds(Outcome.NOT_USED_JOINTLY,
                answers().then(RELATES_TO_INCIDENT, YES).then(SYSTEMS_RESPONSE, YES).then(JOINT_USE, NO));
        assertTrue(Outcome.NOT_USED_JOINTLY.action().startsWith("Do not use this tool."));
    }

    @Test
    void once_the_preconditions_are_met_the_substitution_test_begins() {
        assertAsks(Q1A, answers().preconditionsMet());
    }

    @Test
    void a_yes_to_1a_continues_the_systems_based_response() {
        assertAsks(CONCERNS_AFTER_1A, answers().preconditionsMet().then(Q1A, YES));
        assertEnds(Outcome.PEERS_WOULD_HAVE_ACTED_THE_SAME,
                answers().preconditionsMet().then(Q1A, YES).then(CONCERNS_AFTER_1A, NO));
        assertEquals("Continue with the systems-based learning response.",
                Outcome.PEERS_WOULD_HAVE_ACTED_THE_SAME.action());
    }

    @Test
    void ongoing_concerns_after_a_yes_to_1a_go_on_to_1b() {
        assertAsks(Q1B, answers().preconditionsMet().then(Q1A, YES).then(CONCERNS_AFTER_1A, YES));
    }

    @Test
    void a_no_or_unsure_to_1a_goes_on_to_the_further_substitution_questions() {
        assertAsks(Q1B, answers().preconditionsMet().then(Q1A, NO));
        assertAsks(Q1B, answers().preconditionsMet().then(Q1A, UNSURE));
        assertAsks(Q1C, answers().preconditionsMet().then(Q1A, NO).then(Q1B, YES));
        assertAsks(Q1D, answers().preconditionsMet().then(Q1A, NO).then(Q1B, YES).then(Q1C, YES));
    }

    @Test
    void a_no_or_unknown_to_any_of_1b_to_1d_means_discussing_with_the_supervisor_and_continuing_the_systems_based_response() {
        assertAsks(CONCERNS_AFTER_1D, answers().preconditionsMet().then(Q1A, NO).then(Q1B, NO));
        assertAsks(CONCERNS_AFTER_1D, answers().preconditionsMet().then(Q1A, NO).then(Q1B, YES).then(Q1C, UNSURE));
        assertAsks(CONCERNS_AFTER_1D,
                answers().preconditionsMet().then(Q1A, NO).then(Q1B, YES).then(Q1C, YES).then(Q1D, NO));
        assertEnds(Outcome.DISCUSS_WITH_SUPERVISOR,
                answers().preconditionsMet().then(Q1A, NO).then(Q1B, UNSURE).then(CONCERNS_AFTER_1D, NO));
        assertTrue(Outcome.DISCUSS_WITH_SUPERVISOR.action().contains("supervisor or education lead"));
    }

    @Test
    void ongoing_concerns_after_1b_to_1d_go_on_to_the_foresight_test() {
        assertAsks(Q2A, answers().preconditionsMet().then(Q1A, NO).then(Q1B, NO).then(CONCERNS_AFTER_1D, YES));
    }

    @Test
    void a_yes_to_all_of_1b_to_1d_goes_on_to_the_foresight_test() {
        assertAsks(Q2A, answers().substitutionPassed());
        assertAsks(Q2B, answers().substitutionPassed().then(Q2A, YES));
    }

    @Test
    void a_no_to_either_foresight_question_continues_the_systems_based_response() {
        assertAsks(CONCERNS_AFTER_2, answers().substitutionPassed().then(Q2A, NO));
        assertAsks(CONCERNS_AFTER_2, answers().substitutionPassed().then(Q2A, YES).then(Q2B, NO));
        assertEnds(Outcome.PROTOCOLS_NOT_WORKABLE,
                answers().substitutionPassed().then(Q2A, NO).then(CONCERNS_AFTER_2, NO));
    }

    @Test
    void ongoing_concerns_after_the_foresight_test_go_on_to_the_deliberate_harm_test() {
        assertAsks(Q3, answers().substitutionPassed().then(Q2A, NO).then(CONCERNS_AFTER_2, YES));
    }

    @Test
    void a_yes_to_both_foresight_questions_goes_on_to_the_deliberate_harm_test() {
        assertAsks(Q3, answers().foresightPassed());
    }

    @Test
    void a_suspicion_of_deliberate_harm_leads_to_the_organisations_guidance_and_external_referral() {
        assertEnds(Outcome.DELIBERATE_HARM, answers().foresightPassed().then(Q3, YES));
        assertTrue(Outcome.DELIBERATE_HARM.action().startsWith("Follow organisational guidance for appropriate action, "
                + "including contacting any relevant external organisations"));
        assertTrue(Outcome.DELIBERATE_HARM.action().contains("(PIPOT)"));
        assertTrue(Outcome.DELIBERATE_HARM.action().contains("(LADO)"));
    }

    @Test
    void no_suggestion_of_deliberate_harm_goes_on_to_the_health_test() {
        assertAsks(Q4A, answers().foresightPassed().then(Q3, NO));
        assertAsks(Q4B, answers().foresightPassed().then(Q3, NO).then(Q4A, NO));
    }

    @Test
    void an_indication_of_substance_use_leads_to_the_guidance_for_health_issues_affecting_work() {
        assertEnds(Outcome.HEALTH_ISSUE, answers().foresightPassed().then(Q3, NO).then(Q4A, YES));
    }

    @Test
    void an_indication_of_ill_health_leads_to_the_guidance_for_health_issues_affecting_work() {
        assertEnds(Outcome.HEALTH_ISSUE, answers().foresightPassed().then(Q3, NO).then(Q4A, NO).then(Q4B, YES));
    }

    @Test
    void significant_mitigating_circumstances_mean_action_directed_at_the_individual_may_not_be_appropriate() {
        assertEnds(Outcome.MITIGATING_CIRCUMSTANCES,
                answers().foresightPassed().then(Q3, NO).then(Q4A, NO).then(Q4B, NO).then(Q5, YES));
    }

    @Test
    void without_mitigating_circumstances_the_guidance_for_appropriate_management_follows() {
        assertEnds(Outcome.APPROPRIATE_MANAGEMENT,
                answers().foresightPassed().then(Q3, NO).then(Q4A, NO).then(Q4B, NO).then(Q5, NO));
        assertTrue(Outcome.APPROPRIATE_MANAGEMENT.action().contains("disciplinary action"));
    }

    @Test
    void an_answer_out_of_order_is_not_accepted() {
        assertFalse(BeingFairPath.accepts(List.of(), Q1A, YES));
        assertTrue(BeingFairPath.accepts(List.of(), RELATES_TO_INCIDENT, YES));
        assertThrows(IllegalArgumentException.class, () -> answers().then(Q3, YES).walk());
    }

    @Test
    void no_answer_is_accepted_after_an_end() {
        List<Given> ended = List.of(new Given(RELATES_TO_INCIDENT, NO));
        assertFalse(BeingFairPath.accepts(ended, SYSTEMS_RESPONSE, YES));
    }

    @Test
    void unsure_is_only_an_answer_where_the_tool_allows_it() {
        assertTrue(BeingFairPath.accepts(answers().preconditionsMet().given, Q1A, UNSURE));
        assertFalse(BeingFairPath.accepts(List.of(), RELATES_TO_INCIDENT, UNSURE));
        assertFalse(BeingFairPath.accepts(answers().foresightPassed().given, Q3, UNSURE));
    }
}
