package uk.nhs.psirf.reference;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A coded value with its display; LFPSE integer codes are given as decimal strings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Code(String code, String display, String hint) {
    public static Code of(int code, String display) {
        return new Code(Integer.toString(code), display, null);
    }
}
