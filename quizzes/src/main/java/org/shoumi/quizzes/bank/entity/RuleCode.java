package org.shoumi.quizzes.bank.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The clause of a rule or post duty a question tests, by its content key (e.g. {@code rules.carriers.4} or
 * {@code duties.secretary.2}). A business key only: quizzes never join to content tables.
 */
@Embeddable
public class RuleCode implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "clause_code", length = 100)
    private String code;

    protected RuleCode() {
    }

    public RuleCode(String code) {
        this.code = Objects.requireNonNull(code);
    }

    public String code() {
        return code;
    }

    /** The document the clause belongs to: everything before the last dot. */
    public String documentKey() {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
