package uk.nhs.psirf.programmes.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.nhs.psirf.people.ProgrammeAttendance;
import uk.nhs.psirf.people.api.AttendedProgramme;
import uk.nhs.psirf.programmes.domain.AttendanceStatus;
import uk.nhs.psirf.programmes.domain.ProgrammeSession;

import java.util.List;
import java.util.UUID;

/** The people feature's {@link ProgrammeAttendance}, read from the registers of the programmes' sessions. */
@ApplicationScoped
public class AttendedProgrammes implements ProgrammeAttendance {
    private final EntityManager entityManager;

    public AttendedProgrammes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<AttendedProgramme> attended(UUID personId) {
        List<Object[]> rows = entityManager.createQuery("select p.title, s from ProgrammeSession s join s.register a,"
                        + " Programme p where p.id = s.programmeId and a.personId = :person and a.status = :attended"
                        + " order by s.heldOn desc, s.startsAt desc", Object[].class)
                .setParameter("person", personId).setParameter("attended", AttendanceStatus.ATTENDED.code())
                .getResultList();
        return rows.stream().map(row -> {
            ProgrammeSession session = (ProgrammeSession) row[1];
            return new AttendedProgramme(session.programmeId(), (String) row[0], session.id(), session.heldOn(),
                    session.hours());
        }).toList();
    }
}
