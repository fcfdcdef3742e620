package org.shoumi.portal.incidents.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of a report's attachment (a photo or a PDF), kept apart so the register never loads them. */
@Entity
@Table(name = "incident_attachment")
public class IncidentAttachment {

    @Id
    @Column(name = "incident_id")
    private Long incidentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    // sized for Derby (its default BLOB is 64 000 bytes); PostgreSQL keeps bytea and ignores the length
    @Column(name = "content", nullable = false, length = 16 * 1024 * 1024)
    private byte[] content;

    protected IncidentAttachment() {
    }

    public IncidentAttachment(long incidentId, byte[] content) {
        this.incidentId = incidentId;
        this.content = Objects.requireNonNull(content).clone();
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
