package uk.nhs.psirf.coaching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.coaches.CoachWork;
import uk.nhs.psirf.coaches.CoachWorkItem;
import uk.nhs.psirf.coaching.domain.CoachingContract;
import uk.nhs.psirf.coaching.domain.CoachingRecord;
import uk.nhs.psirf.coaching.domain.ContractStatus;
import uk.nhs.psirf.coaching.persistence.CoachingRepository;
import uk.nhs.psirf.people.Directory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the coach register a coach's coaching contracts (port {@link CoachWork}): the team or coachee's name, the
 * minutes coached from the records (cancelled sessions count 0), and active while the contract has not ended.
 */
@ApplicationScoped
@Transactional
public class CoachingWork implements CoachWork {
    static final String KIND = "coaching-contract";

    private final CoachingRepository contracts;
    private final Directory people;

    public CoachingWork(CoachingRepository contracts, Directory people) {
        this.contracts = contracts;
        this.people = people;
    }

    @Override
    public List<CoachWorkItem> of(UUID coachId) {
        List<CoachingContract> coached = contracts.coachedBy(coachId);
        Map<UUID, List<CoachingRecord>> records = contracts.records(coached.stream().map(CoachingContract::id)
                .toList());
        Map<UUID, String> names = people.names(coached.stream().map(CoachingContract::coacheePersonId).toList());
        return coached.stream().map(contract -> new CoachWorkItem(KIND, contract.id(),
                        CoachingViews.title(contract, names),
                        records.getOrDefault(contract.id(), List.of()).stream().filter(r -> !r.cancelled())
                                .mapToInt(CoachingRecord::minutes).sum(),
                        contract.status() != ContractStatus.ENDED))
                .sorted(Comparator.comparing(CoachWorkItem::active).reversed()).toList();
    }
}
