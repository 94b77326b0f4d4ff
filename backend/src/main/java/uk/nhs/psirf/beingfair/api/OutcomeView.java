package uk.nhs.psirf.beingfair.api;

import java.time.Instant;
import java.util.List;

/** Where the tool ended, with the action it names, and its closing reminder to revisit. */
public record OutcomeView(String code, String action, List<String> points, String revisit, Instant endedAt) {
}
