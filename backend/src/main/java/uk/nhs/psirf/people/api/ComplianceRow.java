package uk.nhs.psirf.people.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/**
 * One active person in the compliance view: their gaps per role, the responses they contributed to in the year, and
 * whether they count as a learning response lead below the policy's two a year.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplianceRow(UUID personId, String name, String jobRole, List<Qualification> qualifications,
                            long responsesInYear, boolean lead, boolean belowMinimumResponses) {
}
