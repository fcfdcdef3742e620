package org.shoumi.quizzes.bank.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shoumi.content.documents.control.TextHash;
import org.shoumi.content.pack.control.PackQuestion;
import org.shoumi.quizzes.bank.control.importing.ImportedQuestion;
import org.shoumi.quizzes.bank.control.importing.SpreadsheetLayout;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.bank.entity.QuestionType;
import org.shoumi.quizzes.bank.entity.RuleCode;

/** The question bank: imported from the content pack, read by quizzes and statistics. */
@ApplicationScoped
@Transactional
public class QuestionBank {

    public static final String PACK_SOURCE = "content-pack";

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    public long count() {
        return em.createNamedQuery(BankQuestion.COUNT, Long.class).getSingleResult();
    }

    /** How many active questions cite each of these clauses (clauses nobody cites are left out). */
    public java.util.Map<String, Long> citing(java.util.Collection<String> clauseCodes) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        if (clauseCodes.isEmpty()) {
            return counts;
        }
        em.createQuery("select q.clause.code, count(q) from BankQuestion q where q.active = true "
                        + "and q.clause.code in :codes group by q.clause.code", Object[].class)
                .setParameter("codes", clauseCodes).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Adds the pack's questions the bank does not have yet (by question id); returns how many were added. */
    public int importPack(List<PackQuestion> questions) {
        int added = 0;
        for (PackQuestion q : questions) {
            if (byKey(q.id()).isPresent()) {
                continue;
            }
            em.persist(new BankQuestion(q.id(), QuestionType.valueOf(q.type()), q.stem(),
                    new ArrayList<>(q.options().values()), q.answer(), q.explanation(), q.category(),
                    new RuleCode(q.clause()), q.difficulty(), q.basis(), PACK_SOURCE));
            added++;
        }
        return added;
    }

    /** How an import went: questions added, and questions skipped because the bank already had them. */
    public record ImportCount(int added, int skipped) {
    }

    /**
     * Adds imported questions, all in one transaction: if one cannot be stored, none is. A question whose text
     * the bank already holds from an earlier import is skipped, so importing the same file twice adds nothing.
     */
    public ImportCount importQuestions(List<ImportedQuestion> questions, String source) {
        int added = 0;
        int skipped = 0;
        for (ImportedQuestion q : questions) {
            String key = "imp-" + TextHash.sha256(q.type() + "\n" + q.stem()).substring(0, 16);
            if (byKey(key).isPresent()) {
                skipped++;
                continue;
            }
            em.persist(new BankQuestion(key, q.type(), q.stem(), q.options(), q.answer(), q.explanation(),
                    q.category() == null ? "imported" : q.category(),
                    q.clause() == null ? null : new RuleCode(q.clause()), q.difficulty(), q.basis(), source));
            added++;
        }
        em.flush();
        return new ImportCount(added, skipped);
    }

    /** Every active question as a row of the spreadsheet layout (header not included). */
    public List<List<String>> exportRows() {
        return active().stream().map(q -> SpreadsheetLayout.row(q.getType(), q.getStem(), q.getOptions(),
                q.answerKey().type() == QuestionType.FILL ? String.join(";", q.answerKey().blanks().stream()
                        .map(b -> String.join("|", b)).toList()) : q.answerKey().display(),
                q.getExplanation(), q.getDifficulty(), q.getCategory(),
                q.getClause() == null ? null : q.getClause().code(), q.getBasis())).toList();
    }

    public List<BankQuestion> active() {
        return em.createNamedQuery(BankQuestion.ACTIVE, BankQuestion.class).getResultList();
    }

    public Optional<BankQuestion> byKey(String key) {
        return em.createNamedQuery(BankQuestion.BY_KEY, BankQuestion.class).setParameter("key", key)
                .getResultList().stream().findFirst();
    }

    /** The categories questions can be drawn from, alphabetically. */
    public List<String> categories() {
        return em.createQuery("select distinct q.category from BankQuestion q where q.active = true "
                + "and q.category is not null order by q.category", String.class).getResultList();
    }
}
