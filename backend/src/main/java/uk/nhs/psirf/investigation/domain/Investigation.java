package uk.nhs.psirf.investigation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.psirf.platform.persistence.LastChange;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The content of a learning response (policy §12.3-§13, Appendix 3), one per response, versioned as a whole: each
 * part is replaced by its own edit, so that an edit never carries a stale copy of another part.
 */
@Entity
@Table(name = "response_investigation")
public class Investigation {
    @Id
    @Column(name = "response_id")
    private UUID responseId;

    @Version
    private long version;

    @Column(name = "terms_of_reference", length = 10000)
    private String termsOfReference;

    @ElementCollection
    @CollectionTable(name = "investigation_affected_input", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    private List<AffectedInput> affectedInput = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "investigation_chronology_entry", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    private List<ChronologyEntry> chronology = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "investigation_account", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    private List<FirstHandAccount> accounts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "investigation_factor", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    private List<ContributoryFactor> factors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "investigation_finding", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 4000)
    private List<String> findings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "investigation_improvement", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 4000)
    private List<String> areasForImprovement = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "investigation_draft_sharing", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    private List<DraftSharing> draftSharings = new ArrayList<>();

    @Column(name = "draft_not_shared_reason", length = 2000)
    private String draftNotSharedReason;

    @Column(name = "report_summary", length = 10000)
    private String reportSummary;

    @Column(name = "overseer_person_id")
    private UUID overseerPersonId;

    @Column(name = "overseer_name", length = 200)
    private String overseerName;

    @Column(name = "signed_off_on")
    private LocalDate signedOffOn;

    @Column(name = "sign_off_comment", length = 2000)
    private String signOffComment;

    @Column(name = "signed_off_by_sub", length = 100)
    private String signedOffBySub;

    @Embedded
    private LastChange lastChange;

    protected Investigation() {
    }

    /** The empty content of a response, saved when someone first works on it. */
    public static Investigation start(UUID responseId, Stamp by) {
        Investigation investigation = nothingYet(responseId);
        investigation.touch(by);
        return investigation;
    }

    /** The empty content of a response nobody has worked on yet, as read (never saved): changed by nobody. */
    public static Investigation nothingYet(UUID responseId) {
        Investigation investigation = new Investigation();
        investigation.responseId = responseId;
        investigation.lastChange = LastChange.by(null, null, null);
        return investigation;
    }

    public void setTermsOfReference(String text, List<AffectedInput> input) {
        termsOfReference = text;
        affectedInput.clear();
        affectedInput.addAll(input);
    }

    /** Kept in time order ({@link ChronologyOrder}); factors linked to a removed entry keep their text, unlinked. */
    public void setChronology(List<ChronologyEntry> entries) {
        chronology.clear();
        chronology.addAll(ChronologyOrder.sorted(entries));
        Set<UUID> kept = chronologyEntryIds();
        List<ContributoryFactor> relinked = factors.stream()
                .map(f -> f.chronologyEntryId() == null || kept.contains(f.chronologyEntryId()) ? f : f.unlinked())
                .toList();
        factors.clear();
        factors.addAll(relinked);
    }

    public void setAccounts(List<FirstHandAccount> given) {
        accounts.clear();
        accounts.addAll(given);
    }

    public void setFactors(List<ContributoryFactor> given) {
        factors.clear();
        factors.addAll(given);
    }

    public void setFindings(List<String> givenFindings, List<String> givenAreas) {
        findings.clear();
        findings.addAll(givenFindings);
        areasForImprovement.clear();
        areasForImprovement.addAll(givenAreas);
    }

    public void setDraftSharing(List<DraftSharing> sharings, String notSharedReason) {
        draftSharings.clear();
        draftSharings.addAll(sharings);
        draftNotSharedReason = notSharedReason;
    }

    public void setReportSummary(String summary) {
        reportSummary = summary;
    }

    public void signOff(UUID overseerId, String overseer, LocalDate on, String comment, Stamp by) {
        overseerPersonId = overseerId;
        overseerName = overseer;
        signedOffOn = on;
        signOffComment = comment;
        signedOffBySub = by.sub();
    }

    public void touch(Stamp by) {
        lastChange = by.lastChange();
    }

    public Set<UUID> chronologyEntryIds() {
        return chronology.stream().map(ChronologyEntry::entryId).collect(Collectors.toSet());
    }

    public UUID responseId() {
        return responseId;
    }

    public long version() {
        return version;
    }

    public String termsOfReference() {
        return termsOfReference;
    }

    public List<AffectedInput> affectedInput() {
        return List.copyOf(affectedInput);
    }

    public List<ChronologyEntry> chronology() {
        return List.copyOf(chronology);
    }

    public List<FirstHandAccount> accounts() {
        return List.copyOf(accounts);
    }

    public List<ContributoryFactor> factors() {
        return List.copyOf(factors);
    }

    public List<String> findings() {
        return List.copyOf(findings);
    }

    public List<String> areasForImprovement() {
        return List.copyOf(areasForImprovement);
    }

    public List<DraftSharing> draftSharings() {
        return List.copyOf(draftSharings);
    }

    public String draftNotSharedReason() {
        return draftNotSharedReason;
    }

    public String reportSummary() {
        return reportSummary;
    }

    public Optional<UUID> overseerPersonId() {
        return Optional.ofNullable(overseerPersonId);
    }

    public String overseerName() {
        return overseerName;
    }

    public LocalDate signedOffOn() {
        return signedOffOn;
    }

    public String signOffComment() {
        return signOffComment;
    }

    public LastChange lastChange() {
        return lastChange;
    }
}
