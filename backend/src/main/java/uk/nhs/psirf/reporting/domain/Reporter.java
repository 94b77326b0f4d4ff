package uk.nhs.psirf.reporting.domain;

/**
 * Who reported: {@code key} is always kept (an HMAC of the subject) so the reporter can find the report;
 * {@code sub} and {@code name} are null when the report is anonymous.
 */
public record Reporter(String sub, String name, String key) {
    public static Reporter named(String sub, String name, String key) {
        return new Reporter(sub, name, key);
    }

    public static Reporter anonymous(String key) {
        return new Reporter(null, null, key);
    }
}
