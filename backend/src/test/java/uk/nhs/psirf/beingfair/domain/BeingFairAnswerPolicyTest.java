package uk.nhs.psirf.beingfair.domain;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ProblemCode;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Being fair 2: "Before using the tool, consider the following questions (Sidney Dekker, 2022): Who is hurt? What do
 * they need? Whose responsibility is it to meet that need?"; "Do the concerns raised relate to a patient safety
 * incident? If no – do not use this tool."
 */
class BeingFairAnswerPolicyTest {
    private static final Stamp BY = new Stamp("sub-pat", "Pat", Instant.EPOCH);

    @Test
    void the_three_questions_are_considered_before_the_tool_is_used() {
        BeingFairRound round = BeingFairRound.start(UUID.randomUUID(), 1, BY);
        assertConflict(BeingFairAnswerPolicy.mayAnswer(round, Question.RELATES_TO_INCIDENT, Answer.YES), "question",
                FieldErrorCode.CONSIDERATIONS_REQUIRED, "Consider who is hurt, what they need and whose "
                        + "responsibility it is to meet that need before using the tool");
        assertTrue(BeingFairAnswerPolicy.mayConsider(round).isAllowed());
    }

    @Test
    void the_questions_are_answered_in_the_order_the_tool_asks_them_with_one_of_their_options() {
        BeingFairRound round = considered();
        assertTrue(BeingFairAnswerPolicy.mayAnswer(round, Question.RELATES_TO_INCIDENT, Answer.YES).isAllowed());
        assertConflict(BeingFairAnswerPolicy.mayAnswer(round, Question.SYSTEMS_RESPONSE, Answer.YES), "question",
                FieldErrorCode.OUT_OF_ORDER, "Answer the question the tool asks next: relates-to-incident");
        Verdict unsure = BeingFairAnswerPolicy.mayAnswer(round, Question.RELATES_TO_INCIDENT, Answer.UNSURE);
        assertEquals(ProblemCode.VALIDATION_FAILED, unsure.code());
        assertEquals("answer", unsure.field());
        assertEquals(FieldErrorCode.INVALID_VALUE, unsure.fieldCode());
        assertEquals("Answer yes or no", unsure.reason());
    }

    @Test
    void a_version_that_has_ended_is_not_changed_again() {
        BeingFairRound round = considered();
        round.answer(Question.RELATES_TO_INCIDENT, Answer.NO, BY);
        assertConflict(BeingFairAnswerPolicy.mayAnswer(round, Question.SYSTEMS_RESPONSE, Answer.YES), "question",
                FieldErrorCode.TOOL_ENDED, "This version of the tool has ended: revisit the tool to answer again");
        assertConflict(BeingFairAnswerPolicy.mayConsider(round), "whoIsHurt", FieldErrorCode.TOOL_ENDED,
                "This version of the tool has ended: revisit the tool to start a new version");
    }

    private static BeingFairRound considered() {
        BeingFairRound round = BeingFairRound.start(UUID.randomUUID(), 1, BY);
        round.consider("The patient and the nurse", "Support and information", "The ward manager", BY);
        return round;
    }

    private static void assertConflict(Verdict verdict, String field, FieldErrorCode code, String reason) {
        assertEquals(ProblemCode.CONFLICT, verdict.code());
        assertEquals(field, verdict.field());
        assertEquals(code, verdict.fieldCode());
        assertEquals(reason, verdict.reason());
    }
}
