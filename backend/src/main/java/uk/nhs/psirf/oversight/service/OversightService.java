package uk.nhs.psirf.oversight.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.oversight.api.DeidentifiedPlan;
import uk.nhs.psirf.oversight.api.DeidentifiedResponse;
import uk.nhs.psirf.oversight.api.GroupMemberInput;
import uk.nhs.psirf.oversight.api.GroupMemberView;
import uk.nhs.psirf.oversight.api.OversightGroupInput;
import uk.nhs.psirf.oversight.api.OversightGroupList;
import uk.nhs.psirf.oversight.api.OversightGroupSummary;
import uk.nhs.psirf.oversight.api.OversightGroupView;
import uk.nhs.psirf.oversight.api.PlanAssignmentInput;
import uk.nhs.psirf.oversight.api.ResponseAssignmentInput;
import uk.nhs.psirf.oversight.domain.OversightGroup;
import uk.nhs.psirf.oversight.domain.OversightGroupNamePolicy;
import uk.nhs.psirf.oversight.domain.SingleOversightPolicy;
import uk.nhs.psirf.oversight.persistence.OversightFacts;
import uk.nhs.psirf.oversight.persistence.OversightFacts.PlanFacts;
import uk.nhs.psirf.oversight.persistence.OversightGroupRepository;
import uk.nhs.psirf.oversight.persistence.Overseen;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.AccessDeniedException;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.responses.Responses;
import uk.nhs.psirf.responses.domain.LearningResponse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Oversight groups (policy §3.7, §18, §19): the patient safety team keeps them, their members and the work they
 * oversee; the Chief Nurse reads them all; a patient safety partner reads only their own groups and, in them, only
 * de-identified work ({@link DeidentifiedViews}). Every change and read is audited.
 */
@ApplicationScoped
@Transactional
public class OversightService {
    public static final String NOT_A_MEMBER = "not-a-member";

    private final OversightGroupRepository groups;
    private final OversightFacts facts;
    private final Responses responses;
    private final Directory people;
    private final DeidentifiedViews views;
    private final OversightAccess access;
    private final Stamps stamps;
    private final AuditService audit;

    public OversightService(OversightGroupRepository groups, OversightFacts facts, Responses responses,
                            Directory people, DeidentifiedViews views, OversightAccess access,
                            Stamps stamps, AuditService audit) {
        this.groups = groups;
        this.facts = facts;
        this.responses = responses;
        this.people = people;
        this.views = views;
        this.access = access;
        this.stamps = stamps;
        this.audit = audit;
    }

    public OversightGroupList list() {
        List<OversightGroup> visible;
        if (access.seesEveryGroup()) {
            visible = groups.all(null);
        } else {
            visible = access.callerAsPartner().map(groups::all).orElse(List.of());
        }
        audit.record(AuditAction.LIST, OversightAccess.GROUP, null, visible.size() + " oversight groups");
        return new OversightGroupList(visible.stream().map(g -> new OversightGroupSummary(g.id(), g.name(),
                purpose(g), g.members().size(), facts.responsesOfGroup(g.id()).size(),
                facts.planIdsOfGroup(g.id()).size()))
                .toList());
    }

    public OversightGroupView create(OversightGroupInput input) {
        String name = input.name().strip();
        requireUniqueName(name, null);
        OversightGroup group = OversightGroup.create(name, blankToNull(input.purpose()), now());
        groups.add(group);
        groups.flush();
        audit.record(AuditAction.CREATE, OversightAccess.GROUP, group.id().toString(), "oversight group " + name);
        return view(group);
    }

    public OversightGroupView change(UUID groupId, OversightGroupInput input) {
        OversightGroup group = find(groupId);
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        requireVersion(group, input.version());
        String name = input.name().strip();
        requireUniqueName(name, groupId);
        group.change(name, blankToNull(input.purpose()), now());
        groups.flush();
        audit.record(AuditAction.UPDATE, OversightAccess.GROUP, groupId.toString(), "oversight group renamed or "
                + "changed: " + name);
        return view(group);
    }

