package uk.nhs.psirf.responses.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.responses.domain.DueStatus;

import java.time.LocalDate;
import java.util.List;

/** Dates as shown: the target and the latest allowed date include the days spent paused. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeframeView(LocalDate startedOn, LocalDate defaultTargetOn, LocalDate targetCompletionOn,
                            LocalDate latestAllowedOn, long pausedDays, DueStatus dueStatus,
                            List<PauseView> pauses, List<ExtensionView> extensions) {
}
