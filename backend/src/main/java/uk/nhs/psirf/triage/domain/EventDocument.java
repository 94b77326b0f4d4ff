package uk.nhs.psirf.triage.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A document to review for an event: text typed in, or a file kept in the database. The content is loaded only
 * when downloaded, so that listing an event's documents does not read every file.
 */
@Entity
@Table(name = "event_document")
public class EventDocument {
    public static final String TEXT_CONTENT_TYPE = "text/plain;charset=UTF-8";

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "text_content")
    private String textContent;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_content")
    private byte[] fileContent;

    @Column(name = "added_by_sub", nullable = false, length = 100)
    private String addedBySub;

    @Column(name = "added_by_name", length = 200)
    private String addedByName;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected EventDocument() {
    }

    public static EventDocument text(PatientSafetyEvent event, DocumentKind kind, String title, String text,
                                     Stamp by) {
        EventDocument document = start(event, kind, title, by);
        document.textContent = text;
        document.contentType = TEXT_CONTENT_TYPE;
        document.sizeBytes = text.getBytes(StandardCharsets.UTF_8).length;
        return document;
    }

    public static EventDocument file(PatientSafetyEvent event, DocumentKind kind, String title, String fileName,
                                     String contentType, byte[] content, Stamp by) {
        EventDocument document = start(event, kind, title, by);
        document.fileName = fileName;
        document.contentType = contentType;
        document.fileContent = content.clone();
        document.sizeBytes = content.length;
        return document;
    }

    private static EventDocument start(PatientSafetyEvent event, DocumentKind kind, String title, Stamp by) {
        EventDocument document = new EventDocument();
        document.id = UUID.randomUUID();
        document.eventId = event.id();
        document.kind = kind.code();
        document.title = title;
        document.addedBySub = by.sub();
        document.addedByName = by.name();
        document.addedAt = by.at();
        return document;
    }

    /** A file always has its name; typed text never does. */
    public boolean isFile() {
        return fileName != null;
    }

    /** The bytes to download: the file as stored, or the text in UTF-8. */
    public byte[] content() {
        return isFile() ? fileContent.clone() : textContent.getBytes(StandardCharsets.UTF_8);
    }

    /** The name the download is saved under: the file's own name, or the title for typed text. */
    public String downloadName() {
        return isFile() ? SafeFileName.of(fileName, "document") : SafeFileName.of(title, "document") + ".txt";
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public DocumentKind kind() {
        return DocumentKind.fromCode(kind).orElseThrow();
    }

    public String title() {
        return title;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String addedByName() {
        return addedByName;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
