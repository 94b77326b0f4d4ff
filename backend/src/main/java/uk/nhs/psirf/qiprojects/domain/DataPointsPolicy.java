package uk.nhs.psirf.qiprojects.domain;

import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Run-chart data (issue 12, "Bad input"): every point has a date and a value, and a measure has one value per date,
 * so data with a missing or a duplicate date is refused, naming the point ({@code points[i].date}), and nothing of
 * the batch is kept.
 */
public final class DataPointsPolicy {
    static final String DATE_MISSING = "Enter the date of the value";
    static final String VALUE_MISSING = "Enter the value";
    static final String DATE_TWICE = "There is already a value for this date";
    static final String IN_FUTURE = "The date must be today or in the past";
    static final String NONE = "Enter at least one value";

    /** One point as sent. */
    public record Sent(LocalDate date, BigDecimal value) {
    }

    private DataPointsPolicy() {
    }

    public static List<FieldError> check(List<Sent> points, Set<LocalDate> alreadyHeld, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (points.isEmpty()) {
            errors.add(new FieldError("points", FieldErrorCode.REQUIRED, NONE));
        }
        Set<LocalDate> seen = new HashSet<>(alreadyHeld);
        for (int i = 0; i < points.size(); i++) {
            Sent point = points.get(i);
            String at = "points[" + i + "]";
            if (point == null || point.date() == null) {
                errors.add(new FieldError(at + ".date", FieldErrorCode.REQUIRED, DATE_MISSING));
            } else if (!seen.add(point.date())) {
                errors.add(new FieldError(at + ".date", FieldErrorCode.DUPLICATE_DATE, DATE_TWICE));
            } else if (point.date().isAfter(today)) {
                errors.add(new FieldError(at + ".date", FieldErrorCode.IN_THE_FUTURE, IN_FUTURE));
            }
            if (point != null && point.value() == null) {
                errors.add(new FieldError(at + ".value", FieldErrorCode.REQUIRED, VALUE_MISSING));
            }
        }
        return errors;
    }
}
