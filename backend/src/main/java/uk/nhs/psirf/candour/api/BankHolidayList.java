package uk.nhs.psirf.candour.api;

import java.util.List;

public record BankHolidayList(List<BankHolidayView> items, BankHolidayCoverageView coverage) {
}
