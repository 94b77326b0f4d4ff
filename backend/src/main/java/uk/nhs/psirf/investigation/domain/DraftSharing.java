package uk.nhs.psirf.investigation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** The draft report was shared with someone affected; their comments are added when they come back. */
@Embeddable
public class DraftSharing {
    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 20)
    private String relationship;

    @Column(name = "shared_on", nullable = false)
    private LocalDate sharedOn;

    @Column(length = 4000)
    private String comments;

    protected DraftSharing() {
    }

    public DraftSharing(String name, Relationship relationship, LocalDate sharedOn, String comments) {
        this.name = name;
        this.relationship = relationship.code();
        this.sharedOn = sharedOn;
        this.comments = comments;
    }

    public String name() {
        return name;
    }

    public Relationship relationship() {
        return Relationship.fromCode(relationship).orElseThrow();
    }

    public LocalDate sharedOn() {
        return sharedOn;
    }

    public String comments() {
        return comments;
    }
}
