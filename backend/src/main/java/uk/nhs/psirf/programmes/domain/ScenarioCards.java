package uk.nhs.psirf.programmes.domain;

import java.util.List;

/**
 * The scenario cards of the challenging poor practice module (001_*), kept in the product so that a facilitator can
 * run a reflective practice session from a phone. The source describes what the cards do (practise challenging in a
 * safe setting; tackle it there and then, or report it to a manager when that is not appropriate or the person lacks
 * the confidence; recognise practice not previously seen as poor; acknowledge good practice) but does not reproduce
 * them, so these cards are written to that brief. No card names a patient, a member of staff or an incident.
 */
public final class ScenarioCards {
    public static final List<ScenarioCard> CHALLENGING_POOR_PRACTICE = List.of(
            new ScenarioCard(1, "Talking over someone",
                    "At lunchtime a colleague helps an older person to eat while chatting with another colleague across "
                            + "the room, and does not speak to the person at all.",
                    List.of("Is this poor practice? Why might the colleague not see it that way?",
                            "Could you say something there and then? What words would you use?",
                            "What would good practice look like here?")),
            new ScenarioCard(2, "The door left open",
                    "You walk past a room where a person is being helped to wash with the door wide open and the "
                            + "curtain not drawn.",
                    List.of("What would you do in the moment, and how would you protect the person's dignity first?",
                            "How could you raise it with the colleague afterwards without blame?",
                            "Who else, if anyone, should know?")),
            new ScenarioCard(3, "\"We always do it this way\"",
                    "A new starter is told by an experienced colleague to skip a check because \"it slows the round "
                            + "down and nothing ever happens\".",
                    List.of("How might the new starter challenge this with little confidence?",
                            "When is it right to report it to a manager rather than tackle it at the time?",
                            "What in the team's culture makes shortcuts like this feel normal?")),
            new ScenarioCard(4, "A senior colleague",
                    "A senior colleague speaks sharply and dismissively to a person who keeps asking the same "
                            + "question, in front of their relative.",
                    List.of("Does the colleague's seniority change what you would do? Should it?",
                            "What is the least confrontational way to step in?",
                            "How would you support the person and the relative afterwards?")),
            new ScenarioCard(5, "Noticing good practice",
                    "A colleague takes time to explain a change of plan to a person who is anxious, checks they have "
                            + "understood, and writes down what was agreed.",
                    List.of("What made this good practice?",
                            "How and when would you tell the colleague what you saw?",
                            "How could the team learn from it as readily as from things that go wrong?")));

    private ScenarioCards() {
    }
}
