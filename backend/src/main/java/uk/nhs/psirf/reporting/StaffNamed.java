package uk.nhs.psirf.reporting;

/** A member of staff named on an event's report: the name (identifiable, may be absent) and the role. */
public record StaffNamed(String name, String role) {
}
