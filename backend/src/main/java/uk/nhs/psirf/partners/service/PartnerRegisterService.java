package uk.nhs.psirf.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.partners.api.PartnerInput;
import uk.nhs.psirf.partners.api.PartnerSummary;
import uk.nhs.psirf.partners.api.PartnerView;
import uk.nhs.psirf.partners.api.SessionInput;
import uk.nhs.psirf.partners.domain.InvolvementArea;
import uk.nhs.psirf.partners.domain.Partnership;
import uk.nhs.psirf.partners.domain.PartnershipPolicy;
import uk.nhs.psirf.partners.domain.PatientSafetyPartner;
import uk.nhs.psirf.partners.domain.RegisterKeeperPolicy;
import uk.nhs.psirf.partners.domain.SessionDatesPolicy;
import uk.nhs.psirf.partners.domain.SupervisionSession;
import uk.nhs.psirf.partners.persistence.PartnerRepository;
import uk.nhs.psirf.people.Directory;
import uk.nhs.psirf.people.DirectoryPerson;
import uk.nhs.psirf.people.service.CallerPerson;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.platform.time.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The register of patient safety partners (policy §3.7): who supports each partner, their involvement, and their
 * supervision. Patient safety specialists keep it, the Chief Nurse reads it, and a partner reads only their own
 * entry (matched by the e-mail address of their sign-in); no partner changes an entry ({@link RegisterKeeperPolicy}).
 * Every read and change is audited.
 */
@ApplicationScoped
@Transactional
public class PartnerRegisterService {
    public static final String ENTITY_TYPE = "patient-safety-partner";
    public static final String SESSION_ENTITY_TYPE = "psp-supervision-session";
    private final PartnerRepository partners;
    private final Directory people;
    private final PartnerViews views;
    private final Stamps stamps;
    private final CallerPerson callerPerson;
    private final AuditService audit;
    private final Clock clock;

    public PartnerRegisterService(PartnerRepository partners, Directory people, PartnerViews views,
                                  Stamps stamps, CallerPerson callerPerson, AuditService audit, Clock clock) {
        this.partners = partners;
        this.people = people;
        this.views = views;
        this.stamps = stamps;
        this.callerPerson = callerPerson;
        this.audit = audit;
        this.clock = clock;
    }

    public List<PartnerSummary> list() {
        List<PatientSafetyPartner> all = partners.all();
        audit.record(AuditAction.LIST, ENTITY_TYPE, null, "register of patient safety partners: " + all.size()
                + " entries");
        return views.summaries(all);
    }

    public PartnerView view(UUID partnerId) {
        PatientSafetyPartner partner = find(partnerId);
        audit.record(AuditAction.READ, ENTITY_TYPE, partnerId.toString(), "register entry read");
        return views.full(partner);
    }

    /**
     * The caller's own entry, without the notes of the sessions; 404 when they are not in the people directory or not
     * in the register.
     */
    public PartnerView mine() {
        PatientSafetyPartner partner = callerPerson.id().flatMap(partners::findByPerson)
                .orElseThrow(() -> ApiException.notFound("Your entry in the register of patient safety partners"));
        audit.record(AuditAction.READ, ENTITY_TYPE, partner.id().toString(), "own register entry read by the partner");
        return views.own(partner);
    }

