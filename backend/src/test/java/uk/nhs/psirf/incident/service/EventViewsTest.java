package uk.nhs.psirf.incident.service;

import org.junit.jupiter.api.Test;
import uk.nhs.psirf.incident.api.CaseLink;
import uk.nhs.psirf.incident.api.EventDetail;
import uk.nhs.psirf.incident.api.EventLink;
import uk.nhs.psirf.incident.domain.EventStatus;
import uk.nhs.psirf.incident.domain.EventFacts;
import uk.nhs.psirf.incident.domain.Patient;
import uk.nhs.psirf.incident.domain.PatientSafetyEvent;
import uk.nhs.psirf.incident.domain.Reporter;
import uk.nhs.psirf.incident.domain.Viewer;
import uk.nhs.psirf.kernel.ResponseType;
import uk.nhs.psirf.platform.security.Roles;
import uk.nhs.psirf.reference.CareService;
import uk.nhs.psirf.reference.Directorate;
import uk.nhs.psirf.reference.EventCategory;
import uk.nhs.psirf.reference.EventType;
import uk.nhs.psirf.reference.Location;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Everyone else gets a de-identified view": what that view leaves out, and what the full view keeps. */
class EventViewsTest {
    private final EventViews views = new EventViews();
    private final PatientSafetyEvent event = event();

    @Test
    void theDeIdentifiedViewLeavesOutEverythingThatCouldNameSomeone() {
        EventDetail view = views.detail(event, new Viewer(Set.of(Roles.PATIENT_SAFETY_PARTNER), "someone-else"));
        assertFalse(view.identifiable());
        assertNull(view.reporterName());
        assertNull(view.whatHappened());
        assertNull(view.immediateActions());
        assertNull(view.patient().name());
        assertNull(view.patient().nhsNumber());
        assertNull(view.patient().dateOfBirth());
        assertNull(view.patient().address());
        assertEquals(11, view.patient().ageBracket(), "demographic codes stay for inequality analysis");
        assertNull(view.staffInvolved().get(0).name());
        assertEquals("District nurse", view.staffInvolved().get(0).role());
        assertEquals("Reporter", view.history().get(0).by());
    }

    @Test
    void theFullViewKeepsPatientDetailsForTheSpecialist() {
        EventDetail view = views.detail(event, new Viewer(Set.of(Roles.PATIENT_SAFETY_SPECIALIST), "x"));
        assertTrue(view.identifiable());
        assertEquals("Jane Example", view.patient().name());
        assertEquals("9434765919", view.patient().nhsNumber());
        assertEquals("Dana Nurse", view.staffInvolved().get(0).name());
        assertEquals("Sam Staff", view.reporterName());
    }

    @Test
    void aReporterReadingTheirOwnReportSeesTheOutcomeButNoneOfTheTeamsNotesNamesOrLinks() {
        Instant at = Instant.parse("2026-11-23T12:00:00Z");
        event.triage(EventStatus.IN_TRIAGE, event.category(), 4, 4, "Discussed with Dr Other", "sub-pat",
                "Pat Specialist", at);
        event.decide(ResponseType.AFTER_ACTION_REVIEW, "Panel: Dr Other, Pat Specialist", "sub-chair", "Cat Chair", at);
        event.shareLearning("Heels are now offloaded at every visit.", at);
        EventLinks links = new EventLinks(new EventLink(UUID.randomUUID(), "PSE-2026-000002"),
                new CaseLink(UUID.randomUUID(), "CASE-2026-0001", "Ulcers on Mrs Other's ward"));

        EventDetail reporter = views.detail(event, new Viewer(Set.of(Roles.STAFF), "key-1"), links);
        assertNull(reporter.duplicateOf());
        assertNull(reporter.triageCase());
        assertEquals("Sam Staff", reporter.history().get(0).by(), "their own entry");
        for (int i = 1; i < reporter.history().size(); i++) {
            assertEquals("Patient safety team", reporter.history().get(i).by());
            assertNull(reporter.history().get(i).note());
        }
        assertEquals(ResponseType.AFTER_ACTION_REVIEW, reporter.outcome().responseType());
        assertEquals("After action review (AAR)", reporter.outcome().responseTypeDisplay());
        assertEquals(at, reporter.outcome().decidedAt());
        assertEquals("Heels are now offloaded at every visit.", reporter.outcome().learning());

        EventDetail specialist = views.detail(event, new Viewer(Set.of(Roles.PATIENT_SAFETY_SPECIALIST), "x"), links);
        assertEquals("PSE-2026-000002", specialist.duplicateOf().reference());
        assertEquals("CASE-2026-0001", specialist.triageCase().reference());
        assertEquals("Discussed with Dr Other", specialist.history().get(1).note());
        assertEquals("Pat Specialist", specialist.history().get(1).by());
    }

    @Test
    void thereIsNoOutcomeUntilSomethingIsDecidedOrShared() {
        assertNull(views.detail(event, new Viewer(Set.of(Roles.STAFF), "key-1")).outcome());
        Viewer reporter = new Viewer(Set.of(Roles.STAFF), "key-1");
        assertNull(views.summaries(List.of(event), reporter, true).get(0).outcome());
        event.shareLearning("Heels are now offloaded at every visit.", Instant.parse("2026-11-23T12:00:00Z"));
        assertEquals("Heels are now offloaded at every visit.",
                views.summaries(List.of(event), reporter, true).get(0).outcome().learning());
        assertNull(views.summaries(List.of(event), new Viewer(Set.of(Roles.PATIENT_SAFETY_SPECIALIST), "x"), false)
                .get(0).outcome(), "only the reporter's own list carries the outcome");
    }

    @Test
    void listSummariesCarryFreeTextOnlyForThoseWhoMaySeeIt() {
        Viewer partner = new Viewer(Set.of(Roles.PATIENT_SAFETY_PARTNER), "x");
        Viewer specialist = new Viewer(Set.of(Roles.PATIENT_SAFETY_SPECIALIST), "x");
        assertNull(views.summaries(List.of(event), partner, false).get(0).summary());
        assertEquals("Ulcer found on heel", views.summaries(List.of(event), specialist, false).get(0).summary());
    }

    private static PatientSafetyEvent event() {
        Patient patient = new Patient("Jane Example", "9434765919", LocalDate.of(1941, 3, 2), "1 High Street", 11, 1, 11);
        EventFacts facts = new EventFacts(EventType.INCIDENT, Instant.parse("2026-11-20T14:30:00Z"), location(),
                category(), 4, 4, "Ulcer found on heel", "Dressing applied", patient,
                List.of(new EventFacts.Staff("Dana Nurse", "District nurse", 5)));
        return PatientSafetyEvent.report("PSE-2026-000001", Reporter.named("sub-1", "Sam Staff", "key-1"), false,
                facts, Instant.parse("2026-11-20T15:00:00Z"));
    }

    private static Location location() {
        Directorate directorate = entity(Directorate.class, "name", "Adult Community Services");
        CareService service = entity(CareService.class, "name", "District Nursing");
        set(service, "directorate", directorate);
        Location location = entity(Location.class, "name", "District Nursing North Team");
        set(location, "code", "LOC-DN-NORTH");
        set(location, "service", service);
        return location;
    }

    private static EventCategory category() {
        EventCategory category = entity(EventCategory.class, "code", "pressure-ulcer");
        set(category, "display", "Pressure ulcer");
        return category;
    }

    /** Reference entities are read-only (loaded by Flyway seed data), so tests build them reflectively. */
    private static <T> T entity(Class<T> type, String field, Object value) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T instance = constructor.newInstance();
            set(instance, field, value);
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
