package uk.nhs.psirf.investigation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** A contributory factor in SEIPS terms, optionally tied to the chronology entry where it showed. */
@Embeddable
public class ContributoryFactor {
    @Column(nullable = false, length = 30)
    private String category;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "chronology_entry_id")
    private UUID chronologyEntryId;

    protected ContributoryFactor() {
    }

    public ContributoryFactor(SeipsCategory category, String description, UUID chronologyEntryId) {
        this.category = category.code();
        this.description = description;
        this.chronologyEntryId = chronologyEntryId;
    }

    public SeipsCategory category() {
        return SeipsCategory.fromCode(category).orElseThrow();
    }

    public String description() {
        return description;
    }

    public UUID chronologyEntryId() {
        return chronologyEntryId;
    }

    /** The same factor without its link, when the entry it pointed at was removed from the chronology. */
    public ContributoryFactor unlinked() {
        return new ContributoryFactor(category(), description, null);
    }
}
