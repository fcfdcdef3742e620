package org.shoumi.quizzes.mistakes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.mistakes.control.MistakeRule;

/** A question in one person's 错题本, with how often it went wrong and the current run of right answers. */
@Entity
@Table(name = "mistake", uniqueConstraints = @UniqueConstraint(columnNames = {"person_key", "question_id"}))
@NamedQuery(name = Mistake.OF_PERSON, query = "select m from Mistake m where m.personKey = :person")
@NamedQuery(name = Mistake.OPEN_OF_PERSON,
        query = "select m from Mistake m where m.personKey = :person and m.open = true order by m.lastWrongAt desc")
public class Mistake {

    public static final String OF_PERSON = "Mistake.ofPerson";
    public static final String OPEN_OF_PERSON = "Mistake.openOfPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_key", nullable = false, length = 20)
    private String personKey;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "question_id", nullable = false)
    private BankQuestion question;

    @Column(name = "times_wrong", nullable = false)
    private int timesWrong;

    @Column(name = "right_in_a_row", nullable = false)
    private int rightInARow;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    @Column(name = "last_wrong_at")
    private Instant lastWrongAt;

    @Column(name = "last_response", length = 2000)
    private String lastResponse;

    protected Mistake() {
    }

    public Mistake(String personKey, BankQuestion question) {
        this.personKey = personKey;
        this.question = question;
    }

    public void record(boolean right, String response, Instant at, int rightToLeave) {
        MistakeRule.State next = MistakeRule.after(new MistakeRule.State(timesWrong, rightInARow, open), right, rightToLeave);
        timesWrong = next.timesWrong();
        rightInARow = next.rightInARow();
        open = next.open();
        if (!right) {
            lastWrongAt = at;
            lastResponse = response;
        }
    }

    public Long getId() {
        return id;
    }

    public String getPersonKey() {
        return personKey;
    }

    public BankQuestion getQuestion() {
        return question;
    }

    public int getTimesWrong() {
        return timesWrong;
    }

    public int getRightInARow() {
        return rightInARow;
    }

    public boolean isOpen() {
        return open;
    }

    public Instant getLastWrongAt() {
        return lastWrongAt;
    }

    public String getLastResponse() {
        return lastResponse;
    }
}
