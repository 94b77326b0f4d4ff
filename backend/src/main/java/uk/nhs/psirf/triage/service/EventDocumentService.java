package uk.nhs.psirf.triage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.nhs.psirf.platform.audit.AuditAction;
import uk.nhs.psirf.platform.audit.AuditService;
import uk.nhs.psirf.platform.error.ApiException;
import uk.nhs.psirf.platform.error.FieldError;
import uk.nhs.psirf.platform.error.FieldErrorCode;
import uk.nhs.psirf.platform.error.ValidationFailedException;
import uk.nhs.psirf.platform.security.Stamp;
import uk.nhs.psirf.platform.security.Stamps;
import uk.nhs.psirf.reporting.Events;
import uk.nhs.psirf.reporting.domain.PatientSafetyEvent;
import uk.nhs.psirf.triage.api.DocumentFileInput;
import uk.nhs.psirf.triage.api.EventDocumentInput;
import uk.nhs.psirf.triage.api.EventDocumentView;
import uk.nhs.psirf.triage.domain.DocumentContentPolicy;
import uk.nhs.psirf.triage.domain.EventDocument;
import uk.nhs.psirf.triage.persistence.EventDocumentRepository;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The documents a panel reviews for an event (chronology, first-hand accounts): added by a patient safety
 * specialist, read by the team. Titles and content may name people, so every list and download is audited.
 */
@ApplicationScoped
public class EventDocumentService {
    public static final String ENTITY_TYPE = "event-document";
    private final Events events;
    private final EventDocumentRepository documents;
    private final Stamps stamps;
    private final AuditService audit;

    public EventDocumentService(Events events, EventDocumentRepository documents, Stamps stamps,
                                AuditService audit) {
        this.events = events;
        this.documents = documents;
        this.stamps = stamps;
        this.audit = audit;
    }

    @Transactional
    public List<EventDocumentView> list(UUID eventId) {
        String reference = referenceOf(eventId);
        List<EventDocumentView> found = documents.ofEvent(eventId).stream().map(EventDocumentService::view).toList();
        audit.record(AuditAction.LIST, Events.ENTITY_TYPE, eventId.toString(),
                "documents to review of " + reference);
        return found;
    }

    @Transactional
    public EventDocumentView add(UUID eventId, EventDocumentInput input) {
        PatientSafetyEvent event = events.find(eventId).orElseThrow(() -> ApiException.notFound("The event"));
        boolean hasText = input.text() != null && !input.text().isBlank();
        DocumentFileInput file = input.file();
        DocumentContentPolicy.givenOnce(hasText, file != null).orThrow();
        Stamp by = stamps.current();
        EventDocument document = hasText
                ? EventDocument.text(event, input.kind(), input.title().strip(), input.text(), by)
                : EventDocument.file(event, input.kind(), input.title().strip(), file.fileName().strip(),
                file.contentType(), checkedBytes(file), by);
        documents.add(document);
        documents.flush();
        audit.record(AuditAction.CREATE, ENTITY_TYPE, document.id().toString(),
                "add " + document.kind().code() + " (" + (document.isFile() ? "file" : "text") + ", "
                        + document.sizeBytes() + " bytes) to " + event.reference());
        return view(document);
    }

    /** The document with its content, only when it belongs to that event; the download is audited. */
    @Transactional
    public DocumentContent content(UUID eventId, UUID documentId) {
        String reference = referenceOf(eventId);
        EventDocument document = documents.find(eventId, documentId)
                .orElseThrow(() -> ApiException.notFound("The document"));
        DocumentContent content = new DocumentContent(document.content(), document.contentType(),
                document.downloadName());
        audit.record(AuditAction.READ, ENTITY_TYPE, document.id().toString(),
                "download " + document.kind().code() + " of " + reference);
        return content;
    }

    private String referenceOf(UUID eventId) {
        return events.referenceOf(eventId).orElseThrow(() -> ApiException.notFound("The event"));
    }

    private static byte[] checkedBytes(DocumentFileInput file) {
        DocumentContentPolicy.allowedFileType(file.contentType()).orThrow();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(file.contentBase64().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            // Not a rule but a transport error: the bytes could not be read at all.
            throw new ValidationFailedException(List.of(new FieldError("file.contentBase64",
                    FieldErrorCode.INVALID_BASE64, "The file could not be read: send it base64-encoded")));
        }
        DocumentContentPolicy.allowedSize(bytes.length).orThrow();
        return bytes;
    }

    private static EventDocumentView view(EventDocument d) {
        return new EventDocumentView(d.id(), d.kind(), d.kind().display(), d.title(), d.isFile() ? "file" : "text",
                d.fileName(), d.contentType(), d.sizeBytes(), d.addedByName() == null ? "Patient safety team"
                : d.addedByName(), d.addedAt());
    }
}
