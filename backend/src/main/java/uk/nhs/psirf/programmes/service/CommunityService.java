package uk.nhs.psirf.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.rules.Verdict;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.Times;
import uk.nhs.psirf.programmes.api.CommunityInput;
import uk.nhs.psirf.programmes.api.CommunitySummary;
import uk.nhs.psirf.programmes.api.CommunityView;
import uk.nhs.psirf.programmes.api.MeetingInput;
import uk.nhs.psirf.programmes.api.MeetingView;
import uk.nhs.psirf.programmes.api.MemberView;
import uk.nhs.psirf.programmes.api.NoteInput;
import uk.nhs.psirf.programmes.api.NoteView;
import uk.nhs.psirf.programmes.domain.CommunityAccessPolicy;
import uk.nhs.psirf.programmes.domain.CommunityMeeting;
import uk.nhs.psirf.programmes.domain.CommunityOfPractice;
import uk.nhs.psirf.programmes.domain.MeetingKind;
import uk.nhs.psirf.programmes.domain.MeetingNote;
import uk.nhs.psirf.programmes.domain.MeetingPolicy;
import uk.nhs.psirf.programmes.persistence.CommunityRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Communities of practice (001_*): name, purpose, members, meetings and reflective practice sessions, and the notes
 * members add. Everyone lists the communities; only members and the keepers ({@link CommunityAccessPolicy}) read
 * and add meetings and notes, and anyone else is refused with an audited 403. Notes are about practice and learning,
 * never incident or patient details.
 */
@ApplicationScoped
@Transactional
public class CommunityService {
    public static final String COMMUNITY = "community-of-practice";
    public static final String MEETING = "cop-meeting";

    private final CommunityRepository communities;
    private final ProgrammeKeepers keepers;
    private final Directory people;
    private final CallerPerson callerPerson;
    private final Stamps stamps;
    private final AuditService audit;
    private final Clock clock;

