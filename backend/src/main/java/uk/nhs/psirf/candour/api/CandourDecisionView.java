package uk.nhs.psirf.candour.api;

import java.time.Instant;

public record CandourDecisionView(boolean notifiable, boolean prolongedPsychologicalHarm, String reason,
                                  String decidedBy, Instant decidedAt) {
}
