package uk.nhs.psirf.coaches;

import java.util.UUID;

/**
 * One piece of a coach's work: {@code kind} is {@code coaching-contract} or {@code qi-project}; {@code title} is what
 * the register shows (the team or person coached, the project's name, never patient data); {@code minutesCoached}
 * are the minutes of coaching recorded (0 where the work does not count hours); {@code active} while it runs.
 */
public record CoachWorkItem(String kind, UUID id, String title, int minutesCoached, boolean active) {
}
