package org.shoumi.portal.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The private token of one login's calendar feed, kept as its SHA-256 only (the address is shown once, when it is
 * made). Replacing it revokes the old one: the row records when, and by whom it was made.
 */
@Entity
@Table(name = "calendar_token")
@NamedQuery(name = CalendarToken.BY_HASH, query = "select t from CalendarToken t where t.sha256 = :h and t.revokedAt is null")
@NamedQuery(name = CalendarToken.ACTIVE_OF, query = "select t from CalendarToken t where t.username = :u and t.revokedAt is null")
public class CalendarToken {

    public static final String BY_HASH = "CalendarToken.byHash";
    public static final String ACTIVE_OF = "CalendarToken.activeOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarToken() {
    }

    public CalendarToken(String username, String sha256, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.sha256 = Objects.requireNonNull(sha256);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public String getUsername() {
        return username;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
