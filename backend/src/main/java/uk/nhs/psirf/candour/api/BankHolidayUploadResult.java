package uk.nhs.psirf.candour.api;

import java.util.List;

/** The years replaced and how many holidays they now hold, with the full list after the upload. */
public record BankHolidayUploadResult(List<Integer> yearsReplaced, int holidaysLoaded, List<BankHolidayView> items,
                                      BankHolidayCoverageView coverage) {
}
