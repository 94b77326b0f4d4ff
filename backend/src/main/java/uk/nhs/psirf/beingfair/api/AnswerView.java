package uk.nhs.psirf.beingfair.api;

import java.time.Instant;

/** An answer given, with the tool's words for the question and the answer. */
public record AnswerView(String question, String section, String questionText, String answer, String answerLabel,
                         String answeredByName, Instant answeredAt) {
}
