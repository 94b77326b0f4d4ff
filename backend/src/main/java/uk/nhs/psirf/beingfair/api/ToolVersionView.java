package uk.nhs.psirf.beingfair.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** One version of the use of the tool; {@code nextStep}: join, considerations, question or ended. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolVersionView(int number, Instant startedAt, String startedByName, ConsiderationsView considerations,
                              List<AnswerView> answers, String nextStep, QuestionView nextQuestion,
                              OutcomeView outcome) {
}
