package uk.nhs.psirf.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.programmes.api.AttendeeView;
import uk.nhs.psirf.programmes.api.MaterialView;
import uk.nhs.psirf.programmes.api.MySessionView;
import uk.nhs.psirf.programmes.api.ScenarioCardView;
import uk.nhs.psirf.programmes.api.SessionSummary;
import uk.nhs.psirf.programmes.api.SessionView;
import uk.nhs.psirf.programmes.domain.Attendance;
import uk.nhs.psirf.programmes.domain.AttendanceStatus;
import uk.nhs.psirf.programmes.domain.Programme;
import uk.nhs.psirf.programmes.domain.ProgrammeMaterial;
import uk.nhs.psirf.programmes.domain.ProgrammeSession;
import uk.nhs.psirf.programmes.domain.ScenarioCards;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeViews {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Directory people;

    public ProgrammeViews(Directory people) {
        this.people = people;
    }

    public SessionSummary summary(ProgrammeSession session, UUID callerPersonId) {
        return new SessionSummary(session.id().toString(), session.heldOn(), time(session.startsAt()),
                time(session.endsAt()), session.venue(), session.online(), session.facilitator(), session.hours(),
                yours(session, callerPersonId));
    }

    /** The session; with its register, by name, only when {@code withRegister}. */
    public SessionView session(ProgrammeSession session, Programme programme, UUID callerPersonId,
                               boolean withRegister, LocalDate today) {
        List<AttendeeView> attendees = withRegister ? session.register().stream().map(this::attendee)
                .sorted(Comparator.comparing(AttendeeView::name, String.CASE_INSENSITIVE_ORDER)).toList() : null;
        return new SessionView(session.id(), session.version(), programme.id(), programme.title(), session.heldOn(),
                time(session.startsAt()), time(session.endsAt()), session.venue(), session.online(),
                session.facilitator(), session.hours(), !session.heldOn().isAfter(today),
                yours(session, callerPersonId), attendees, withRegister);
    }

    public MySessionView mine(ProgrammeSession session, String programmeTitle, UUID personId) {
        return new MySessionView(session.id(), session.programmeId(), programmeTitle, session.heldOn(),
                time(session.startsAt()), time(session.endsAt()), session.venue(), session.online(),
                yours(session, personId));
    }

    public MaterialView material(ProgrammeMaterial material) {
        return new MaterialView(material.id(), material.title(), material.linkUrl(), material.fileName(),
                material.contentType(), material.sizeBytes(), material.addedByName(), material.addedAt());
    }

    public List<ScenarioCardView> scenarioCards(Programme programme) {
        return programme.hasScenarioCards() ? ScenarioCards.CHALLENGING_POOR_PRACTICE.stream()
                .map(c -> new ScenarioCardView(c.number(), c.title(), c.situation(), c.questions())).toList() : null;
    }

    private AttendeeView attendee(Attendance attendance) {
        DirectoryPerson person = people.find(attendance.personId()).orElseThrow(() -> new IllegalStateException(
                "The person " + attendance.personId() + " is on a register but missing"));
        return new AttendeeView(person.id(), person.name(), person.jobRole(), attendance.status());
    }

    private static String yours(ProgrammeSession session, UUID personId) {
        return personId == null ? null : session.statusOf(personId).map(AttendanceStatus::code).orElse(null);
    }

    static String time(LocalTime time) {
        return time.format(HH_MM);
    }
}