    public CommunityService(CommunityRepository communities, ProgrammeKeepers keepers, Directory people,
                            CallerPerson callerPerson, Stamps stamps, AuditService audit, Clock clock) {
        this.communities = communities;
        this.keepers = keepers;
        this.people = people;
        this.callerPerson = callerPerson;
        this.stamps = stamps;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CommunitySummary> list() {
        UUID caller = callerPerson.id().orElse(null);
        return communities.all().stream().map(c -> new CommunitySummary(c.id(), c.name(), c.purpose(),
                c.members().size(), c.hasMember(caller), communities.meetings(c.id()).stream().findFirst()
                .map(CommunityMeeting::heldOn).orElse(null))).toList();
    }

    public CommunityView create(CommunityInput input) {
        String name = input.name().strip();
        Set<UUID> members = checked(input, null);
        CommunityOfPractice community = CommunityOfPractice.start(name, input.purpose().strip(), members,
                stamps.current());
        communities.add(community);
        communities.flush();
        audit.record(AuditAction.CREATE, COMMUNITY, community.id().toString(), "community of practice started: "
                + name + ", " + members.size() + " members");
        return view(community);
    }

    public CommunityView read(UUID communityId) {
        CommunityOfPractice community = takingPart(communityId);
        audit.record(AuditAction.READ, COMMUNITY, communityId.toString(), "community, its meetings and notes read");
        return view(community);
    }

    public CommunityView change(UUID communityId, CommunityInput input) {
        CommunityOfPractice community = find(communityId);
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        if (input.version() != community.version()) {
            throw ApiException.staleVersion();
        }
        Set<UUID> members = checked(input, community.id());
        community.change(input.name().strip(), input.purpose().strip(), members, stamps.current());
        communities.flush();
        audit.record(AuditAction.UPDATE, COMMUNITY, communityId.toString(), "community changed: " + members.size()
                + " members");
        return view(community);
    }

    public CommunityView addMeeting(UUID communityId, MeetingInput input) {
        CommunityOfPractice community = takingPart(communityId);
        MeetingKind kind = MeetingKind.fromCode(input.kind()).orElseThrow(() -> new ValidationFailedException(
                List.of(new FieldError("kind", FieldErrorCode.UNKNOWN_CODE,
                        "Choose a meeting or a reflective practice session"))));
        String theme = ProgrammeService.blankToNull(input.theme());
        String facilitator = ProgrammeService.blankToNull(input.facilitator());
        LocalDate today = Times.todayInUk(clock);
        MeetingPolicy.check(kind, input.heldOn(), today, theme, facilitator).orThrow();
        CommunityMeeting meeting = CommunityMeeting.record(community.id(), kind, input.heldOn(), theme, facilitator,
                ProgrammeService.blankToNull(input.notes()), stamps.current());
        communities.add(meeting);
        communities.flush();
        audit.record(AuditAction.CREATE, MEETING, meeting.id().toString(), kind.code() + " of community "
                + communityId + " on " + input.heldOn());
        return view(community);
    }

    public CommunityView addNote(UUID communityId, UUID meetingId, NoteInput input) {
        CommunityOfPractice community = takingPart(communityId);
        CommunityMeeting meeting = communities.meeting(meetingId)
                .filter(m -> m.communityId().equals(community.id()))
                .orElseThrow(() -> ApiException.notFound("The meeting"));
        MeetingNote note = MeetingNote.add(meeting.id(), input.text().strip(), stamps.current());
        communities.add(note);
        communities.flush();
        audit.record(AuditAction.CREATE, MEETING, meeting.id().toString(), "note added to the meeting of "
                + meeting.heldOn());
        return view(community);
    }

    /** The community, for its members and the keepers; anyone else gets an audited 403. */
    private CommunityOfPractice takingPart(UUID communityId) {
        CommunityOfPractice community = find(communityId);
        UUID caller = callerPerson.id().orElse(null);
        CommunityAccessPolicy.mayTakePart(keepers.callerKeeps(), community.hasMember(caller))
                .orDeny(COMMUNITY, communityId.toString());
        return community;
    }

    private Set<UUID> checked(CommunityInput input, UUID changing) {
        List<Verdict> verdicts = new ArrayList<>();
        communities.idByName(input.name().strip()).filter(other -> !other.equals(changing))
                .ifPresent(other -> verdicts.add(Verdict.invalid("name", FieldErrorCode.DUPLICATE_NAME,
                        "There is already a community of practice with this name")));
        Set<UUID> members = new LinkedHashSet<>();
        List<UUID> given = input.membersOrEmpty();
        for (int i = 0; i < given.size(); i++) {
            UUID personId = given.get(i);
            String field = "memberPersonIds[" + i + "]";
            if (personId == null || people.find(personId).filter(DirectoryPerson::active).isEmpty()) {
                verdicts.add(Verdict.invalid(field, FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list"));
            } else if (!members.add(personId)) {
                verdicts.add(Verdict.invalid(field, FieldErrorCode.DUPLICATE, "This person is already a member"));
            }
        }
        Verdict.all(verdicts).orThrow();
        return members;
    }

    private CommunityView view(CommunityOfPractice community) {
        List<CommunityMeeting> meetings = communities.meetings(community.id());
        Map<UUID, List<NoteView>> notes = communities.notes(meetings.stream().map(CommunityMeeting::id).toList())
                .stream().collect(Collectors.groupingBy(MeetingNote::meetingId, Collectors.mapping(
                        n -> new NoteView(n.id(), n.text(), n.addedByName(), n.addedAt()), Collectors.toList())));
        List<MemberView> members = community.members().stream().map(people::find)
                .flatMap(java.util.Optional::stream)
                .map(p -> new MemberView(p.id(), p.name(), p.jobRole()))
                .sorted(Comparator.comparing(MemberView::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new CommunityView(community.id(), community.version(), community.name(), community.purpose(),
                members, meetings.stream().map(m -> new MeetingView(m.id(), m.kind().code(), m.heldOn(), m.theme(),
                m.facilitator(), m.notes(), m.recordedByName(), m.recordedAt(),
                notes.getOrDefault(m.id(), List.of()))).toList(), keepers.callerKeeps());
    }

    private CommunityOfPractice find(UUID communityId) {
        return communities.find(communityId).orElseThrow(() -> ApiException.notFound("The community of practice"));
    }
}
