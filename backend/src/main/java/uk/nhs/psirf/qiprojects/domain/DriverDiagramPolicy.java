package uk.nhs.psirf.qiprojects.domain;

import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;

import java.util.ArrayList;
import java.util.List;

/**
 * A driver diagram reads from the aim to primary drivers, each with its secondary drivers, each with its change
 * ideas (IHI driver diagrams); every line says something.
 */
public final class DriverDiagramPolicy {
    public static final int LONGEST_TEXT = 500;
    static final String EMPTY = "Enter the driver or change idea, or remove it";
    static final String TOO_LONG = "Keep it to " + LONGEST_TEXT + " characters or fewer";

    private DriverDiagramPolicy() {
    }

    /** @param field the field naming each line, e.g. {@code drivers[0].secondaryDrivers[1].text} */
    public static List<FieldError> check(String field, String text) {
        List<FieldError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, FieldErrorCode.REQUIRED, EMPTY));
        } else if (text.strip().length() > LONGEST_TEXT) {
            errors.add(new FieldError(field, FieldErrorCode.TOO_LONG, TOO_LONG));
        }
        return errors;
    }
}
