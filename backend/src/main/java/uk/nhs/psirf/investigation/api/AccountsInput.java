package uk.nhs.psirf.investigation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The first-hand accounts taken so far. */
public record AccountsInput(
        @NotNull(message = "The version last read is required") @Min(value = 0, message = "The version is not valid") Long version,
        @NotNull(message = "List the accounts (it may be empty)") @Size(max = 100, message = "Enter 100 accounts or fewer") List<@Valid Account> accounts) {

    public record Account(
            @NotBlank(message = "Enter the role of the person") @Size(max = 200, message = "The role must be 200 characters or fewer") String role,
            @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
            @NotNull(message = "Enter the date the account was taken") LocalDate takenOn,
            @NotBlank(message = "Enter the account") @Size(max = 10000, message = "The account must be 10000 characters or fewer") String account) {
    }
}
