package uk.nhs.psirf.beingfair.domain;

import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.rules.Verdict;

/**
 * How a use of the Being Fair tool is filled in (NHS England, Being fair 2): "Before using the tool, consider the
 * following questions (Sidney Dekker, 2022): Who is hurt? What do they need? Whose responsibility is it to meet that
 * need?" — then the questions are answered one at a time, in the order the tool asks them ({@link BeingFairPath}),
 * until it reaches an end. A version that has ended is not changed again: revisiting the tool starts a new one.
 */
public final class BeingFairAnswerPolicy {
    private BeingFairAnswerPolicy() {
    }

    /** The three questions are (re)considered while the version has not ended. */
    public static Verdict mayConsider(BeingFairRound current) {
        return Verdict.allowedIf(!current.ended(), () -> Verdict.conflict("whoIsHurt", FieldErrorCode.TOOL_ENDED,
                "This version of the tool has ended: revisit the tool to start a new version"));
    }

    /** After the three questions, {@code answer} to the question the tool asks next, one of that question's options. */
    public static Verdict mayAnswer(BeingFairRound current, Question question, Answer answer) {
        if (current.ended()) {
            return Verdict.conflict("question", FieldErrorCode.TOOL_ENDED,
                    "This version of the tool has ended: revisit the tool to answer again");
        }
        if (!current.considered()) {
            return Verdict.conflict("question", FieldErrorCode.CONSIDERATIONS_REQUIRED, "Consider who is hurt, what "
                    + "they need and whose responsibility it is to meet that need before using the tool");
        }
        Question expected = current.position().next();
        if (expected != question) {
            return Verdict.conflict("question", FieldErrorCode.OUT_OF_ORDER,
                    "Answer the question the tool asks next: " + expected.id());
        }
        return Verdict.allowedIf(question.allows(answer), () -> Verdict.invalid("answer", FieldErrorCode.INVALID_VALUE,
                "Answer " + String.join(" or ", question.options().stream().map(o -> o.label().toLowerCase())
                        .toList())));
    }
}
