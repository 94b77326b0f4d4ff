package uk.nhs.psirf.platform.query;

import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads query parameters as text and names each bad one, so that a wrong value is a 400 naming the
 * parameter rather than the 404 that JAX-RS gives for a failed conversion.
 */
public final class QueryParams {
    private final List<FieldError> errors = new ArrayList<>();

    public Optional<Integer> integer(String name, String value, int min, int max) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                errors.add(new FieldError(name, FieldErrorCode.OUT_OF_RANGE,
                        "Enter a number from " + min + " to " + max));
                return Optional.empty();
            }
            return Optional.of(parsed);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, FieldErrorCode.INVALID_FORMAT, "Enter a whole number"));
            return Optional.empty();
        }
    }

    /** An id (a UUID); anything else is a 400 naming the parameter. */
    public Optional<UUID> id(String name, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, FieldErrorCode.INVALID_FORMAT, "Enter a valid id"));
            return Optional.empty();
        }
    }

    public Optional<LocalDate> date(String name, String value) {
        return parse(name, value, LocalDate::parse, "Enter a date as YYYY-MM-DD");
    }

    public Optional<Instant> instant(String name, String value) {
        return parse(name, value, text -> java.time.OffsetDateTime.parse(text).toInstant(),
                "Enter a date and time as in 2026-11-20T14:30:00Z");
    }

    public <T> Optional<T> code(String name, String value, Function<String, Optional<T>> lookup) {
        if (blank(value)) {
            return Optional.empty();
        }
        Optional<T> found = lookup.apply(value);
        if (found.isEmpty()) {
            errors.add(new FieldError(name, FieldErrorCode.UNKNOWN_CODE, "Choose a value from the list"));
        }
        return found;
    }

    public Optional<String> text(String name, String value, int maxLength) {
        if (blank(value)) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            errors.add(new FieldError(name, FieldErrorCode.TOO_LONG, "Must be " + maxLength + " characters or fewer"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public PageRequest page(String page, String size) {
        int number = integer("page", page, 0, PageRequest.MAX_PAGE).orElse(0);
        int pageSize = integer("size", size, 1, PageRequest.MAX_SIZE).orElse(PageRequest.DEFAULT_SIZE);
        return new PageRequest(number, pageSize);
    }

    public void addError(FieldError error) {
        errors.add(error);
    }

    /** Throws one 400 naming every bad parameter. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private <T> Optional<T> parse(String name, String value, Function<String, T> parser, String message) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.trim()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, FieldErrorCode.INVALID_FORMAT, message));
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
