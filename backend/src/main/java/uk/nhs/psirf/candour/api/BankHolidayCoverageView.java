package uk.nhs.psirf.candour.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.nhs.psirf.candour.domain.BankHolidayCoverage;

import java.time.LocalDate;

/** How far the bank holidays held reach; {@code warning} only when they run out within 12 months. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BankHolidayCoverageView(LocalDate knownUntil, boolean runsOutSoon, String warning) {
    public static BankHolidayCoverageView of(BankHolidayCoverage coverage, LocalDate today) {
        return new BankHolidayCoverageView(coverage.knownUntil(), coverage.runsOutSoon(), coverage.warning(today));
    }
}
