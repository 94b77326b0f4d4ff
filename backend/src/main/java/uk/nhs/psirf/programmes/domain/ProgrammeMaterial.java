package uk.nhs.psirf.programmes.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.nhs.psirf.platform.security.Stamp;

import java.time.Instant;
import java.util.UUID;

/**
 * A material of a programme: a link, or a file kept in the database. The file's bytes are loaded only when
 * downloaded, so that reading a programme does not read every file.
 */
@Entity
@Table(name = "programme_material")
public class ProgrammeMaterial {
    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "link_url", length = 1000)
    private String linkUrl;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_content")
    private byte[] fileContent;

    @Column(name = "added_by_sub", nullable = false, length = 100)
    private String addedBySub;

    @Column(name = "added_by_name", length = 200)
    private String addedByName;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ProgrammeMaterial() {
    }

    public static ProgrammeMaterial link(UUID programmeId, String title, String url, Stamp by) {
        ProgrammeMaterial material = start(programmeId, title, by);
        material.linkUrl = url;
        return material;
    }

    public static ProgrammeMaterial file(UUID programmeId, String title, String fileName, String contentType,
                                         byte[] content, Stamp by) {
        ProgrammeMaterial material = start(programmeId, title, by);
        material.fileName = fileName;
        material.contentType = contentType;
        material.fileContent = content.clone();
        material.sizeBytes = (long) content.length;
        return material;
    }

    private static ProgrammeMaterial start(UUID programmeId, String title, Stamp by) {
        ProgrammeMaterial material = new ProgrammeMaterial();
        material.id = UUID.randomUUID();
        material.programmeId = programmeId;
        material.title = title;
        material.addedBySub = by.sub();
        material.addedByName = by.name();
        material.addedAt = by.at();
        return material;
    }

    public boolean isFile() {
        return fileName != null;
    }

    public byte[] content() {
        return fileContent == null ? new byte[0] : fileContent.clone();
    }

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public String title() {
        return title;
    }

    public String linkUrl() {
        return linkUrl;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public String addedByName() {
        return addedByName;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
