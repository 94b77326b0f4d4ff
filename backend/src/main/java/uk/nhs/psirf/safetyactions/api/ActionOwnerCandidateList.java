package uk.nhs.psirf.safetyactions.api;

import java.util.List;

public record ActionOwnerCandidateList(List<ActionOwnerCandidate> items) {
}
