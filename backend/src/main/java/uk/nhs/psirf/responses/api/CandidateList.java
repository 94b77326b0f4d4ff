package uk.nhs.psirf.responses.api;

import java.util.List;

public record CandidateList(List<Candidate> items) {
}
