package org.shoumi.portal.inspections.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A self-inspection round (自查周期) such as 2026年第四季度: one checklist, pinned to the version in force when
 * the round was opened, and a due date. Kept for good: it is evidence for a 保密检查.
 */
@Entity
@Table(name = "inspection_round")
@NamedQuery(name = InspectionRound.ALL, query = "select r from InspectionRound r order by r.openedAt desc, r.id desc")
@NamedQuery(name = InspectionRound.BY_NAME, query = "select r from InspectionRound r where r.name = :name")
public class InspectionRound {

    public static final String ALL = "InspectionRound.all";
    public static final String BY_NAME = "InspectionRound.byName";
    public static final int MAX_NAME_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = MAX_NAME_LENGTH)
    @Column(nullable = false, unique = true, length = MAX_NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_scope", nullable = false, length = 16)
    private InspectionScope scope;

    @Column(name = "checklist_key", nullable = false, length = 100)
    private String checklistKey;

    @Column(name = "checklist_version", nullable = false)
    private int checklistVersion;

    @Column(name = "checklist_title", nullable = false, length = 200)
    private String checklistTitle;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(nullable = false)
    private LocalDate due;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    protected InspectionRound() {
    }

    public InspectionRound(String name, InspectionScope scope, String checklistKey, int checklistVersion,
                           String checklistTitle, LocalDate openedOn, LocalDate due, Instant openedAt,
                           String openedBy) {
        if (due.isBefore(openedOn)) {
            throw new IllegalArgumentException("a round cannot be due before it opens");
        }
        this.name = Objects.requireNonNull(name);
        this.scope = Objects.requireNonNull(scope);
        this.checklistKey = Objects.requireNonNull(checklistKey);
        this.checklistVersion = checklistVersion;
        this.checklistTitle = Objects.requireNonNull(checklistTitle);
        this.openedOn = openedOn;
        this.due = due;
        this.openedAt = Objects.requireNonNull(openedAt);
        this.openedBy = Objects.requireNonNull(openedBy);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public InspectionScope getScope() {
        return scope;
    }

    public String getChecklistKey() {
        return checklistKey;
    }

    public int getChecklistVersion() {
        return checklistVersion;
    }

    public String getChecklistTitle() {
        return checklistTitle;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getDue() {
        return due;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }
}
