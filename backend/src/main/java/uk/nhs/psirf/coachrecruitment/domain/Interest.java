package uk.nhs.psirf.coachrecruitment.domain;

import java.time.LocalDate;

/**
 * An expression of interest, checked: who, how to reach them (an e-mail address or a phone number, or both), the
 * directorate they have a relationship with, how they heard of the role and their lived experience in their own
 * words (never patient or incident data).
 */
public record Interest(String name, String email, String phone, Long directorateId, String heardFrom,
                       String livedExperience, LocalDate expressedOn) {
}
