package uk.nhs.psirf.coaching.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.psirf.coaches.Coaches;
import uk.nhs.psirf.coaching.api.AcceptanceView;
import uk.nhs.psirf.coaching.api.ActionView;
import uk.nhs.psirf.coaching.api.CoachingContractSummary;
import uk.nhs.psirf.coaching.api.CoachingContractView;
import uk.nhs.psirf.coaching.api.CoachingRecordView;
import uk.nhs.psirf.coaching.api.CodeView;
import uk.nhs.psirf.coaching.api.CourseView;
import uk.nhs.psirf.coaching.api.PartyView;
import uk.nhs.psirf.coaching.api.SharedCoachingRecord;
import uk.nhs.psirf.coaching.domain.CoachingContract;
import uk.nhs.psirf.coaching.domain.CoachingRecord;
import uk.nhs.psirf.coaching.domain.ContractProgress;
import uk.nhs.psirf.coaching.domain.ContractStatus;
import uk.nhs.psirf.coaching.domain.CourseCompletionPolicy;
import uk.nhs.psirf.coaching.domain.Side;
import uk.nhs.psirf.people.Directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Maps contracts and records to the contract's schemas, naming coaches and coachees through their doors. */
@ApplicationScoped
public class CoachingViews {
    private final Coaches coaches;
    private final Directory people;

    public CoachingViews(Coaches coaches, Directory people) {
        this.coaches = coaches;
        this.people = people;
    }

    List<CoachingContractSummary> summaries(List<CoachingContract> contracts, Map<UUID, List<CoachingRecord>> records,
                                            CoachingCaller caller, LocalDate today) {
        Map<UUID, String> coachNames = coaches.names(contracts.stream().flatMap(c -> c.coachIds().stream()).toList());
        Map<UUID, String> personNames = people.names(contracts.stream().map(CoachingContract::coacheePersonId)
                .toList());
        return contracts.stream().map(contract -> {
            ContractProgress progress = ContractProgress.of(contract, records.getOrDefault(contract.id(), List.of()),
                    today);
            boolean awaiting = contract.status() == ContractStatus.DRAFT && caller.sides(contract).stream()
                    .anyMatch(side -> !contract.acceptedBy(side));
            return new CoachingContractSummary(contract.id(), contract.status().code(),
                    title(contract, personNames), contract.coacheeKind(),
                    new PartyView(contract.coacheePersonId(), personNames.get(contract.coacheePersonId())),
                    contract.teamName(), parties(contract.coachIds(), coachNames), progress.sessionsHeld(),
                    progress.minutesCoached(), progress.nextMeetingOn(), progress.reviewDue(), progress.reviewDueBy(),
                    progress.reviewOverdue(), awaiting, contract.onQiCourse());
        }).toList();
    }

    CoachingContractView full(CoachingContract contract, List<CoachingRecord> records, CoachingCaller caller,
                              LocalDate today) {
        Map<UUID, String> coachNames = coaches.names(contract.coachIds());
        Map<UUID, String> personNames = people.names(List.of(contract.coacheePersonId()));
        ContractProgress progress = ContractProgress.of(contract, records, today);
        CourseView course = contract.onQiCourse() ? new CourseView(contract.courseTrainingDays(),
                contract.coursePoster(), contract.coursePresentation(), contract.courseCompletedOn(),
                progress.minutesCoached(), CourseCompletionPolicy.MINIMUM_MINUTES) : null;
        return new CoachingContractView(contract.id(), contract.version(), contract.status().code(),
                title(contract, personNames), contract.coacheeKind(),
                new PartyView(contract.coacheePersonId(), personNames.get(contract.coacheePersonId())),
                contract.teamName(), parties(contract.coachIds(), coachNames),
                contract.aims().stream().map(a -> new CodeView(a.code(), a.display())).toList(),
                contract.frequency(), contract.sessionMinutes(), contract.venue(),
                acceptance(contract, Side.COACH), acceptance(contract, Side.COACHEE),
                caller.sides(contract).stream().map(Side::code).toList(), caller.coaches(contract),
                progress.sessionsHeld(), progress.minutesCoached(), progress.nextMeetingOn(), progress.reviewDue(),
                progress.reviewDueBy(), progress.reviewOverdue(), contract.lastReviewOn(), contract.reviewNotes(),
                contract.endedOn(), contract.onQiCourse(), course,
                records.stream().map(CoachingViews::record).toList());
    }

    static CoachingRecordView record(CoachingRecord r) {
        return new CoachingRecordView(r.id(), r.version(), r.heldOn(), r.mode(), r.cancelled(), time(r.startsAt()),
                time(r.finishesAt()), r.minutes(), r.topic(), r.issuesArising(), actions(r), r.nextMeetingOn(),
                r.cancelledBy(), r.rescheduledTo(), r.rescheduledBy(), r.sharedWithSafetyTeam(), r.sharedAt(),
                r.sharedByName(), r.recordedByName());
    }

    List<SharedCoachingRecord> shared(List<CoachingRecord> records, Map<UUID, CoachingContract> contracts) {
        Map<UUID, String> coachNames = coaches.names(contracts.values().stream()
                .flatMap(c -> c.coachIds().stream()).toList());
        Map<UUID, String> personNames = people.names(contracts.values().stream()
                .map(CoachingContract::coacheePersonId).toList());
        return records.stream().map(r -> {
            CoachingContract contract = contracts.get(r.contractId());
            return new SharedCoachingRecord(r.id(), contract.id(), title(contract, personNames),
                    contract.coachIds().stream().map(coachNames::get).filter(Objects::nonNull).sorted().toList(),
                    r.heldOn(), r.mode(), r.topic(), r.issuesArising(), actions(r), r.nextMeetingOn(), r.sharedAt(),
                    r.sharedByName());
        }).toList();
    }

    /** The contract's name in lists: the team's name, or the coachee's. */
    static String title(CoachingContract contract, Map<UUID, String> personNames) {
        return contract.teamName() != null ? contract.teamName()
                : Objects.requireNonNullElse(personNames.get(contract.coacheePersonId()), "Coachee");
    }

    private static String time(java.time.LocalTime time) {
        return time == null ? null : time.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static List<ActionView> actions(CoachingRecord r) {
        return r.actions().stream().map(a -> new ActionView(a.action(), a.owner())).toList();
    }

    private static List<PartyView> parties(Collection<UUID> coachIds, Map<UUID, String> names) {
        return coachIds.stream().map(id -> new PartyView(id, names.get(id)))
                .sorted(java.util.Comparator.comparing(p -> Objects.requireNonNullElse(p.name(), ""))).toList();
    }

    private static AcceptanceView acceptance(CoachingContract contract, Side side) {
        return new AcceptanceView(contract.acceptedBy(side), contract.acceptedByName(side),
                contract.acceptedAt(side));
    }
}
