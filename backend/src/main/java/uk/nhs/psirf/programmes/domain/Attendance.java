package uk.nhs.psirf.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** One person on a session's register. */
@Embeddable
public record Attendance(@Column(name = "person_id", nullable = false) UUID personId,
                         @Column(nullable = false, length = 20) String status) {

    public static Attendance of(UUID personId, AttendanceStatus status) {
        return new Attendance(personId, status.code());
    }

    public AttendanceStatus attendanceStatus() {
        return AttendanceStatus.fromCode(status).orElseThrow();
    }
}
