package uk.nhs.psirf.candour.api;

import java.util.List;

/** The rows, with how far the bank holidays their due dates skip reach. */
public record CandourList(List<CandourSummary> items, BankHolidayCoverageView bankHolidays) {
}