    public OversightGroupView get(UUID groupId) {
        OversightGroup group = visible(groupId);
        audit.record(AuditAction.READ, OversightAccess.GROUP, groupId.toString(), "oversight group " + group.name());
        return view(group);
    }

    public OversightGroupView addMember(UUID groupId, GroupMemberInput input) {
        OversightGroup group = find(groupId);
        requireVersion(group, input.version());
        DirectoryPerson person = people.find(input.personId()).filter(DirectoryPerson::active)
                .orElseThrow(() -> new ValidationFailedException(List.of(new FieldError("personId",
                        FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list"))));
        group.addMember(person.id(), input.groupRole().strip(), now());
        group.touch(now());
        groups.flush();
        audit.record(AuditAction.UPDATE, OversightAccess.GROUP, groupId.toString(), "member added to "
                + group.name() + " as " + input.groupRole().strip() + ": person " + person.id());
        return view(group);
    }

    public OversightGroupView removeMember(UUID groupId, UUID personId, long version) {
        OversightGroup group = find(groupId);
        requireVersion(group, version);
        if (!group.removeMember(personId, now())) {
            throw ApiException.notFound("The member");
        }
        groups.flush();
        audit.record(AuditAction.UPDATE, OversightAccess.GROUP, groupId.toString(), "member removed from "
                + group.name() + ": person " + personId);
        return view(group);
    }

    public OversightGroupView assignResponse(UUID groupId, UUID responseId, ResponseAssignmentInput input) {
        OversightGroup group = assign(groupId, Overseen.RESPONSE, responseId, input.version());
        groups.saveSummary(responseId, blankToNull(input.summary()), stamps.current());
        return view(group);
    }

    public OversightGroupView removeResponse(UUID groupId, UUID responseId, long version) {
        OversightGroup group = remove(groupId, Overseen.RESPONSE, responseId, version);
        groups.deleteSummary(responseId);
        return view(group);
    }

    public OversightGroupView assignPlan(UUID groupId, UUID planId, PlanAssignmentInput input) {
        return view(assign(groupId, Overseen.PLAN, planId, input.version()));
    }

    public OversightGroupView removePlan(UUID groupId, UUID planId, long version) {
        return view(remove(groupId, Overseen.PLAN, planId, version));
    }

    /** A response or plan is overseen by at most one group: one in another group is refused, naming that group. */
    private OversightGroup assign(UUID groupId, Overseen kind, UUID itemId, long version) {
        OversightGroup group = find(groupId);
        requireVersion(group, version);
        Optional<UUID> current = groupOf(kind, itemId)
                .orElseThrow(() -> ApiException.notFound("The " + kind.what()));
        Optional<String> otherGroup = current.filter(overseer -> !overseer.equals(groupId))
                .map(overseer -> groups.find(overseer).map(OversightGroup::name).orElse("another group"));
        SingleOversightPolicy.mayBeAssigned(kind.field(), kind.what(), otherGroup).orThrow();
        groups.setGroup(kind, itemId, groupId);
        changed(group, kind, itemId, "assigned to");
        return group;
    }

    private OversightGroup remove(UUID groupId, Overseen kind, UUID itemId, long version) {
        OversightGroup group = find(groupId);
        requireVersion(group, version);
        if (!groupOf(kind, itemId).flatMap(g -> g).map(groupId::equals).orElse(false)) {
            throw ApiException.notFound("The " + kind.what() + " in this group");
        }
        groups.setGroup(kind, itemId, null);
        changed(group, kind, itemId, "removed from");
        return group;
    }

    /** Empty when there is no such response or plan; else the group it is in (or none). */
    private Optional<Optional<UUID>> groupOf(Overseen kind, UUID itemId) {
        return facts.exists(kind, itemId) ? Optional.of(groups.groupOf(kind, itemId)) : Optional.empty();
    }

    private void changed(OversightGroup group, Overseen kind, UUID itemId, String how) {
        group.touch(now());
        groups.flush();
        audit.record(AuditAction.UPDATE, OversightAccess.GROUP, group.id().toString(), kind.what() + " " + itemId
                + " " + how + " " + group.name());
        audit.record(AuditAction.UPDATE, kind.entityType(), itemId.toString(), how + " oversight group "
                + group.name());
    }

    public DeidentifiedResponse response(UUID groupId, UUID responseId) {
        OversightGroup group = visible(groupId);
        boolean inGroup = groupOf(Overseen.RESPONSE, responseId).flatMap(g -> g).map(groupId::equals).orElse(false);
        if (!inGroup) {
            if (!access.seesEveryGroup()) {
                throw new AccessDeniedException("learning-response", responseId.toString());
            }
            throw ApiException.notFound("The learning response in this group");
        }
        LearningResponse response = responses.load(responseId)
                .orElseThrow(() -> ApiException.notFound("The learning response"));
        audit.record(AuditAction.READ, "learning-response", responseId.toString(), "de-identified view of "
                + response.reference() + " for " + group.name());
        return views.detail(response, groupId);
    }

    public DeidentifiedPlan plan(UUID groupId, UUID planId) {
        OversightGroup group = visible(groupId);
        PlanFacts plan = facts.plan(planId).filter(p -> groupId.equals(p.groupId())).orElse(null);
        if (plan == null) {
            if (!access.seesEveryGroup()) {
                throw new AccessDeniedException("improvement-plan", planId.toString());
            }
            throw ApiException.notFound("The improvement plan in this group");
        }
        audit.record(AuditAction.READ, "improvement-plan", planId.toString(), "de-identified view of "
                + plan.reference() + " for " + group.name());
        return views.plan(plan, groupId);
    }

    private OversightGroupView view(OversightGroup group) {
        List<LearningResponse> overseen = facts.responsesOfGroup(group.id()).stream().map(responses::load)
                .flatMap(Optional::stream).toList();
        List<PlanFacts> plans = facts.plansOfGroup(group.id());
        var responseCounts = facts.responseCountsOfPlans(plans.stream().map(PlanFacts::id).toList());
        List<GroupMemberView> members = access.seesEveryGroup() ? group.members().stream().map(m -> {
            Optional<DirectoryPerson> person = people.find(m.personId());
            return new GroupMemberView(m.personId(), person.map(DirectoryPerson::name).orElse("Unknown person"),
                    person.map(DirectoryPerson::jobRole).orElse(null), m.groupRole());
        }).toList() : null;
        return new OversightGroupView(group.id(), group.version(), group.name(), purpose(group),
                group.members().size(), members, views.figures(group.id(), overseen, plans),
                overseen.stream().map(views::summary).toList(),
                plans.stream().map(p -> views.planSummary(p, responseCounts.getOrDefault(p.id(), 0L))).toList());
    }

    /** The purpose as written for the team, redacted for a partner (policy §3.7). */
    private String purpose(OversightGroup group) {
        return access.seesEveryGroup() ? group.purpose() : views.purpose(group.id(), group.purpose());
    }

    /** The group, when the caller may see it; a partner is refused alike for a group they are not in and none. */
    private OversightGroup visible(UUID groupId) {
        OversightGroup group = groups.find(groupId).orElse(null);
        if (group == null) {
            if (!access.seesEveryGroup()) {
                throw new AccessDeniedException(OversightAccess.GROUP, groupId.toString());
            }
            throw ApiException.notFound("The oversight group");
        }
        access.requireSee(group);
        return group;
    }

    private OversightGroup find(UUID groupId) {
        return groups.find(groupId).orElseThrow(() -> ApiException.notFound("The oversight group"));
    }

    private void requireUniqueName(String name, UUID exceptId) {
        OversightGroupNamePolicy.mayBeCalled(name, groups.nameTaken(name, exceptId)).orThrow();
    }

    private static void requireVersion(OversightGroup group, long version) {
        if (group.version() != version) {
            throw ApiException.staleVersion();
        }
    }

    private Instant now() {
        return stamps.current().at();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
