package uk.nhs.psirf.coaches;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.support.People;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coach register's front door: enrolling a person once, and finding them by register id or person. */
@QuarkusTest
class CoachesDoorTest {
    private static final Stamp IVY = new Stamp("ivy-sub", "Ivy Advisor", Instant.parse("2026-11-02T10:00:00Z"));

    @Inject
    Coaches coaches;

    @Test
    void aPersonEnrolledOnceIsFoundByRegisterIdAndByPersonAndEnrollingAgainKeepsTheirEntry() {
        UUID person = UUID.fromString(People.add("Lena Lived-Experience"));
        CoachBrief enrolled = coaches.enrol(new NewCoach(person, "lived-experience", null,
                LocalDate.parse("2026-11-02")), IVY);

        assertEquals(person, enrolled.personId());
        assertEquals("lived-experience", enrolled.kind());
        assertTrue(enrolled.current());
        assertTrue(enrolled.name().startsWith("Lena Lived-Experience"));
        assertEquals(enrolled, coaches.find(enrolled.id()).orElseThrow());
        assertEquals(enrolled, coaches.findByPerson(person).orElseThrow());
        assertEquals(enrolled.id(), coaches.enrol(new NewCoach(person, "staff", null, LocalDate.parse("2026-12-01")),
                IVY).id(), "a second enrolment returns the entry already on the register");
        assertEquals(Map.of(enrolled.id(), enrolled.name()), coaches.names(List.of(enrolled.id(), UUID.randomUUID())));
    }

    @Test
    void someoneNotOnTheRegisterIsNotACoach() {
        UUID person = UUID.fromString(People.add("Nora Not-a-Coach"));
        assertFalse(coaches.findByPerson(person).isPresent());
        assertFalse(coaches.find(UUID.randomUUID()).isPresent());
    }
}
