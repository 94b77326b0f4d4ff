package uk.nhs.psirf.programmes.domain;

import java.util.List;

/** One scenario card of the challenging poor practice module: a situation and the questions to discuss. */
public record ScenarioCard(int number, String title, String situation, List<String> questions) {
}
