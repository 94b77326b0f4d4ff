package uk.nhs.psirf.people.api;

import java.util.List;

public record ComplianceReport(int year, int minimumResponsesPerYear, List<ComplianceRow> people) {
}
