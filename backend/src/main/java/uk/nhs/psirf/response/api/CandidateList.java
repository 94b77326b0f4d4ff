package uk.nhs.psirf.response.api;

import java.util.List;

public record CandidateList(List<Candidate> items) {
}
