package uk.nhs.psirf.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.partners.api.AreaView;
import uk.nhs.psirf.partners.api.PartnerPersonView;
import uk.nhs.psirf.partners.api.PartnerSummary;
import uk.nhs.psirf.partners.api.PartnerView;
import uk.nhs.psirf.partners.api.SessionView;
import uk.nhs.psirf.partners.domain.InvolvementArea;
import uk.nhs.psirf.partners.domain.PartnershipPolicy;
import uk.nhs.psirf.partners.domain.PatientSafetyPartner;
import uk.nhs.psirf.partners.domain.SupervisionOverduePolicy;
import uk.nhs.psirf.partners.domain.SupervisionSession;
import uk.nhs.psirf.partners.persistence.PartnerRepository;
import uk.nhs.psirf.people.persistence.PersonRepository;
import uk.nhs.psirf.platform.time.ClockProducer;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PartnerViews {
    private final PartnerRepository partners;
    private final PersonRepository people;
    private final Clock clock;

    public PartnerViews(PartnerRepository partners, PersonRepository people, Clock clock) {
        this.partners = partners;
        this.people = people;
        this.clock = clock;
    }

    /** The entry as the register's keepers read it, with the notes of each supervision session. */
    public PartnerView full(PatientSafetyPartner partner) {
        return entry(partner, true);
    }

    /**
     * The entry as the partner reads it: the sessions without the keepers' notes, which may name patients, staff or
     * places (policy §3.7: partners receive no identifiable data) and cannot be redacted against a response.
     */
    public PartnerView own(PatientSafetyPartner partner) {
        return entry(partner, false);
    }

    private PartnerView entry(PatientSafetyPartner partner, boolean withNotes) {
        List<SupervisionSession> sessions = partners.sessions(partner.id());
        SupervisionSession latest = sessions.isEmpty() ? null : sessions.get(0);
        Supervision supervision = supervision(partner, latest);
        return new PartnerView(partner.id().toString(), partner.version(), person(partner.personId()),
                person(partner.supporterPersonId()), partner.startedOn(), partner.endedOn(), supervision.current(),
                areas(partner.areas()), supervision.lastSessionOn(), supervision.nextSessionOn(),
                supervision.dueBy(), supervision.overdue(), sessions.stream().map(s -> session(s, withNotes)).toList());
    }

    public List<PartnerSummary> summaries(List<PatientSafetyPartner> entries) {
        Map<UUID, SupervisionSession> latest = partners.latestSessions(
                entries.stream().map(PatientSafetyPartner::id).toList());
        return entries.stream().map(partner -> {
            Supervision supervision = supervision(partner, latest.get(partner.id()));
            return new PartnerSummary(partner.id().toString(), person(partner.personId()),
                    person(partner.supporterPersonId()), partner.startedOn(), partner.endedOn(), supervision.current(),
                    areas(partner.areas()), supervision.lastSessionOn(), supervision.nextSessionOn(),
                    supervision.dueBy(), supervision.overdue());
        }).toList();
    }

    private Supervision supervision(PatientSafetyPartner partner, SupervisionSession latest) {
        LocalDate today = Times.now(clock).atZone(ClockProducer.UK).toLocalDate();
        LocalDate last = latest == null ? null : latest.heldOn();
        boolean current = PartnershipPolicy.isCurrent(partner.startedOn(), partner.endedOn(), today);
        return new Supervision(current, last, latest == null ? null : latest.nextSessionOn(),
                current ? SupervisionOverduePolicy.dueBy(partner.startedOn(), last) : null,
                SupervisionOverduePolicy.isOverdue(partner.startedOn(), partner.endedOn(), last, today));
    }

    private SessionView session(SupervisionSession session, boolean withNotes) {
        return new SessionView(session.id().toString(), session.heldOn(), person(session.withPersonId()),
                withNotes ? session.notes() : null, session.nextSessionOn(), session.recordedByName(), session.recordedAt());
    }

    private PartnerPersonView person(UUID personId) {
        return people.find(personId)
                .map(p -> new PartnerPersonView(p.id().toString(), p.name(), p.jobRole()))
                .orElseThrow(() -> new IllegalStateException("The person " + personId + " is referenced but missing"));
    }

    private static List<AreaView> areas(List<InvolvementArea> areas) {
        return areas.stream().map(a -> new AreaView(a.code(), a.display())).toList();
    }

    private record Supervision(boolean current, LocalDate lastSessionOn, LocalDate nextSessionOn, LocalDate dueBy,
                               boolean overdue) {
    }
}
