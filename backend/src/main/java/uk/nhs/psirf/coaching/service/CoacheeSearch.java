package uk.nhs.psirf.coaching.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.coaching.api.CoacheeOption;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;

import java.util.List;

/**
 * The people a coach may name as the coachee or a team's contact, as a search finds them. Only a search of at least
 * {@value #FEWEST_LETTERS} letters lists anyone: a coach, who may be a lay coach with lived experience, is never
 * handed the trust's whole staff directory (where the names of leads and panel members of learning responses are).
 */
@ApplicationScoped
public class CoacheeSearch {
    static final int FEWEST_LETTERS = 3;

    private final Directory people;
    private final AuditService audit;

    public CoacheeSearch(Directory people, AuditService audit) {
        this.people = people;
        this.audit = audit;
    }

    public List<CoacheeOption> find(String search) {
        String text = search == null ? "" : search.strip();
        List<DirectoryPerson> found = text.length() < FEWEST_LETTERS ? List.of() : people.search(text, true);
        audit.record(AuditAction.LIST, CoachingService.ENTITY_TYPE, null, "people offered as coachees: "
                + found.size());
        return found.stream().map(p -> new CoacheeOption(p.id().toString(), p.name(), p.jobRole())).toList();
    }
}
