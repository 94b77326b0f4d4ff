package uk.nhs.psirf.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code UUID} path parameter and names what it identifies, e.g. {@code @IdOf("The decision")}: a malformed
 * id cannot name anything, so it is answered as an id that names nothing, 404 "The decision was not found"
 * ({@link UuidPathParameters}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface IdOf {
    /** What the id names, as the start of the 404's detail: "The decision", "The learning response". */
    String value();
}
