package uk.nhs.psirf.beingfair.domain;

import java.util.List;

/**
 * The paths of the NHS England Being Fair decision-making tool: from the answers given so far, in order, the next
 * question or the end the tool names. At each "continue with the systems-based learning response" exit the users say
 * whether there are ongoing concerns of recklessness, wilful neglect or malice: if so the tool goes on to the next
 * question in order, otherwise it ends there. "Unsure" or "unknown" never counts as yes.
 */
public final class BeingFairPath {
    private BeingFairPath() {
    }

    /** Exactly one of the two is set. */
    public record Position(Question next, Outcome outcome) {
        public boolean ended() {
            return outcome != null;
        }

        static Position ask(Question question) {
            return new Position(question, null);
        }

        static Position end(Outcome outcome) {
            return new Position(null, outcome);
        }
    }

    /** One answer given. */
    public record Given(Question question, Answer answer) {
    }

    /**
     * Where the answers lead. The answers must be those the path asked for, in order ({@link #accepts}); an answer
     * after the end, or to a question not asked, is an {@link IllegalArgumentException}.
     */
    public static Position walk(List<Given> answers) {
        Position position = Position.ask(Question.RELATES_TO_INCIDENT);
        for (Given given : answers) {
            if (position.ended() || position.next() != given.question() || !given.question().allows(given.answer())) {
                throw new IllegalArgumentException("Not the answer the tool asks for next: " + given);
            }
            position = after(given.question(), given.answer().isYes());
        }
        return position;
    }

    /** Whether this answer to this question is the one the tool asks for after the answers given so far. */
    public static boolean accepts(List<Given> answers, Question question, Answer answer) {
        Position position = walk(answers);
        return !position.ended() && position.next() == question && question.allows(answer);
    }

    private static Position after(Question question, boolean yes) {
        return switch (question) {
            case RELATES_TO_INCIDENT -> yes ? Position.ask(Question.SYSTEMS_RESPONSE)
                    : Position.end(Outcome.NOT_A_PATIENT_SAFETY_INCIDENT);
            case SYSTEMS_RESPONSE -> yes ? Position.ask(Question.JOINT_USE)
                    : Position.end(Outcome.NO_SYSTEMS_BASED_RESPONSE);
            case JOINT_USE -> yes ? Position.ask(Question.Q1A) : Position.end(Outcome.NOT_USED_JOINTLY);
            case Q1A -> yes ? Position.ask(Question.CONCERNS_AFTER_1A) : Position.ask(Question.Q1B);
            case CONCERNS_AFTER_1A -> yes ? Position.ask(Question.Q1B)
                    : Position.end(Outcome.PEERS_WOULD_HAVE_ACTED_THE_SAME);
            case Q1B -> yes ? Position.ask(Question.Q1C) : Position.ask(Question.CONCERNS_AFTER_1D);
            case Q1C -> yes ? Position.ask(Question.Q1D) : Position.ask(Question.CONCERNS_AFTER_1D);
            case Q1D -> yes ? Position.ask(Question.Q2A) : Position.ask(Question.CONCERNS_AFTER_1D);
            case CONCERNS_AFTER_1D -> yes ? Position.ask(Question.Q2A) : Position.end(Outcome.DISCUSS_WITH_SUPERVISOR);
            case Q2A -> yes ? Position.ask(Question.Q2B) : Position.ask(Question.CONCERNS_AFTER_2);
            case Q2B -> yes ? Position.ask(Question.Q3) : Position.ask(Question.CONCERNS_AFTER_2);
            case CONCERNS_AFTER_2 -> yes ? Position.ask(Question.Q3) : Position.end(Outcome.PROTOCOLS_NOT_WORKABLE);
            case Q3 -> yes ? Position.end(Outcome.DELIBERATE_HARM) : Position.ask(Question.Q4A);
            case Q4A -> yes ? Position.end(Outcome.HEALTH_ISSUE) : Position.ask(Question.Q4B);
            case Q4B -> yes ? Position.end(Outcome.HEALTH_ISSUE) : Position.ask(Question.Q5);
            case Q5 -> yes ? Position.end(Outcome.MITIGATING_CIRCUMSTANCES) : Position.end(Outcome.APPROPRIATE_MANAGEMENT);
        };
    }
}
