package uk.nhs.psirf.candour.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A bank holiday file as text: gov.uk's {@code bank-holidays.json} (its {@code england-and-wales.events}) or a CSV
 * of {@code date,title} lines. The SPA reads the chosen file and sends its text.
 */
public record BankHolidayUpload(
        @NotBlank(message = "Choose a file") @Size(max = 200, message = "The file name must be 200 characters or fewer") String fileName,
        @NotBlank(message = "The file is empty") @Size(max = 200000, message = "The file must be 200,000 characters or fewer") String content) {
}