    public PartnerView register(PartnerInput input) {
        Partnership partnership = checked(input, null);
        PatientSafetyPartner partner = PatientSafetyPartner.register(partnership, stamps.current());
        partners.add(partner);
        partners.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, partner.id().toString(), "partner registered from "
                + partnership.startedOn() + ", supported by person " + partnership.supporterPersonId());
        return views.full(partner);
    }

    public PartnerView change(UUID partnerId, PartnerInput input) {
        PatientSafetyPartner partner = kept(partnerId);
        if (input.version() == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", FieldErrorCode.REQUIRED,
                    "The version last read is required")));
        }
        if (partner.version() != input.version()) {
            throw ApiException.staleVersion();
        }
        Partnership partnership = checked(input, partner.id());
        partner.change(partnership, stamps.current());
        partners.flush();
        audit.record(AuditAction.UPDATE, ENTITY_TYPE, partner.id().toString(), "register entry changed: from "
                + partnership.startedOn() + (partnership.endedOn() == null ? "" : " to " + partnership.endedOn())
                + ", supported by person " + partnership.supporterPersonId());
        return views.full(partner);
    }

    public PartnerView recordSession(UUID partnerId, SessionInput input) {
        PatientSafetyPartner partner = kept(partnerId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = Times.todayInUk(clock);
        errors.addAll(SessionDatesPolicy.hasHappened(input.heldOn(), today).errors());
        errors.addAll(SessionDatesPolicy.nextIsAfter(input.heldOn(), input.nextSessionOn()).errors());
        if (activePerson(input.withPersonId()).isEmpty()) {
            errors.add(new FieldError("withPersonId", FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        SupervisionSession session = SupervisionSession.record(partner.id(), input.heldOn(), input.withPersonId(),
                blankToNull(input.notes()), input.nextSessionOn(), stamps.current());
        partners.add(session);
        partners.flush();
        audit.record(AuditAction.CREATE, SESSION_ENTITY_TYPE, session.id().toString(), "supervision session of "
                + "partner " + partner.id() + " on " + input.heldOn() + "; next " + input.nextSessionOn());
        return views.full(partner);
    }

    private Partnership checked(PartnerInput input, UUID changing) {
        List<FieldError> errors = new ArrayList<>();
        if (activePerson(input.personId()).isEmpty()) {
            errors.add(new FieldError("personId", FieldErrorCode.UNKNOWN_PERSON, "Select a person from the list"));
        } else {
            partners.findByPerson(input.personId()).filter(other -> !other.id().equals(changing))
                    .ifPresent(other -> errors.add(new FieldError("personId", FieldErrorCode.ALREADY_REGISTERED,
                            "This person is already in the register of patient safety partners")));
        }
        if (activePerson(input.supporterPersonId()).isEmpty()) {
            errors.add(new FieldError("supporterPersonId", FieldErrorCode.UNKNOWN_PERSON,
                    "Select a person from the list"));
        } else {
            errors.addAll(PartnershipPolicy.supporterIsSomeoneElse(input.personId(), input.supporterPersonId())
                    .errors());
        }
        errors.addAll(PartnershipPolicy.endsOnOrAfterStart(input.startedOn(), input.endedOn()).errors());
        Set<InvolvementArea> areas = new LinkedHashSet<>();
        List<String> given = input.areasOrEmpty();
        for (int i = 0; i < given.size(); i++) {
            InvolvementArea area = InvolvementArea.fromCode(given.get(i)).orElse(null);
            if (area == null) {
                errors.add(new FieldError("areas[" + i + "]", FieldErrorCode.UNKNOWN_CODE,
                        "Select an area of involvement from the list"));
            } else {
                areas.add(area);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        List<InvolvementArea> ordered = java.util.Arrays.stream(InvolvementArea.values()).filter(areas::contains)
                .toList();
        return new Partnership(input.personId(), input.supporterPersonId(), input.startedOn(), input.endedOn(),
                ordered);
    }

    private Optional<DirectoryPerson> activePerson(UUID id) {
        return id == null ? Optional.empty() : people.find(id).filter(DirectoryPerson::active);
    }

    /** The entry, for a change by someone who keeps the register ({@link RegisterKeeperPolicy}); else 403, audited. */
    private PatientSafetyPartner kept(UUID partnerId) {
        PatientSafetyPartner partner = find(partnerId);
        UUID caller = callerPerson.id().orElse(null);
        LocalDate today = Times.todayInUk(clock);
        boolean callerIsCurrentPartner = caller != null && partners.findByPerson(caller)
                .filter(own -> PartnershipPolicy.isCurrent(own.startedOn(), own.endedOn(), today)).isPresent();
        RegisterKeeperPolicy.mayChange(caller, partner.personId(), callerIsCurrentPartner)
                .orDeny(ENTITY_TYPE, partnerId.toString());
        return partner;
    }

    private PatientSafetyPartner find(UUID partnerId) {
        return partners.find(partnerId)
                .orElseThrow(() -> ApiException.notFound("The patient safety partner"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
