package uk.nhs.psirf.action.api;

import java.util.List;

public record ActionOwnerCandidateList(List<ActionOwnerCandidate> items) {
}
